/**
 * Lets at most `size` jobs run at once; the others wait and start in the order they arrived.
 * Without it, every request under load advances a little at a time in turn, so all of them are
 * slow and some very slow; in arrival order each waits only for the ones before it.
 */
export const arrivalQueue = (size: number) => {
  let running = 0
  const waiting: (() => void)[] = []
  return async <T>(job: () => Promise<T>): Promise<T> => {
    if (running < size) running += 1
    // The finishing job hands its place straight to the next in line.
    else await new Promise<void>((start) => waiting.push(start))
    try {
      return await job()
    } finally {
      const next = waiting.shift()
      if (next) next()
      else running -= 1
    }
  }
}
