import Link from 'next/link'

/** Shown inside the clinic's own layout, so a missing page still carries the clinic's branding. */
export default function NotFound() {
  return (
    <>
      <h1>Page not found</h1>
      <p>This page does not exist or is not published.</p>
      <p>
        <Link href="/">Back to the home page</Link>
      </p>
    </>
  )
}
