import { readdirSync, readFileSync } from 'node:fs'

const parentOf = (pid: number) => Number(readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ')[1])
const rssKb = (pid: number) => Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0)

/** Resident memory of a process and all its descendants, in MB (Linux /proc). */
export const treeRssMb = (root: number): number => {
  const children = new Map<number, number[]>()
  for (const entry of readdirSync('/proc')) {
    const pid = Number(entry)
    if (!Number.isInteger(pid)) continue
    try {
      const parent = parentOf(pid)
      children.set(parent, [...(children.get(parent) ?? []), pid])
    } catch {
      // the process ended while we looked
    }
  }
  let total = 0
  const stack = [root]
  while (stack.length) {
    const pid = stack.pop()!
    try {
      total += rssKb(pid)
    } catch {
      // gone
    }
    stack.push(...(children.get(pid) ?? []))
  }
  return Math.round(total / 1024)
}

/** Samples a process tree's memory until stopped; returns the peak. */
export const watchPeakMemory = (root: number) => {
  let peak = 0
  const timer = setInterval(() => (peak = Math.max(peak, treeRssMb(root))), 250)
  return () => {
    clearInterval(timer)
    return peak
  }
}
