/** Scales for the small charts. */

/** Round tick values from 0 to at least `max`: 0, a step of 1, 2 or 5 × 10ⁿ, at most 6 ticks. */
export function niceTicks(max: number): number[] {
  const top = Math.max(1, Math.ceil(max));
  let step = 1;
  for (let p = 1; ; p *= 10) {
    const s = [1, 2, 5].map((m) => m * p).find((c) => Math.ceil(top / c) <= 5);
    if (s) {
      step = s;
      break;
    }
  }
  const ticks: number[] = [];
  for (let v = 0; v < top + step; v += step) ticks.push(v);
  return ticks;
}
