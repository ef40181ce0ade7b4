// @ts-check
// The bench's reference: a minimal Node server sending one file's bytes for every request, in a
// process of its own (as the app is), so it does not share the load generator's event loop.
// Prints its port once it listens.
import { readFileSync } from 'node:fs'
import http from 'node:http'

const bytes = readFileSync(/** @type {string} */ (process.argv[2]))
const server = http.createServer((_request, response) => {
  response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Content-Length': bytes.length })
  response.end(bytes)
})
server.listen(0, '127.0.0.1', () => console.log(/** @type {import('node:net').AddressInfo} */ (server.address()).port))
