import { readFileSync } from 'node:fs'
import path from 'node:path'

import { describe, expect, it } from 'vitest'

import { importCycles, importGraph, linesOf, reachableFrom, sourceFiles } from '../helpers/moduleGraph'

/*
 * The shape the project keeps (STYLE.md): small files with one job, no import cycles, and modules
 * that read the database or secrets never reachable from the browser or from outside Next.
 */

const MAX_LINES = 300
const GENERATED = (file: string) => file === 'src/payload-types.ts' || file.startsWith('src/migrations/') || file === 'src/app/(payload)/admin/importMap.js'

const files = sourceFiles()
const graph = importGraph(files)
const text = (file: string) => readFileSync(path.resolve(import.meta.dirname, '../..', file), 'utf8')

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

  it('loads server-only modules from no browser code, script, bench or payload config', () => {
    const guarded = files.filter((file) => /^import 'server-only'$/m.test(text(file)))
    expect(guarded).toContain('src/lib/sites/reader.ts')
    const clientEntries = files.filter((file) => file.startsWith('src/') && /^['"]use client['"]/.test(text(file)))
    const outsideNext = files.filter((file) => file.startsWith('scripts/') || file.startsWith('bench/') || file.startsWith('tests/') || file === 'payload.config.ts')
    const offenders = [...clientEntries, ...outsideNext].flatMap((entry) =>
      [...reachableFrom(graph, entry)].filter((file) => guarded.includes(file)).map((file) => `${entry} loads ${file}`),
    )
    expect(offenders).toEqual([])
  })
})
