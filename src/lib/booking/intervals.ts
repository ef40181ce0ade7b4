/** A half-open span of time [start, end) in UTC milliseconds. */
export type Interval = { start: number; end: number }

/** The same time, sorted, with spans that touch or overlap joined. */
export const joined = (intervals: Interval[]): Interval[] => {
  const sorted = intervals.filter((span) => span.end > span.start).sort((a, b) => a.start - b.start)
  const out: Interval[] = []
  for (const span of sorted) {
    const last = out.at(-1)
    if (last && span.start <= last.end) last.end = Math.max(last.end, span.end)
    else out.push({ ...span })
  }
  return out
}

/** `from` without any of the time in `taken`. */
export const without = (from: Interval[], taken: Interval[]): Interval[] => {
  const cuts = joined(taken)
  const out: Interval[] = []
  for (const span of joined(from)) {
    let start = span.start
    for (const cut of cuts) {
      if (cut.end <= start || cut.start >= span.end) continue
      if (cut.start > start) out.push({ start, end: cut.start })
      start = Math.max(start, cut.end)
      if (start >= span.end) break
    }
    if (start < span.end) out.push({ start, end: span.end })
  }
  return out
}

export const overlaps = (a: Interval, b: Interval): boolean => a.start < b.end && b.start < a.end
