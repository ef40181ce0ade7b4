import { existsSync } from 'node:fs'
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'

import pg from 'pg'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { databaseCachesOf } from '@/lib/cache/databaseCaches.cjs'

/*
 * Next's caches on disk belong to the database that filled them: a process on another database
 * (the test suite's, then the developer's, in one checkout) empties them before its first read.
 * Here with the suite's PostgreSQL, a second database on the same server, and a scratch dist dir
 * laid out as Next lays it out.
 */

const CACHE_FOLDERS = ['server/route-cache/APP_PAGE/x/$/london.localhost', 'cache/fetch-cache', 'cache/images/abc']

describe('caches tied to their database', () => {
  let distDir: string
  let otherUri: string
  const otherName = `stipple_other_${process.pid}`
  const serverUri = (name: string) => {
    const url = new URL(process.env.DATABASE_URI!)
    url.pathname = `/${name}`
    return url.toString()
  }
  const admin = () => new pg.Client({ connectionString: serverUri('postgres') })

  /** Something in each cache folder, as a running server leaves it. */
  const fillCaches = async () => {
    for (const folder of CACHE_FOLDERS) {
      await mkdir(path.join(distDir, folder), { recursive: true })
      await writeFile(path.join(distDir, folder, 'entry'), 'a page of some database')
    }
  }
  const cachesLeft = () => CACHE_FOLDERS.filter((folder) => existsSync(path.join(distDir, folder, 'entry')))
  const serverDistDir = () => path.join(distDir, 'server')

  beforeAll(async () => {
    distDir = await mkdtemp(path.join(os.tmpdir(), 'stipple-dist-'))
    const client = admin()
    await client.connect()
    await client.query(`drop database if exists ${otherName}`)
    await client.query(`create database ${otherName}`)
    await client.end()
    otherUri = serverUri(otherName)
  })
  afterAll(async () => {
    const client = admin()
    await client.connect()
    await client.query(`drop database if exists ${otherName} with (force)`)
    await client.end()
    await rm(distDir, { recursive: true, force: true })
  })

  it('names each database differently, and one database the same way every time', async () => {
    const suite = await databaseCachesOf(process.env.DATABASE_URI).identity()
    expect(suite).toMatch(/^[0-9a-f]{32}$/)
    expect(await databaseCachesOf(process.env.DATABASE_URI).identity()).toBe(suite)
    expect(await databaseCachesOf(otherUri).identity()).not.toBe(suite)
  })

  it('empties caches of unknown origin, keeps its own across restarts, and empties them for another database', async () => {
    await fillCaches()
    // Caches from before anyone recorded their database: emptied.
    expect(await databaseCachesOf(process.env.DATABASE_URI).ready(serverDistDir())).toBe(true)
    expect(cachesLeft()).toEqual([])
    const recorded = await readFile(path.join(distDir, 'cache', 'stipple-database'), 'utf8')

    // The same database again (a restart): its caches stay.
    await fillCaches()
    expect(await databaseCachesOf(process.env.DATABASE_URI).ready(serverDistDir())).toBe(true)
    expect(cachesLeft()).toEqual(CACHE_FOLDERS)

    // Another database in the same folder: nothing of the first one's is served.
    expect(await databaseCachesOf(otherUri).ready(serverDistDir())).toBe(true)
    expect(cachesLeft()).toEqual([])
    expect(await readFile(path.join(distDir, 'cache', 'stipple-database'), 'utf8')).not.toBe(recorded)
  })

  it('uses no cache while its database cannot say which it is, and leaves them as they are', async () => {
    await fillCaches()
    const unreachable = databaseCachesOf('postgres://nobody@127.0.0.1:1/stipple')
    expect(await unreachable.ready(serverDistDir())).toBe(false)
    expect(cachesLeft()).toEqual(CACHE_FOLDERS)
  })

  it('guards nothing without a database (a build without DATABASE_URI, a script)', async () => {
    expect(await databaseCachesOf(undefined).ready(serverDistDir())).toBe(true)
    expect(await databaseCachesOf(undefined).identity()).toBeNull()
  })
})
