import { ConfigError } from '../src/lib/env'
import { preparePlatform } from './lib/preparePlatform'

/** `npm run seed`: migrate and (re)apply the demo content; safe to run again. */
const log = (line: string) => console.log(`[stipple] ${line}`)
try {
  const platform = await preparePlatform({ mode: 'development', log, demoContent: 'always' })
  log('Demo content is up to date.')
  await platform.stop()
} catch (error) {
  console.error(`[stipple] ${error instanceof ConfigError ? error.message : String(error)}`)
  process.exit(1)
}
