import { escapeHtml } from './escape'
import type { FieldErrors } from './schema'

export type ResultPageClinic = { name: string; phone: string; primaryColour: string; onPrimaryColour: string }

const FIELD_LABELS: Record<keyof FieldErrors, string> = {
  name: 'Name',
  email: 'E-mail',
  phone: 'Phone',
  preferredContact: 'How to contact you',
  preferredTime: 'Best time',
  treatment: 'Treatment',
  hairLossStage: 'Hair loss (stage)',
  concern: 'Your hair loss',
  photos: 'Photos',
  privacyConsent: 'Privacy notice',
  marketingOptIn: 'Marketing e-mails',
}

/**
 * The answer to a form sent without JavaScript that could not be taken: a complete page of its
 * own (it must render even when the database is down), in the clinic's colours, saying plainly
 * that nothing was sent, why, and how to reach the clinic instead.
 */
export const resultPage = (
  clinic: ResultPageClinic,
  {
    title,
    message,
    errors,
    labels,
    choices,
    formPath,
  }: { title: string; message: string; errors?: Record<string, string | undefined>; labels?: Record<string, string>; choices?: { label: string; href: string }[]; formPath: string },
): string => {
  const tel = clinic.phone.replace(/[^\d+]/g, '')
  const list = errors
    ? `<ul>${Object.entries(errors)
        .map(([field, text]) => `<li><strong>${escapeHtml(FIELD_LABELS[field as keyof FieldErrors] ?? labels?.[field] ?? field)}:</strong> ${escapeHtml(text ?? '')}</li>`)
        .join('')}</ul>`
    : ''
  // What to choose instead (a booked time just taken): each opens the form again with that choice.
  const instead = choices?.length
    ? `<h2>Choose another time</h2><ul>${choices.map(({ label, href }) => `<li><a href="${escapeHtml(href)}">${escapeHtml(label)}</a></li>`).join('')}</ul><p>Your details are not kept: you fill in the form once more.</p>`
    : ''
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex"><title>${escapeHtml(title)} · ${escapeHtml(clinic.name)}</title>
<style>
body{margin:0;font:1.0625rem/1.55 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1d232b;background:#fff}
header{background:${clinic.primaryColour};color:${clinic.onPrimaryColour};padding:1rem 1.25rem;font-weight:700;font-size:1.25rem}
main{max-width:40rem;margin:0 auto;padding:1.5rem 1.25rem}
.problem{border:3px solid #b3261e;padding:1rem 1.25rem;margin:1rem 0}
a{color:${clinic.primaryColour}}
.button{display:inline-block;background:${clinic.primaryColour};color:${clinic.onPrimaryColour};padding:.75rem 1.25rem;text-decoration:none;font-weight:600}
</style></head>
<body><header>${escapeHtml(clinic.name)}</header>
<main>
<div class="problem" role="alert" tabindex="-1" autofocus>
<h1>${escapeHtml(title)}</h1>
<p>${escapeHtml(message)}</p>
${list}
</div>
${instead}
<p>Your browser’s Back button takes you to the form with what you typed, to try again. Or call us on
<a href="tel:${escapeHtml(tel)}">${escapeHtml(clinic.phone)}</a> — we are happy to book your consultation by phone.</p>
<p><a class="button" href="${escapeHtml(formPath)}">Back to the booking form</a></p>
</main></body></html>`
}
