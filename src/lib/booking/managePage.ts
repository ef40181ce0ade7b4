import { escapeHtml } from '@/lib/leads/escape'
import type { ResultPageClinic } from '@/lib/leads/resultPage'

/*
 * The visitor's booking page, reached by the signed link in its mails: a complete page of its own,
 * in the clinic's colours, with no script — cancelling and choosing another time are plain forms.
 * It is written per request and kept by no cache (see manageBooking.ts).
 */

export type TimeChoice = { value: string; label: string }
export type DayChoices = { label: string; times: TimeChoice[] }

export type ManageView =
  | { kind: 'message'; title: string; message: string; bookAgain: boolean }
  | {
      kind: 'booking'
      token: string
      details: [string, string][]
      notice?: { tone: 'done' | 'problem'; text: string }
      /** Other free times of the same consultation, by day on the clinic's clock. */
      days: DayChoices[]
    }

export type ManagePaths = { manage: string; book: string }

const STYLE = (clinic: ResultPageClinic) => `
body{margin:0;font:1.0625rem/1.55 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1d232b;background:#fff}
header{background:${clinic.primaryColour};color:${clinic.onPrimaryColour};padding:1rem 1.25rem;font-weight:700;font-size:1.25rem}
main{max-width:40rem;margin:0 auto;padding:1.5rem 1.25rem}
a{color:${clinic.primaryColour}}
dl{display:grid;grid-template-columns:max-content 1fr;gap:.25rem 1rem}dt{font-weight:600}dd{margin:0}
.notice{border:3px solid ${clinic.primaryColour};padding:.75rem 1rem;margin:1rem 0}.notice.problem{border-color:#b3261e}
fieldset{border:1px solid #c7ccd3;margin:0 0 1rem;padding:.5rem 1rem}legend{font-weight:600;padding:0 .25rem}
.times{display:flex;flex-wrap:wrap;gap:.5rem 1.25rem}.times label{display:inline-flex;align-items:center;gap:.4rem;min-height:2rem}
input[type=radio]{width:1.5rem;height:1.5rem;margin:0}
button{font:inherit;font-weight:600;min-height:2.75rem;padding:.5rem 1.25rem;border:2px solid ${clinic.primaryColour};cursor:pointer}
.primary{background:${clinic.primaryColour};color:${clinic.onPrimaryColour}}.secondary{background:#fff;color:${clinic.primaryColour}}
section{margin-top:2rem}`

const page = (clinic: ResultPageClinic, title: string, body: string) => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex, nofollow"><title>${escapeHtml(title)} · ${escapeHtml(clinic.name)}</title>
<style>${STYLE(clinic)}</style></head>
<body><header>${escapeHtml(clinic.name)}</header>
<main>${body}</main></body></html>`

const phoneLink = (clinic: ResultPageClinic) => `<a href="tel:${escapeHtml(clinic.phone.replace(/[^\d+]/g, ''))}">${escapeHtml(clinic.phone)}</a>`

const hidden = (name: string, value: string) => `<input type="hidden" name="${name}" value="${escapeHtml(value)}">`

const timesOf = (days: DayChoices[]) =>
  days
    .map(
      (day, dayIndex) => `<fieldset><legend>${escapeHtml(day.label)}</legend><div class="times">${day.times
        .map((time, index) => {
          const id = `time-${dayIndex}-${index}`
          return `<label for="${id}"><input type="radio" id="${id}" name="startsAt" value="${escapeHtml(time.value)}" required> ${escapeHtml(time.label)}</label>`
        })
        .join('')}</div></fieldset>`,
    )
    .join('')

const bookingBody = (clinic: ResultPageClinic, view: Extract<ManageView, { kind: 'booking' }>, paths: ManagePaths) => {
  const notice = view.notice
    ? `<div class="notice${view.notice.tone === 'problem' ? ' problem' : ''}" role="${view.notice.tone === 'problem' ? 'alert' : 'status'}"><p>${escapeHtml(view.notice.text)}</p></div>`
    : ''
  const details = `<dl>${view.details.map(([label, value]) => `<dt>${escapeHtml(label)}</dt><dd>${escapeHtml(value)}</dd>`).join('')}</dl>`
  const reschedule =
    view.days.length > 0
      ? `<form method="post" action="${escapeHtml(paths.manage)}">${hidden('booking', view.token)}${hidden('action', 'reschedule')}${timesOf(view.days)}<button class="primary" type="submit">Move to the chosen time</button></form>`
      : `<p>There is no other free time for this consultation in the coming weeks. Please call us on ${phoneLink(clinic)}.</p>`
  return `<h1>Your consultation</h1>${notice}${details}
<section aria-labelledby="move"><h2 id="move">Choose another time</h2>
<p>Free times for the same consultation, on the clinic’s clock. Your current time stays booked until you move it.</p>${reschedule}</section>
<section aria-labelledby="cancel"><h2 id="cancel">Cancel it</h2>
<p>The time is given back at once, so someone else can book it.</p>
<form method="post" action="${escapeHtml(paths.manage)}">${hidden('booking', view.token)}${hidden('action', 'cancel')}<button class="secondary" type="submit">Cancel this consultation</button></form></section>
<p>Questions? Call us on ${phoneLink(clinic)}.</p>`
}

export const managePage = (clinic: ResultPageClinic, view: ManageView, paths: ManagePaths): string => {
  if (view.kind === 'booking') return page(clinic, 'Your consultation', bookingBody(clinic, view, paths))
  const again = view.bookAgain ? `<p><a href="${escapeHtml(paths.book)}">Book a consultation</a></p>` : ''
  return page(clinic, view.title, `<h1>${escapeHtml(view.title)}</h1><p>${escapeHtml(view.message)}</p>${again}<p>Questions? Call us on ${phoneLink(clinic)}.</p>`)
}
