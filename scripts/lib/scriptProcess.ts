import path from 'node:path'

/**
 * Lexical's `node` entry points load their real build through a top-level `await import()`. On
 * Node 20 such chains, imported from many places at once, sometimes never settle: the process
 * exits with code 13 or hangs with nothing on screen. The `development`/`production` conditions
 * select Lexical's plain builds instead. Every process that loads the Payload config uses them.
 */
export const moduleConditions = (mode: 'development' | 'production') => [`--conditions=${mode}`]

/** The arguments for `node` to run one of our TypeScript scripts in a process of its own. */
export const scriptProcessArgs = (script: string, mode: 'development' | 'production', args: string[] = []) => [
  ...moduleConditions(mode),
  '--import',
  'tsx',
  path.resolve(script),
  ...args,
]

/** A Next CLI command (dev, build), spawned directly so signals reach Next itself. */
export const nextCommand = (...args: string[]) => [path.resolve('node_modules/.bin/next'), ...args]

/**
 * Node's young generation, in MB per half. Every request allocates a few hundred KB that dies with
 * it; with the default (16) much of it outlives a scavenge and is promoted, and the old space's
 * collections then pause everyone. Measured on lead intake at 50 connections: +8 % requests per
 * second, p99 from about 240 to 185 ms.
 */
const YOUNG_GENERATION_MB = 32

/** The production web server (scripts/serve.mjs, plain JavaScript): what `npm start`, the bench and the browser tests run. */
export const productionServerCommand = (port: number | string) => [
  process.execPath,
  `--max-semi-space-size=${YOUNG_GENERATION_MB}`,
  path.resolve('scripts/serve.mjs'),
  '--port',
  String(port),
]
