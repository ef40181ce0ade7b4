import { readEnv } from '@/lib/env'

import { LivePreviewRefresh } from './LivePreviewRefresh'

/** Tells an editor they are looking at unpublished changes, and how to leave. */
export const PreviewBanner = ({ path }: { path: string }) => (
  <div role="status" className="preview-banner">
    Preview of unpublished changes ·{' '}
    <a href={`/api/preview/exit?path=${encodeURIComponent(path)}`}>Leave preview</a>
    <LivePreviewRefresh serverUrl={readEnv().serverUrl} />
  </div>
)
