/*
 * The access-control matrix speaks in actors and outcomes. Each part has its own file; this one
 * gathers them for the access tests.
 */
export * from './actors'
export * from './apiAdapters'
export * from './fixtures'
export * from './graphqlNames'
export * from './outcomes'
export * from './seedIds'
