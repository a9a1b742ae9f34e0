/**
 * Successors after mergers and renamings (the 2025 reorganisation): a
 * collective names the collective it merged into or became (`successor`) and
 * the first day it no longer existed (`until`). Historic names are never
 * rewritten: a predecessor keeps its page and its awards under its own name,
 * and its successor's page shows them in their own section.
 */
import type { Honoree } from './types.ts';

type Link = Pick<Honoree, 'id' | 'successor'>;

/** The successors of a unit, nearest first; stops before a loop (loops are reported by checks). */
export function successorChain<T extends Link>(id: string, byId: ReadonlyMap<string, T>): T[] {
  const out: T[] = [];
  const seen = new Set([id]);
  let next = byId.get(id)?.successor;
  while (next !== undefined && !seen.has(next)) {
    const h = byId.get(next);
    if (!h) break;
    out.push(h);
    seen.add(next);
    next = h.successor;
  }
  return out;
}

/** True when following successors from `id` comes back to `id`. */
export function successorLoops(id: string, byId: ReadonlyMap<string, Link>): boolean {
  const seen = new Set<string>();
  let current: string | undefined = id;
  while (current !== undefined) {
    if (seen.has(current)) return current === id;
    seen.add(current);
    current = byId.get(current)?.successor;
  }
  return false;
}

/** Direct predecessors of each unit: successor id → the units that merged into it, in the given order. */
export function directPredecessors<T extends Link>(honorees: readonly T[]): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const h of honorees) {
    if (h.successor === undefined || h.successor === h.id) continue;
    const list = map.get(h.successor);
    if (list) list.push(h);
    else map.set(h.successor, [h]);
  }
  return map;
}

/** Every predecessor of a unit, transitively (a unit that merged into one that merged into this), nearest first. */
export function predecessorsOf<T extends Link>(id: string, direct: ReadonlyMap<string, T[]>): T[] {
  const out: T[] = [];
  const seen = new Set([id]);
  const queue = [id];
  while (queue.length) {
    for (const p of direct.get(queue.shift()!) ?? []) {
      if (seen.has(p.id)) continue;
      seen.add(p.id);
      out.push(p);
      queue.push(p.id);
    }
  }
  return out;
}
