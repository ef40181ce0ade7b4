import path from 'node:path'

import { defineConfig } from 'vitest/config'

import { moduleConditions } from './scripts/lib/scriptProcess'

export default defineConfig({
  resolve: {
    tsconfigPaths: true,
    // Next's server loads `server-only` as its empty entry (the react-server condition); tests run
    // server code too, so they get the same empty module, not the entry that throws.
    alias: { 'server-only': path.resolve(import.meta.dirname, 'node_modules/server-only/empty.js') },
  },
  test: {
    include: ['tests/**/*.test.ts'],
    globalSetup: ['tests/setup/database.ts'],
    setupFiles: ['tests/setup/ownState.ts'],
    // One database for the whole run, so files run one after another.
    fileParallelism: false,
    hookTimeout: 180_000,
    testTimeout: 60_000,
    env: { NEXT_TELEMETRY_DISABLED: '1' },
    // Test files load the Payload config too; see scripts/lib/scriptProcess.ts for why.
    execArgv: moduleConditions('development'),
  },
})
