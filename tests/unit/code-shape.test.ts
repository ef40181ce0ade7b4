import { readFileSync } from 'node:fs'
import path from 'node:path'

import { describe, expect, it } from 'vitest'

import { importCycles, importGraph, linesOf, reachableFrom, sourceFiles, typeCheckedFiles } from '../helpers/moduleGraph'

/*
 * The shape the project keeps (STYLE.md): small files with one job, no import cycles, every file
 * type-checked, and modules that read the database or secrets never reachable from the browser or
 * from outside Next.
 */

const MAX_LINES = 300
const GENERATED = (file: string) => file === 'src/payload-types.ts' || file.startsWith('src/migrations/') || file === 'src/app/(payload)/admin/importMap.js'
/** What reaches Payload, the database or Redis (a type import of Payload's included: such a module is handed the Local API). */
const SERVER_DEPENDENCY = /\bfrom '(?:payload|@payloadcms\/[\w-]+|pg|ioredis)'/

const files = sourceFiles()
const graph = importGraph(files)
const text = (file: string) => readFileSync(path.resolve(import.meta.dirname, '../..', file), 'utf8')

const guarded = files.filter((file) => /^import 'server-only'$/m.test(text(file)))
const clientEntries = files.filter((file) => file.startsWith('src/') && /^['"]use client['"]/.test(text(file)))
/*
 * Processes that load our modules without Next's server, where `server-only` throws. Tests are not
 * among them: vitest resolves it to the empty entry, as Next's server does (vitest.config.ts).
 */
const outsideNext = files.filter((file) => file.startsWith('scripts/') || file.startsWith('bench/') || file === 'payload.config.ts')
const loadedOutsideNext = new Set(outsideNext.flatMap((entry) => [...reachableFrom(graph, entry)]))

describe('code shape', () => {
  it(`has no source file over ${MAX_LINES} lines (generated types and migrations aside)`, () => {
    const long = files.filter((file) => !GENERATED(file) && linesOf(file) > MAX_LINES)
    expect(long.map((file) => `${file}: ${linesOf(file)} lines`)).toEqual([])
  })

  it('has no import cycles', () => {
    expect(importCycles(graph)).toEqual([])
  })

  it('finds a cycle when there is one (the check itself works)', () => {
    const circle = new Map([
      ['a.ts', ['b.ts']],
      ['b.ts', ['c.ts']],
      ['c.ts', ['a.ts']],
      ['d.ts', ['a.ts']],
    ])
    expect(importCycles(circle)).toEqual([['a.ts', 'b.ts', 'c.ts']])
  })

  it('reads the module graph through the tsconfig paths (the checks see real edges)', () => {
    expect(graph.get('src/components/sites/Blocks.tsx')).toContain('src/blocks/renderers.ts')
    expect(graph.get('scripts/dev.ts')).toContain('scripts/lib/scriptProcess.ts')
  })

  it('type-checks every plain JavaScript module: included by the tsconfig and marked // @ts-check', () => {
    const checked = typeCheckedFiles()
    const plain = files.filter((file) => /\.[cm]?js$/.test(file) && !GENERATED(file))
    expect(plain).toContain('src/lib/cache/cacheHandler.cjs')
    expect(plain.filter((file) => !checked.has(file) || !text(file).startsWith('// @ts-check\n'))).toEqual([])
  })

  it('loads server-only modules from no browser code, script, bench or payload config', () => {
    expect(guarded).toContain('src/lib/sites/reader.ts')
    expect(guarded).toContain('src/lib/leads/storeLead.ts')
    const offenders = [...clientEntries, ...outsideNext].flatMap((entry) =>
      [...reachableFrom(graph, entry)].filter((file) => guarded.includes(file)).map((file) => `${entry} loads ${file}`),
    )
    expect(offenders).toEqual([])
  })

  it('guards every lead module that reaches Payload, the database or Redis, unless code outside Next loads it', () => {
    const leadModules = files.filter((file) => file.startsWith('src/lib/leads/'))
    const serverSide = leadModules.filter((file) => SERVER_DEPENDENCY.test(text(file)))
    expect(serverSide).toContain('src/lib/leads/rateLimit.ts')
    expect(serverSide.filter((file) => !guarded.includes(file) && !loadedOutsideNext.has(file))).toEqual([])
    // The browser's lead code lives apart, and reaches none of it.
    const browserCode = leadModules.filter((file) => file.startsWith('src/lib/leads/client/'))
    expect(browserCode).toContain('src/lib/leads/client/visit.ts')
    expect(browserCode.flatMap((file) => [...reachableFrom(graph, file)]).filter((file) => serverSide.includes(file))).toEqual([])
  })

  it('lets tests load server-only modules, as Next’s server does', async () => {
    await expect(import('server-only')).resolves.toBeDefined()
  })

  it('caches the public reads only through the one reader (docs/decisions/0016)', () => {
    const callers = files.filter((file) => /import \{[^}]*\bunstable_cache\b[^}]*\} from 'next\/cache'/.test(text(file)))
    expect(callers).toEqual(['src/lib/sites/reader.ts'])
  })
})
