import { spawn, spawnSync } from 'node:child_process'
import { createRequire } from 'node:module'

// The package's own launcher would download a Java runtime; the machine's JRE (Debian's
// default-jre-headless, installed by .ci/run) runs the jar the package ships instead.
const VNU_JAR: string = String(createRequire(import.meta.url)('vnu-jar'))
const JAVA = process.env.JAVA_PATH || 'java'

export type NuMessage = { type: string; subType?: string; url?: string; lastLine?: number; message: string; extract?: string }

/** Whether the Nu checker can run here; when not, its test is skipped with a loud warning (CI always installs a JRE). */
export const javaAvailable = () => {
  if (spawnSync(JAVA, ['-version'], { stdio: 'ignore' }).status === 0) return true
  console.warn(`\n!!! ${JAVA} is missing: the HTML validity test is SKIPPED. Install it with: apt-get install -y default-jre-headless\n`)
  return false
}

/**
 * The W3C Nu checker's messages for HTML files, all in one run: the JVM takes seconds to start,
 * so a crawl is checked as one batch, never a page at a time.
 */
export const checkHtmlFiles = (files: string[]): Promise<NuMessage[]> =>
  new Promise((resolve, reject) => {
    const checker = spawn(JAVA, ['-Xss8m', '-jar', VNU_JAR, '--format', 'json', '--stdout', '--exit-zero-always', ...files], { stdio: ['ignore', 'pipe', 'pipe'] })
    let output = ''
    let problems = ''
    checker.stdout.on('data', (chunk) => (output += chunk))
    checker.stderr.on('data', (chunk) => (problems += chunk))
    checker.on('error', reject)
    checker.on('close', (code) => {
      if (code !== 0) return reject(new Error(`the Nu checker failed (${code}):\n${problems}${output}`))
      try {
        resolve((JSON.parse(output) as { messages: NuMessage[] }).messages)
      } catch {
        reject(new Error(`the Nu checker's answer is not JSON:\n${problems}${output}`))
      }
    })
  })
