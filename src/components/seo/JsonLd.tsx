import type { JsonLdDocument } from '@/lib/seo/jsonLd'

// Clinic editors write these strings: `</script>` or `<!--` inside one must not end the script or
// change how HTML parses it, and U+2028/2029 end a string in pre-2019 JavaScript if anything evals it.
const UNSAFE_IN_SCRIPT = /[<>&\u2028\u2029]/g

const toScriptText = (data: JsonLdDocument | JsonLdDocument[]) =>
  JSON.stringify(data).replace(UNSAFE_IN_SCRIPT, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`)

/** Structured data for search engines. The escapes are still valid JSON, so parsers read the original text. */
export function JsonLd({ data }: { data: JsonLdDocument | JsonLdDocument[] }) {
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: toScriptText(data) }} />
}
