import { describe, expect, it } from 'vitest'

import { csvCell, csvLine } from '@/lib/leads/csv'
import { sourceOf, summariseLeads } from '@/lib/leads/stats'

describe('a CSV cell', () => {
  it.each([
    [null, ''],
    [undefined, ''],
    [42, '42'],
    [true, 'yes'],
    [false, 'no'],
    ['plain text', 'plain text'],
    ['Zoë <b>', 'Zoë <b>'],
    ['Smith, Jo', '"Smith, Jo"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
    ['two\r\nlines', '"two\r\nlines"'],
    ['=SUM(A1:A9)', "'=SUM(A1:A9)"],
    ['+44 7700 900001', "'+44 7700 900001"],
    ['-2+3', "'-2+3"],
    ['@SUM(1)', "'@SUM(1)"],
    ['\t=1', "'\t=1"],
    ['\r=1', `"'\r=1"`],
    ['=HYPERLINK("http://x.example","y")', `"'=HYPERLINK(""http://x.example"",""y"")"`],
    ['a = b', 'a = b'],
  ])('%j is written as %j', (value, written) => {
    expect(csvCell(value)).toBe(written)
  })

  it('ends a record with CRLF and separates cells with commas', () => {
    expect(csvLine(['a', 'b,c', null])).toBe('a,"b,c",\r\n')
  })
})

describe('the source of a lead', () => {
  it.each([
    [{ utmSource: ' Google ', referrer: 'https://www.bing.com/' }, 'google'],
    [{ referrer: 'https://www.instagram.com/p/xyz' }, 'instagram.com'],
    [{ referrer: 'https://l.facebook.com/l.php?u=x' }, 'l.facebook.com'],
    [{ referrer: 'not an address' }, 'Direct'],
    [{ utmSource: '  ' }, 'Direct'],
    [{}, 'Direct'],
  ])('%j is %j', (source, expected) => {
    expect(sourceOf({ source })).toBe(expected)
  })
})

describe('the week’s numbers', () => {
  const now = new Date('2026-11-26T12:00:00Z')
  const ago = (days: number) => new Date(now.getTime() - days * 86_400_000).toISOString()
  const clinics = [
    { id: 1, name: 'London' },
    { id: 2, name: 'Leeds' },
  ]

  it('counts new leads per clinic in the last 7 days, lists quiet clinics with 0, and leaves spam out', () => {
    const stats = summariseLeads(
      [
        { clinic: 1, status: 'new', source: {}, createdAt: ago(1) },
        { clinic: 1, status: 'spam', source: {}, createdAt: ago(1) },
        { clinic: 1, status: 'new', source: {}, createdAt: ago(8) },
      ],
      clinics,
      now,
    )
    expect(stats.perClinic).toEqual([
      { clinic: 1, name: 'London', newLeads: 1 },
      { clinic: 2, name: 'Leeds', newLeads: 0 },
    ])
    expect(stats.newThisWeek).toBe(1)
    expect(stats.weekSince).toBe(ago(7))
  })

  it('converts by source over 90 days: consultation booked, held or treated, as a share of the source’s leads', () => {
    const lead = (status: 'new' | 'consultationBooked' | 'consultationHeld' | 'consultationMissed' | 'treated' | 'lost', days: number, utmSource?: string) => ({
      clinic: 1,
      status,
      source: { utmSource },
      createdAt: ago(days),
    })
    const stats = summariseLeads(
      [lead('new', 1, 'google'), lead('consultationBooked', 20, 'google'), lead('treated', 80, 'google'), lead('lost', 2, 'google'), lead('treated', 91, 'google'), lead('new', 3), lead('consultationHeld', 4), lead('consultationMissed', 5)],
      clinics,
      now,
    )
    expect(stats.bySource).toEqual([
      { source: 'google', leads: 4, converted: 2, rate: 0.5 },
      { source: 'Direct', leads: 3, converted: 1, rate: 1 / 3 },
    ])
  })
})
