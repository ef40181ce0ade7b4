import os from 'node:os'

import * as chromeLauncher from 'chrome-launcher'
import lighthouse from 'lighthouse'

import { CHROMIUM, CHROMIUM_FLAGS } from '../tests/browser/chromium'
import { siteRoutes } from '../src/lib/sites/routes'
import { get } from './http'

/*
 * Lighthouse's mobile preset (its default: a mid-range phone, simulated slow 4G and a 4× slower CPU) on
 * the six page types, in Debian's Chromium, headless and offline. Each page is audited `runs` times and
 * every figure is the median of its runs: CPU contention on a shared machine inflates the measured task
 * times that the simulation scales up, so one run alone says little.
 */

export const LIGHTHOUSE_PAGES: [name: string, host: string, path: string][] = [
  ['clinic home', 'london.localhost', '/'],
  ['treatment page', 'london.localhost', siteRoutes.treatment('scar-camouflage')],
  ['results gallery', 'london.localhost', siteRoutes.results],
  ['case study', 'london.localhost', siteRoutes.result('london-crown-and-hairline')],
  ['book', 'london.localhost', siteRoutes.book],
  ['brand hub', 'localhost', '/'],
]

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const

export const LIGHTHOUSE_TARGETS = { performance: 95, otherCategories: 100, lcpMs: 2000, tbtMs: 100, cls: 0.05 }

type Run = {
  scores: Record<(typeof CATEGORIES)[number], number>
  lcpMs: number
  tbtMs: number
  cls: number
  fcpMs: number
  totalKb: number
  lcpElement?: string
  /** Audits that cost accessibility, best practices or SEO points: what to fix when one is under 100. */
  failedAudits: string[]
}
export type LighthousePage = Omit<Run, 'lcpElement' | 'failedAudits'> & {
  url: string
  lcpElements: string[]
  failedAudits: string[]
  performanceRuns: number[]
  loadAverageBefore: number[]
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
}

const audit = async (url: string, port: number): Promise<Run> => {
  const result = await lighthouse(url, { port, output: 'json', logLevel: 'error', onlyCategories: [...CATEGORIES] })
  if (!result) throw new Error(`Lighthouse returned nothing for ${url}`)
  const { categories, audits, runtimeError } = result.lhr
  if (runtimeError) throw new Error(`Lighthouse could not audit ${url}: ${runtimeError.code} ${runtimeError.message}`)
  const value = (id: string) => audits[id]?.numericValue ?? Number.NaN
  const element = audits['largest-contentful-paint-element']?.details as { items?: { items?: { node?: { snippet?: string } }[] }[] } | undefined
  return {
    scores: Object.fromEntries(CATEGORIES.map((id) => [id, Math.round((categories[id]?.score ?? 0) * 100)])) as Run['scores'],
    lcpMs: Math.round(value('largest-contentful-paint')),
    tbtMs: Math.round(value('total-blocking-time')),
    cls: Math.round(value('cumulative-layout-shift') * 1000) / 1000,
    fcpMs: Math.round(value('first-contentful-paint')),
    totalKb: Math.round(value('total-byte-weight') / 102.4) / 10,
    lcpElement: element?.items?.[0]?.items?.[0]?.node?.snippet,
    failedAudits: CATEGORIES.slice(1).flatMap((id) =>
      (categories[id]?.auditRefs ?? []).filter((ref) => ref.weight > 0 && (audits[ref.id]?.score ?? 1) < 1).map((ref) => `${id}: ${ref.id} — ${audits[ref.id].title}`),
    ),
  }
}

/** The six page types through `origin`'s port, `runs` audits each, as medians with the machine's load before each audit. */
export const measureLighthouse = async (port: number, runs: number) => {
  // A page's first visit renders it; visitors after that get the cached page, which is what is measured.
  for (const [, host, path] of LIGHTHOUSE_PAGES) await get(`http://127.0.0.1:${port}${path}`, host)
  const chrome = await chromeLauncher.launch({ chromePath: CHROMIUM, chromeFlags: ['--headless=new', ...CHROMIUM_FLAGS] })
  const pages: Record<string, LighthousePage> = {}
  try {
    for (const [name, host, path] of LIGHTHOUSE_PAGES) {
      // Chromium resolves every *.localhost name to this machine, so each clinic is audited on its own host.
      const url = `http://${host}:${port}${path}`
      const samples: Run[] = []
      const loadAverageBefore: number[] = []
      for (let run = 0; run < runs; run++) {
        loadAverageBefore.push(Math.round(os.loadavg()[0] * 100) / 100)
        samples.push(await audit(url, chrome.port))
      }
      const of = (pick: (run: Run) => number) => median(samples.map(pick))
      pages[name] = {
        url,
        scores: Object.fromEntries(CATEGORIES.map((id) => [id, of((run) => run.scores[id])])) as Run['scores'],
        lcpMs: of((run) => run.lcpMs),
        tbtMs: of((run) => run.tbtMs),
        cls: of((run) => run.cls),
        fcpMs: of((run) => run.fcpMs),
        totalKb: of((run) => run.totalKb),
        lcpElements: [...new Set(samples.map((run) => run.lcpElement ?? '(none)'))],
        failedAudits: [...new Set(samples.flatMap((run) => run.failedAudits))],
        performanceRuns: samples.map((run) => run.scores.performance),
        loadAverageBefore,
      }
    }
  } finally {
    chrome.kill()
  }
  const all = Object.values(pages)
  const { performance, otherCategories, lcpMs, tbtMs, cls } = LIGHTHOUSE_TARGETS
  return {
    lighthouse: {
      measuredAt: new Date().toISOString(),
      preset: 'mobile (Lighthouse default: simulated slow 4G, 4× CPU slowdown)',
      runsPerPage: runs,
      // How busy the machine was: its 1-minute load average before each audit (2 cores: 2 means both fully used).
      loadAverage: { median: Math.round(median(all.flatMap((page) => page.loadAverageBefore)) * 100) / 100, max: Math.max(...all.flatMap((page) => page.loadAverageBefore)) },
      pages,
    },
    targets: {
      lighthousePerformanceAtLeast95: all.every((page) => page.scores.performance >= performance),
      lighthouseAccessibilityBestPracticesSeo100: all.every((page) => CATEGORIES.slice(1).every((id) => page.scores[id] >= otherCategories)),
      lighthouseLcpAtMost2s: all.every((page) => page.lcpMs <= lcpMs),
      lighthouseTbtAtMost100Ms: all.every((page) => page.tbtMs <= tbtMs),
      lighthouseClsAtMost005: all.every((page) => page.cls <= cls),
    },
  }
}

export type LighthouseResults = Awaited<ReturnType<typeof measureLighthouse>>

export const printLighthouse = ({ lighthouse: { pages, loadAverage, runsPerPage } }: LighthouseResults) => {
  console.log(`\nLighthouse, mobile, median of ${runsPerPage} runs (load average median ${loadAverage.median}, max ${loadAverage.max}):`)
  console.table(
    Object.fromEntries(
      Object.entries(pages).map(([name, page]) => [
        name,
        { perf: page.scores.performance, a11y: page.scores.accessibility, bp: page.scores['best-practices'], seo: page.scores.seo, 'LCP ms': page.lcpMs, 'TBT ms': page.tbtMs, CLS: page.cls, KB: page.totalKb },
      ]),
    ),
  )
}
