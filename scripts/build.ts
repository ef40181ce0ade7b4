import { nextCommand } from './lib/scriptProcess'
import { launch } from './launch'

// The build prerenders pages from the database, so it runs against a migrated one.
await launch('production', nextCommand('build'))
