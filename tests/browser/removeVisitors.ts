import { signIn } from './signIn'

/**
 * Later test files count the seeded leads and bookings: a browser test removes the leads its
 * visitors sent (by their e-mail addresses), bookings first, as a platform admin would.
 */
export const removeVisitorsLeads = async (origin: string, emails: string[]) => {
  if (emails.length === 0) return
  const { auth } = await signIn(origin, 'admin@stipple.localhost')
  const where = emails.map((email, index) => `where[or][${index}][email][equals]=${encodeURIComponent(email)}`).join('&')
  const leads = (await (await fetch(`${origin}/api/leads?${where}&depth=0&limit=100`, { headers: auth })).json()) as { docs: { id: number }[] }
  const ids = leads.docs.map(({ id }) => id).join(',')
  if (ids) await fetch(`${origin}/api/bookings?where[lead][in]=${ids}`, { method: 'DELETE', headers: auth })
  await fetch(`${origin}/api/leads?${where}`, { method: 'DELETE', headers: auth })
}
