/**
 * How soon an image is fetched. `main`: the largest thing above the fold (the page's LCP), asked
 * for from the HTML's head before anything else; `eager`: above the fold but small (a logo), fetched
 * once parsed, after what the page needs first (low priority, and React then adds no preload of
 * its own, as it does for every other image that is not lazy); otherwise an image loads as it nears
 * the viewport.
 */
export type ImagePriority = 'main' | 'eager'

/** next/image's props for a priority. */
export const priorityProps = (priority?: ImagePriority) =>
  priority === 'main' ? ({ preload: true, fetchPriority: 'high' } as const) : priority === 'eager' ? ({ loading: 'eager', fetchPriority: 'low' } as const) : {}
