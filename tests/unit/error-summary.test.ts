import pg from 'pg'
import { ValidationError } from 'payload'
import { describe, expect, it } from 'vitest'

import { errorSummary } from '@/lib/errorSummary'

/* What a failed lead writes in the log: the error's class and PostgreSQL code, never its message. */

const databaseError = () => {
  const error = new pg.DatabaseError('duplicate key value violates unique constraint "leads_submission_key_idx"', 0, 'error')
  error.code = '23505'
  error.constraint = 'leads_submission_key_idx'
  error.table = 'leads'
  error.detail = 'Key (email)=(jane.doe@example.test) already exists.'
  return error
}

describe('error summary', () => {
  it('names the driver’s class and PostgreSQL code through drizzle’s wrapper', () => {
    // drizzle wraps the driver's error with the query and its parameters (a visitor's details).
    const wrapped = Object.assign(new Error('Failed query: insert … params: Jane Doe,jane.doe@example.test', { cause: databaseError() }), {
      query: 'insert …',
      params: ['Jane Doe', 'jane.doe@example.test'],
    })
    const line = errorSummary(wrapped)
    expect(line).toBe('DrizzleQueryError ← DatabaseError (PostgreSQL 23505, constraint leads_submission_key_idx, table leads)')
    expect(line).not.toMatch(/Jane|example\.test|Failed query/)
  })

  it('names Payload’s errors and built-in ones; a minified class says so instead of printing one letter', () => {
    expect(errorSummary(new ValidationError({ errors: [{ message: 'jane.doe@example.test is taken', path: 'email' }] }))).toBe('ValidationError')
    expect(errorSummary(new TypeError('x'))).toBe('TypeError')
    // As Payload's errors name themselves after their class, in a minified build.
    const h = class extends Error {
      constructor(message: string) {
        super(message)
        this.name = this.constructor.name
      }
    }
    const e = class extends Error {}
    expect(errorSummary(new h('Jane Doe'))).toBe('Error (minified class)')
    expect(errorSummary(new e('Jane Doe'))).toBe('Error (minified class)')
    expect(errorSummary(new Error('Jane Doe'))).toBe('Error')
    expect(errorSummary('Jane Doe')).toBe('non-error string')
  })
})
