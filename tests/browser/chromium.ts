import { existsSync } from 'node:fs'

import { type Browser, chromium } from 'playwright-core'

export const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium'
/** Headless and offline: nothing but the pages under test is fetched (the bench's Lighthouse uses the same). */
export const CHROMIUM_FLAGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update']

/** Whether the browser tests can run here; when not, they are skipped with a loud warning (CI always installs it). */
export const chromiumAvailable = () => {
  if (existsSync(CHROMIUM)) return true
  console.warn(`\n!!! ${CHROMIUM} is missing: the browser tests are SKIPPED. Install it with: apt-get install -y chromium\n`)
  return false
}

export const launchChromium = (): Promise<Browser> =>
  chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: CHROMIUM_FLAGS,
  })
