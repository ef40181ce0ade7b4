const labels = new Map<string, Intl.DateTimeFormat>()

/** A time as the clinic's visitors read it, on the clinic's clock: "Mon 1 Mar, 10:30". */
export const timeLabel = (timeZone: string, instant: number): string => {
  let format = labels.get(timeZone)
  if (!format) {
    format = new Intl.DateTimeFormat('en-GB', { timeZone, weekday: 'short', day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' })
    labels.set(timeZone, format)
  }
  return format.format(instant)
}
