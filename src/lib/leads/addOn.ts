import type { WrittenWithLead } from './storeLead'

/*
 * Something the consultation form can carry beside the lead, checked with it and stored in the
 * lead's own transaction: a booked consultation time (src/lib/booking/bookingAddOn.ts). The lead
 * intake knows only this shape, so the lead model depends on no booking code.
 */

export type AddOnErrors = Record<string, string | undefined>

/**
 * 400 with what to fix, field by field; or 409 when what was chosen is gone, with what to choose
 * instead: `offer` for the enhanced form, `choices` as links for the page a plain form post gets.
 */
export type AddOnRefusal = { refused: true; status: 400 | 409; code: string; message: string; errors?: AddOnErrors; offer?: unknown; choices?: AddOnChoice[] }

export type AddOnChoice = { label: string; href: string }

export type AddOnWrite = {
  refused: false
  write: WrittenWithLead
  /** The refusal to answer for an error `write` threw; undefined when the error is none of the add-on's. */
  refusalOf: (error: unknown) => Promise<AddOnRefusal | undefined>
  /** Ids only, for the intake's log line (never personal data). */
  logNote: () => string
  /** What the 201 answer adds, once stored. */
  answer: () => Record<string, unknown>
  /** The query the thank-you page is sent to with, once stored (a plain form post): what it should say was booked. */
  thanksSearch: () => string
}

export type LeadAddOn = {
  /** Its fields' names as the no-JavaScript answer page shows them. */
  labels: Record<string, string>
  /** Reads and checks the add-on's fields; undefined when the form carries none of them. */
  prepare: (text: (name: string) => string | null, now: number) => Promise<AddOnWrite | AddOnRefusal | undefined>
}
