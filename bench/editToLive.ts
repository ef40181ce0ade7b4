import { DEMO_FAQS } from '../src/seed/data/faqs'
import { DEMO_PASSWORD } from '../src/seed/people'
import { get } from './http'

const percentile = (values: number[], p: number) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor((p / 100) * values.length))]!

/**
 * Ten edits of a London FAQ by its owner through the app's REST API, each timed from the saved
 * answer until the FAQ page read at `pageOrigin` (the app itself, or the caching tier in front of it) shows it.
 */
export const measureEditToLive = async (appOrigin: string, pageOrigin: string) => {
  const login = await fetch(`${appOrigin}/api/users/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email: 'owner.london@stipple.localhost', password: DEMO_PASSWORD }),
  })
  const { token } = (await login.json()) as { token: string }
  const auth = { Authorization: `JWT ${token}`, 'Content-Type': 'application/json' }
  const question = DEMO_FAQS.find((faq) => faq.clinic === 'london')!.question
  const faqs = (await (await fetch(`${appOrigin}/api/faqs?where[question][equals]=${encodeURIComponent(question)}&depth=0`, { headers: auth })).json()) as { docs: { id: number }[] }
  const id = faqs.docs[0]!.id
  const samples: number[] = []
  for (let round = 0; round < 10; round++) {
    const edited = `${question} (${round})`
    await fetch(`${appOrigin}/api/faqs/${id}`, { method: 'PATCH', headers: auth, body: JSON.stringify({ question: edited }) })
    const start = Date.now()
    while (!(await get(`${pageOrigin}/faq`, 'london.localhost')).body.includes(edited)) {
      if (Date.now() - start > 10_000) throw new Error(`An edit did not show at ${pageOrigin} within 10 s`)
    }
    samples.push(Date.now() - start)
  }
  await fetch(`${appOrigin}/api/faqs/${id}`, { method: 'PATCH', headers: auth, body: JSON.stringify({ question }) })
  return { p50: percentile(samples, 50), p95: percentile(samples, 95), samples }
}
