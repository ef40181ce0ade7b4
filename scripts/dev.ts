import { nextCommand } from './lib/scriptProcess'
import { launch } from './launch'

const port = process.env.PORT ?? '3000'
await launch('development', nextCommand('dev', '--port', port), { withWorker: true })
