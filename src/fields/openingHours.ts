import type { ArrayField } from 'payload'

export const WEEKDAYS = [
  { label: 'Monday', value: 'mon' },
  { label: 'Tuesday', value: 'tue' },
  { label: 'Wednesday', value: 'wed' },
  { label: 'Thursday', value: 'thu' },
  { label: 'Friday', value: 'fri' },
  { label: 'Saturday', value: 'sat' },
  { label: 'Sunday', value: 'sun' },
] as const

const TIME = /^([01]\d|2[0-3]):[0-5]\d$/

type HoursRow = { days?: string[]; opens?: string; closes?: string }

/** Which rows of a week are inconsistent, as messages an owner understands; empty when fine. */
export const problemsWithOpeningHours = (rows: HoursRow[] | null | undefined): string[] => {
  const problems: string[] = []
  const seen = new Set<string>()
  for (const [index, row] of (rows ?? []).entries()) {
    const label = `Row ${index + 1}`
    if (!row.opens || !TIME.test(row.opens)) problems.push(`${label}: opening time must look like 09:00.`)
    if (!row.closes || !TIME.test(row.closes)) problems.push(`${label}: closing time must look like 17:30.`)
    if (row.opens && row.closes && TIME.test(row.opens) && TIME.test(row.closes) && row.opens >= row.closes)
      problems.push(`${label}: closing time must be after opening time.`)
    for (const day of row.days ?? []) {
      if (seen.has(day)) problems.push(`${label}: ${day} is listed twice.`)
      seen.add(day)
    }
  }
  return problems
}

/** Weekly opening hours in the clinic's local time; days not listed are closed. */
export const openingHoursField = (): ArrayField => ({
  name: 'openingHours',
  type: 'array',
  admin: { description: 'Days not listed here are shown as closed. Times are the clinic’s local time.' },
  fields: [
    { name: 'days', type: 'select', hasMany: true, required: true, options: [...WEEKDAYS] },
    {
      type: 'row',
      fields: [
        { name: 'opens', type: 'text', required: true, admin: { placeholder: '09:00' } },
        { name: 'closes', type: 'text', required: true, admin: { placeholder: '17:30' } },
      ],
    },
  ],
  validate: (rows: unknown) => {
    const problems = problemsWithOpeningHours(rows as HoursRow[])
    return problems.length === 0 ? true : problems.join(' ')
  },
})
