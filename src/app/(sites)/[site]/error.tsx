'use client'

import { useClinicContact } from '@/components/sites/ClinicContact'

/**
 * A page that could not be read (the database away, a failed query) inside the clinic's own layout:
 * the visitor is told to call the clinic rather than shown Next's bare default. Nothing of the error
 * itself is shown; the server's log has it.
 */
export default function SiteError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const contact = useClinicContact()
  return (
    <section role="alert">
      <h1>This page could not be loaded</h1>
      {contact ? (
        <p>
          Please try again in a moment, or call {contact.name} on{' '}
          <a href={contact.tel}>{contact.phone}</a>.
        </p>
      ) : (
        <p>Please try again in a moment.</p>
      )}
      <p>
        <button type="button" className="button" onClick={reset}>
          Try again
        </button>
      </p>
    </section>
  )
}
