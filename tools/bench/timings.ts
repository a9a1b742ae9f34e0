/**
 * The integration's phase timings (BANG_VANG_TIMINGS, see
 * src/integrations/timings.ts) on the bench's clock. Pure: the bench reads
 * the file and passes its text and the epoch time of the spawn.
 */
import { TIMING_MARKS, type BuildTimings } from '../../src/integrations/timings.ts';
import type { LogFacts, Marker, Marks } from './log.ts';

export type { BuildTimings };

/** The file's JSON, checked; null when absent, unreadable or of another shape (a failed build writes none). */
export function parseTimings(text: string | null): BuildTimings | null {
  if (!text) return null;
  let v: unknown;
  try {
    v = JSON.parse(text);
  } catch {
    return null;
  }
  const t = v as Partial<BuildTimings>;
  if (t?.version !== 1 || typeof t.marks !== 'object' || !t.marks || typeof t.search !== 'object') return null;
  for (const [k, ms] of Object.entries(t.marks)) {
    if (!(TIMING_MARKS as readonly string[]).includes(k) || typeof ms !== 'number' || !Number.isFinite(ms)) return null;
  }
  return t as BuildTimings;
}

/** Which of the bench's phase markers each integration step is. */
const MARKER_OF: Partial<Record<(typeof TIMING_MARKS)[number], Marker>> = {
  validated: 'validated',
  articlesChecked: 'articlesChecked',
  imagesChecked: 'imagesChecked',
  searchDone: 'searchDone',
};

/** The integration's steps as seconds since the spawn (`spawnEpochMs`), for phaseStats. */
export function marksFromTimings(t: BuildTimings, spawnEpochMs: number): Marks {
  const out: Marks = {};
  for (const [step, marker] of Object.entries(MARKER_OF)) {
    const ms = t.marks[step as keyof BuildTimings['marks']];
    if (ms !== undefined && marker) out[marker] = Math.max(0, (ms - spawnEpochMs) / 1000);
  }
  return out;
}

/** Facts the report quotes: image files, search pages and Pagefind's own time. */
export function factsFromTimings(facts: LogFacts, t: BuildTimings): void {
  const s = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
  facts.imageFiles = t.imageFiles;
  facts.searchPages = t.search.pages;
  facts.pagefindSeconds = t.search.ms / 1000;
  facts.searchSummary = `${t.search.pages} pages (${t.search.records} expected) in ${s(t.search.ms)} beside the page rendering (records sent ${s(t.search.addMs)}, written ${s(t.search.writeMs)}${(t.search.parts ?? 1) > 1 ? ` in ${t.search.parts} Pagefind processes one after another, joined in ${s(t.search.mergeMs ?? 0)}` : ''}; waited for at the end ${s(t.search.waitedMs)})`;
}

/** The tree's CPU seconds at time `t`, linearly between the two samples around it. */
export function cpuAtTime(samples: { t: number; cpuS: number }[], t: number): number | undefined {
  if (!samples.length) return undefined;
  let before = samples[0]!;
  if (t <= before.t) return before.cpuS;
  for (const s of samples) {
    if (s.t >= t) {
      if (s.t === before.t) return s.cpuS;
      return before.cpuS + ((s.cpuS - before.cpuS) * (t - before.t)) / (s.t - before.t);
    }
    before = s;
  }
  return before.cpuS;
}
