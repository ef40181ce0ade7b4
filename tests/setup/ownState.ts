import pg from 'pg'
import { afterAll, beforeAll } from 'vitest'

/*
 * Every file shares the run's one database and reads the seed as its fixtures (the smoke test
 * counts the seeded leads, the hub lists the seeded clinics), so a file that leaves rows behind
 * breaks another file, in an order-dependent way. This fails the file that did it, by name.
 */

const KEPT_AS_SEEDED = ['leads', 'clinics', 'users', 'bookings', 'reviews'] as const

const countRows = async () => {
  const client = new pg.Client({ connectionString: process.env.DATABASE_URI })
  await client.connect()
  try {
    const counts = await Promise.all(KEPT_AS_SEEDED.map(async (table) => Number((await client.query(`select count(*) from ${table}`)).rows[0].count)))
    return Object.fromEntries(KEPT_AS_SEEDED.map((table, index) => [table, counts[index]]))
  } finally {
    await client.end()
  }
}

let before: Record<string, number>

beforeAll(async () => {
  before = await countRows()
})

afterAll(async () => {
  const after = await countRows()
  const leftBehind = KEPT_AS_SEEDED.filter((table) => after[table] > before[table]).map((table) => `${after[table] - before[table]} ${table}`)
  if (leftBehind.length > 0) throw new Error(`This file left rows in the shared test database: ${leftBehind.join(', ')}. Remove what a test creates.`)
})
