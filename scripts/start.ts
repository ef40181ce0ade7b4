import { productionServerCommand } from './lib/scriptProcess'
import { launch } from './launch'

const port = process.env.PORT ?? '3000'
await launch('production', productionServerCommand(port))
