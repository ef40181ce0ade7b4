import { describe, expect, it } from 'vitest'

import { arrivalQueue } from '@/lib/leads/arrivalQueue'

const later = () => {
  let finish!: () => void
  let fail!: (error: Error) => void
  const done = new Promise<void>((resolve, reject) => {
    finish = resolve
    fail = reject
  })
  return { done, finish, fail }
}

describe('arrival queue (lead intake under load)', () => {
  it('runs at most `size` jobs at once and starts the others in the order they arrived', async () => {
    const queue = arrivalQueue(2)
    const started: number[] = []
    const jobs = Array.from({ length: 5 }, () => later())
    const results = jobs.map((job, index) =>
      queue(async () => {
        started.push(index)
        await job.done
        return index
      }),
    )
    await Promise.resolve()
    expect(started).toEqual([0, 1])
    jobs[1]!.finish()
    await results[1]
    await Promise.resolve()
    expect(started).toEqual([0, 1, 2])
    jobs[0]!.finish()
    jobs[2]!.finish()
    await Promise.all([results[0], results[2]])
    await Promise.resolve()
    expect(started).toEqual([0, 1, 2, 3, 4])
    jobs[3]!.finish()
    jobs[4]!.finish()
    expect(await Promise.all(results)).toEqual([0, 1, 2, 3, 4])
  })

  it('a failing job gives its place to the next one and its error to its caller', async () => {
    const queue = arrivalQueue(1)
    const first = later()
    const failing = queue(() => first.done)
    const next = queue(async () => 'ran')
    first.fail(new Error('database away'))
    await expect(failing).rejects.toThrow('database away')
    expect(await next).toBe('ran')
  })
})
