import { idOf } from '@/lib/relationships'
import { stageLabel } from '@/lib/prices/stages'
import type { Lead } from '@/payload-types'

import { LEAD_STATUSES, PREFERRED_CONTACTS, PREFERRED_TIMES, labelOf } from './options'

/*
 * Leads as CSV (RFC 4180) for a clinic's spreadsheet. Pure: rows in, text out.
 * Every cell is text a visitor may have typed, so two things guard the person who opens the file:
 * quoting (a comma, quote or line break cannot shift the columns) and formula protection (a cell
 * that a spreadsheet would run as a formula — `=HYPERLINK(…)`, `+cmd|…` — starts with an apostrophe).
 */

/** Excel reads a file as UTF-8 (accents, emoji) only when it starts with the byte-order mark. */
export const CSV_BOM = '\uFEFF'
const LINE_END = '\r\n'

const FORMULA_START = /^[=+\-@\t\r]/
const NEEDS_QUOTES = /[",\r\n]/

type CellValue = string | number | boolean | null | undefined

/** One cell: formula protection first, then quoting (quotes doubled) when the text needs it. */
export const csvCell = (value: CellValue): string => {
  if (value === null || value === undefined) return ''
  let text = typeof value === 'boolean' ? (value ? 'yes' : 'no') : String(value)
  if (FORMULA_START.test(text)) text = `'${text}`
  return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text
}

/** One record, ended by CRLF as RFC 4180 asks. */
export const csvLine = (values: readonly CellValue[]): string => values.map(csvCell).join(',') + LINE_END

/** Names of the clinics and treatments a lead points at, looked up once per export. */
export type LeadCsvNames = { clinics: ReadonlyMap<number, string>; treatments: ReadonlyMap<number, string> }

const COLUMNS: [header: string, value: (lead: Lead, names: LeadCsvNames) => CellValue][] = [
  ['Lead number', (lead) => lead.id],
  ['Created', (lead) => lead.createdAt],
  ['Clinic', (lead, names) => names.clinics.get(idOf(lead.clinic) ?? NaN) ?? idOf(lead.clinic)],
  ['Status', (lead) => labelOf(LEAD_STATUSES, lead.status)],
  ['Name', (lead) => lead.name],
  ['E-mail', (lead) => lead.email],
  ['Phone', (lead) => lead.phone],
  ['Preferred contact', (lead) => labelOf(PREFERRED_CONTACTS, lead.preferredContact)],
  ['Preferred time', (lead) => labelOf(PREFERRED_TIMES, lead.preferredTime)],
  ['Treatment of interest', (lead, names) => names.treatments.get(idOf(lead.treatmentOfInterest) ?? NaN) ?? idOf(lead.treatmentOfInterest)],
  ['Hair loss (stage)', (lead) => (lead.hairLossStage ? stageLabel(lead.hairLossStage) : null)],
  ['Concern', (lead) => lead.concern],
  ['Marketing opt-in', (lead) => Boolean(lead.marketingOptIn)],
  ['Landing page', (lead) => lead.source?.landingPage],
  ['Referrer', (lead) => lead.source?.referrer],
  ['UTM source', (lead) => lead.source?.utmSource],
  ['UTM medium', (lead) => lead.source?.utmMedium],
  ['UTM campaign', (lead) => lead.source?.utmCampaign],
  ['UTM term', (lead) => lead.source?.utmTerm],
  ['UTM content', (lead) => lead.source?.utmContent],
]

export const LEAD_CSV_HEADERS: readonly string[] = COLUMNS.map(([header]) => header)

export const leadCsvHeader = (): string => csvLine(LEAD_CSV_HEADERS)

export const leadCsvLine = (lead: Lead, names: LeadCsvNames): string => csvLine(COLUMNS.map(([, value]) => value(lead, names)))
