/**
 * Peak resident memory of a process and all its descendants (Astro's Node process, the
 * Pagefind binary, esbuild and the like), by polling /proc: each poll sums the RSS of
 * every process in the tree, and the highest sum is kept. Linux only; elsewhere it
 * reports 0 and the table says so.
 */
import { readdirSync, readFileSync } from 'node:fs';

const PAGE = 4096;

interface ProcInfo {
  ppid: number;
  rssBytes: number;
}

function readProcs(): Map<number, ProcInfo> {
  const procs = new Map<number, ProcInfo>();
  let names: string[];
  try {
    names = readdirSync('/proc');
  } catch {
    return procs;
  }
  for (const name of names) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      // "pid (comm) state ppid …": comm may hold spaces and parentheses, so split after the last ')'.
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      procs.set(Number(name), { ppid: Number(fields[1]), rssBytes: Number(fields[21]) * PAGE });
    } catch {
      // The process ended between readdir and read.
    }
  }
  return procs;
}

/** Sum of RSS over `root` and its descendants right now. */
export function treeRss(root: number): number {
  const procs = readProcs();
  const children = new Map<number, number[]>();
  for (const [pid, p] of procs) children.set(p.ppid, [...(children.get(p.ppid) ?? []), pid]);
  let total = 0;
  const stack = [root];
  while (stack.length) {
    const pid = stack.pop()!;
    total += procs.get(pid)?.rssBytes ?? 0;
    stack.push(...(children.get(pid) ?? []));
  }
  return total;
}

/** Poll the tree of `root` every `ms` until stop() is called; returns the peak and the latest sample. */
export function watchTreeMemory(root: number, ms = 250) {
  let peak = 0;
  let current = 0;
  const timer = setInterval(() => {
    current = treeRss(root);
    peak = Math.max(peak, current);
  }, ms);
  return {
    get peak() {
      return peak;
    },
    get current() {
      return current;
    },
    stop() {
      clearInterval(timer);
      return peak;
    },
  };
}
