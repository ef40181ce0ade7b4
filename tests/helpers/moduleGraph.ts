import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'

import ts from 'typescript'

/*
 * The project's own modules and what each imports at run time, read with TypeScript's own parser
 * and module resolution (the tsconfig's paths included), for checks of the code's shape.
 */

const ROOT = path.resolve(import.meta.dirname, '../..')
const FOLDERS = ['src', 'scripts', 'tests', 'bench']
const TOP_LEVEL = ['payload.config.ts', 'next.config.ts', 'vitest.config.ts']
const SOURCE = /\.(ts|tsx|mts|cts|js|mjs|cjs)$/

const walk = (folder: string): string[] =>
  readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(folder, entry.name)
    if (entry.isDirectory()) return entry.name === 'node_modules' ? [] : walk(full)
    return SOURCE.test(entry.name) && !entry.name.endsWith('.d.ts') ? [full] : []
  })

/** Every source file of the project, as paths relative to its root. */
export const sourceFiles = (): string[] =>
  [...FOLDERS.flatMap((folder) => walk(path.join(ROOT, folder))), ...TOP_LEVEL.map((file) => path.join(ROOT, file))].map((file) => path.relative(ROOT, file)).sort()

/** Lines of a file, as `wc -l` counts them. */
export const linesOf = (file: string) => readFileSync(path.join(ROOT, file), 'utf8').split('\n').length - 1

const tsconfig = (() => {
  const { config } = ts.readConfigFile(path.join(ROOT, 'tsconfig.json'), ts.sys.readFile)
  return ts.parseJsonConfigFileContent(config, ts.sys, ROOT)
})()
const compilerOptions = tsconfig.options

/** The project files `tsc` (and `next build`) type-check: those the tsconfig includes. */
export const typeCheckedFiles = (): Set<string> => new Set(tsconfig.fileNames.map((file) => path.relative(ROOT, file)))

/** The specifiers a module loads when it runs: type-only imports and exports are left out. */
const runtimeSpecifiers = (file: string): string[] => {
  const text = readFileSync(path.join(ROOT, file), 'utf8')
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true)
  const found: string[] = []
  const visit = (node: ts.Node) => {
    if (ts.isImportDeclaration(node) && ts.isStringLiteral(node.moduleSpecifier)) {
      const clause = node.importClause
      const named = clause?.namedBindings && ts.isNamedImports(clause.namedBindings) ? clause.namedBindings.elements : undefined
      const typeOnly = clause?.isTypeOnly || (clause && !clause.name && named && named.length > 0 && named.every((element) => element.isTypeOnly))
      if (!typeOnly) found.push(node.moduleSpecifier.text)
    } else if (ts.isExportDeclaration(node) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier) && !node.isTypeOnly) {
      found.push(node.moduleSpecifier.text)
    } else if (ts.isCallExpression(node) && node.arguments.length === 1 && ts.isStringLiteral(node.arguments[0]!)) {
      const callee = node.expression
      if (callee.kind === ts.SyntaxKind.ImportKeyword || (ts.isIdentifier(callee) && callee.text === 'require')) found.push(node.arguments[0].text)
    }
    ts.forEachChild(node, visit)
  }
  visit(source)
  return found
}

/** Each project file and the project files it loads at run time (packages left out). */
export const importGraph = (files: string[] = sourceFiles()): Map<string, string[]> => {
  const graph = new Map<string, string[]>()
  for (const file of files) {
    const targets = runtimeSpecifiers(file).flatMap((specifier) => {
      const resolved = ts.resolveModuleName(specifier, path.join(ROOT, file), compilerOptions, ts.sys).resolvedModule
      if (!resolved || resolved.isExternalLibraryImport) return []
      const relative = path.relative(ROOT, resolved.resolvedFileName)
      return relative.startsWith('..') || relative.includes('node_modules') ? [] : [relative]
    })
    graph.set(file, [...new Set(targets)])
  }
  return graph
}

/** The groups of modules that import one another in a circle (Tarjan's strongly connected components). */
export const importCycles = (graph: Map<string, string[]>): string[][] => {
  let counter = 0
  const index = new Map<string, number>()
  const low = new Map<string, number>()
  const stack: string[] = []
  const onStack = new Set<string>()
  const cycles: string[][] = []
  const connect = (file: string) => {
    index.set(file, counter)
    low.set(file, counter++)
    stack.push(file)
    onStack.add(file)
    for (const next of graph.get(file) ?? []) {
      if (!index.has(next)) {
        connect(next)
        low.set(file, Math.min(low.get(file)!, low.get(next)!))
      } else if (onStack.has(next)) low.set(file, Math.min(low.get(file)!, index.get(next)!))
    }
    if (low.get(file) !== index.get(file)) return
    const group: string[] = []
    let member: string
    do {
      member = stack.pop()!
      onStack.delete(member)
      group.push(member)
    } while (member !== file)
    if (group.length > 1 || (graph.get(file) ?? []).includes(file)) cycles.push(group.sort())
  }
  for (const file of graph.keys()) if (!index.has(file)) connect(file)
  return cycles
}

/** Every module `entry` loads, directly or through others, itself included. */
export const reachableFrom = (graph: Map<string, string[]>, entry: string): Set<string> => {
  const seen = new Set<string>()
  const pending = [entry]
  while (pending.length > 0) {
    const file = pending.pop()!
    if (seen.has(file)) continue
    seen.add(file)
    pending.push(...(graph.get(file) ?? []))
  }
  return seen
}
