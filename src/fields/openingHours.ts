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

/** A time on the clinic's clock, `HH:MM` from 00:00 to 23:59. */
export const isClockTime = (value: unknown): value is string => typeof value === 'string' && TIME.test(value)

type HoursRow = { days?: string[]; opens?: string; closes?: string }

/** Which rows of a week are inconsistent, as messages an owner understands; empty when fine. */
export const problemsWithOpeningHours = (rows: HoursRow[] | null | undefined): string[] => {
  const problems: string[] = []
  // A day may have several rows (closed for lunch), as long as their hours do not overlap.
  const periodsByDay = new Map<string, [string, string][]>()
  for (const [index, row] of (rows ?? []).entries()) {
    const label = `Row ${index + 1}`
    if (!row.opens || !TIME.test(row.opens)) problems.push(`${label}: opening time must look like 09:00.`)
    if (!row.closes || !TIME.test(row.closes)) problems.push(`${label}: closing time must look like 17:30.`)
    const valid = row.opens && row.closes && TIME.test(row.opens) && TIME.test(row.closes)
    if (valid && row.opens! >= row.closes!) problems.push(`${label}: closing time must be after opening time.`)
    if (!valid || row.opens! >= row.closes!) continue
    for (const day of row.days ?? []) {
      const periods = periodsByDay.get(day) ?? []
      if (periods.some(([opens, closes]) => row.opens! < closes && opens < row.closes!)) {
        problems.push(`${label}: ${day} overlaps hours already given for that day.`)
      }
      periodsByDay.set(day, [...periods, [row.opens!, row.closes!]])
    }
  }
  return problems
}

/**
 * Weekly hours in the clinic's local time; days not listed are closed. A clinic's opening hours, or
 * (under another name and description) a practitioner's working week.
 */
export const openingHoursField = ({
  name = 'openingHours',
  description = 'Days not listed here are shown as closed. Times are the clinic’s local time.',
}: { name?: string; description?: string } = {}): ArrayField => ({
  name,
  type: 'array',
  admin: { description },
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
