/**
 * A pure function of a string, computed once per distinct string: words of a portal's text and
 * decision numbers repeat many times (issue 16). The cache is emptied when it reaches `max`
 * entries, so a huge vocabulary costs time, never unbounded memory.
 */
export function memoByString<T>(fn: (key: string) => T, max = 200_000): (key: string) => T {
  const cache = new Map<string, T>();
  return (key) => {
    if (cache.has(key)) return cache.get(key) as T;
    if (cache.size >= max) cache.clear();
    const value = fn(key);
    cache.set(key, value);
    return value;
  };
}
