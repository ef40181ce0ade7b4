import type { ReactNode } from 'react'

import styles from './BookingFlow.module.css'

/**
 * The consultation form on the cached booking page. Its form token was issued when the page was
 * rendered, for everyone who gets that copy: with JavaScript the form fetches one of its own, but
 * without it the second visitor to send it would be refused (a token is good for one lead) and
 * reloading would bring back the same copy. So browsers without JavaScript get a link to the form
 * on a page rendered for them (`freshHref`) instead. Without `freshHref` the page was rendered for
 * this visit and the form shows as it is.
 */
export const FormNeedingScript = ({ freshHref, children }: { freshHref?: string; children: ReactNode }) =>
  freshHref ? (
    <>
      <div className={styles.needsScript}>{children}</div>
      <noscript>
        <p>
          <a className="button" href={freshHref}>
            Fill in the consultation form
          </a>
        </p>
      </noscript>
    </>
  ) : (
    children
  )
