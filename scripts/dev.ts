import { launch } from './launch'

const port = process.env.PORT ?? '3000'
await launch('development', ['dev', '--port', port], { withWorker: true })
