/*
 * Reads an iCalendar text back as a calendar program would (RFC 5545): lines end in CRLF, a line
 * starting with a space continues the one before, `NAME;PARAM=…:value`, TEXT values unescaped.
 * Deliberately independent of src/lib/booking/invitation.ts, so a mistake there is not repeated here.
 */

export type Property = { name: string; params: Record<string, string>; value: string }

/** The physical lines, failing on a bare LF or CR (CRLF is required). */
export const physicalLines = (text: string): string[] => {
  if (!text.endsWith('\r\n')) throw new Error('The calendar does not end with CRLF')
  const lines = text.slice(0, -2).split('\r\n')
  const bare = lines.find((line) => /[\r\n]/.test(line))
  if (bare !== undefined) throw new Error(`A line ends without CRLF: ${JSON.stringify(bare)}`)
  return lines
}

export const unfold = (text: string): string[] =>
  physicalLines(text).reduce<string[]>((lines, line) => {
    if (line.startsWith(' ') || line.startsWith('\t')) lines[lines.length - 1] += line.slice(1)
    else lines.push(line)
    return lines
  }, [])

const unescapeText = (value: string) => value.replace(/\\([\\;,nN])/g, (_, character: string) => (character.toLowerCase() === 'n' ? '\n' : character))

export const parseCalendar = (text: string): Property[] =>
  unfold(text).map((line) => {
    // The value starts at the first colon outside a quoted parameter.
    let quoted = false
    let split = -1
    for (let index = 0; index < line.length; index++) {
      if (line[index] === '"') quoted = !quoted
      else if (line[index] === ':' && !quoted) {
        split = index
        break
      }
    }
    const [name, ...params] = line.slice(0, split).split(';')
    return {
      name: name!,
      params: Object.fromEntries(params.map((param) => [param.slice(0, param.indexOf('=')), param.slice(param.indexOf('=') + 1).replace(/^"|"$/g, '')])),
      value: line.slice(split + 1),
    }
  })

/** The event's property `name` (its raw value), and TEXT properties unescaped. */
export const eventOf = (text: string) => {
  const properties = parseCalendar(text)
  const value = (name: string) => properties.find((property) => property.name === name)?.value
  return { properties, value, text: (name: string) => unescapeText(value(name) ?? ''), utc: (name: string) => utcOf(value(name) ?? '') }
}

/** `20271029T090000Z` as an instant; anything else (a floating or zoned time) fails. */
export const utcOf = (value: string): number => {
  const match = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/.exec(value)
  if (!match) throw new Error(`Not a UTC date-time: ${value}`)
  const [, year, month, day, hour, minute, second] = match.map(Number)
  return Date.UTC(year!, month! - 1, day!, hour!, minute!, second!)
}

/** The `.ics` file attached to a raw mail (its base64 body decoded), or undefined when none is. */
export const attachedInvitation = (raw: string): { filename: string; text: string } | undefined => {
  const match = /Content-Type: application\/ics;[^\r\n]*(?:\r?\n[ \t][^\r\n]*)*\r?\n((?:[^\r\n]+\r?\n)*?)\r?\n([A-Za-z0-9+/=\r\n]+?)\r?\n--/.exec(raw)
  if (!match) return undefined
  const filename = /filename="?([^";\r\n]+)"?/.exec(match[0])?.[1] ?? ''
  return { filename, text: Buffer.from(match[2]!.replace(/\s+/g, ''), 'base64').toString('utf8') }
}
