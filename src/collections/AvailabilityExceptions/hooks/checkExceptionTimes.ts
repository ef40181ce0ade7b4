import { type CollectionBeforeValidateHook, ValidationError } from 'payload'

import { isClockTime } from '@/fields/openingHours'

type Row = { kind?: string; startsOn?: string | null; endsOn?: string | null; opens?: string | null; closes?: string | null }

/** What is wrong with a time off or extra hours, field by field; empty when it reads as one span. */
export const problemsWithException = (row: Row): { path: string; message: string }[] => {
  const problems: { path: string; message: string }[] = []
  if (row.startsOn && row.endsOn && row.endsOn < row.startsOn) problems.push({ path: 'endsOn', message: 'The last day must not be before the first.' })
  const opens = row.opens || null
  const closes = row.closes || null
  if (row.kind === 'extraHours' && (!opens || !closes)) problems.push({ path: 'opens', message: 'Extra hours need a start and an end time.' })
  if (Boolean(opens) !== Boolean(closes)) problems.push({ path: opens ? 'closes' : 'opens', message: 'Give both times, or neither for whole days.' })
  for (const [path, value] of [['opens', opens], ['closes', closes]] as const) {
    if (value && !isClockTime(value)) problems.push({ path, message: 'A time must look like 09:00.' })
  }
  if (isClockTime(opens) && isClockTime(closes) && opens >= closes) problems.push({ path: 'closes', message: 'The end time must be after the start time.' })
  return problems
}

/** Refuses a time off or extra hours that does not read as one span, saying which field and why. */
export const checkExceptionTimes: CollectionBeforeValidateHook = ({ data, originalDoc }) => {
  const problems = problemsWithException({ ...originalDoc, ...data })
  if (problems.length > 0) throw new ValidationError({ errors: problems })
  return data
}
