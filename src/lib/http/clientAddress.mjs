// @ts-check
/**
 * The address of the peer that opened the connection, handed to the app in a header only this
 * server sets: whatever a client sent under that name is overwritten, so it cannot be faked.
 * Without proxies in front this is the visitor; behind them the app reads X-Forwarded-For with
 * TRUSTED_PROXY_HOPS (src/lib/leads/visitor.ts).
 */

/** @typedef {import('node:http').IncomingMessage} IncomingMessage */

export const SOCKET_ADDRESS_HEADER = 'x-stipple-socket-address'

/** @param {IncomingMessage} req */
export const stampSocketAddress = (req) => {
  const address = req.socket.remoteAddress
  if (address) req.headers[SOCKET_ADDRESS_HEADER] = address
  else delete req.headers[SOCKET_ADDRESS_HEADER]
}
