import { DEMO_PASSWORD } from '@/seed/people'

/** A REST session for a demo person on a running server, as the admin's sign-in gives one. */
export const signIn = async (origin: string, email: string) => {
  const login = await fetch(`${origin}/api/users/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email, password: DEMO_PASSWORD }),
  })
  if (!login.ok) throw new Error(`Signing in ${email} failed (${login.status})`)
  const { token } = (await login.json()) as { token: string }
  const auth = { Authorization: `JWT ${token}` }
  /** `auth` for reads and uploads, `json` for requests with a JSON body. */
  return { token, auth, json: { ...auth, 'Content-Type': 'application/json' } }
}
