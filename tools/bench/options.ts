/** Command line of `npm run bench`, and the clean environment its builds run in. Pure. */

export interface BenchOptions {
  sizes: number[];
  smoke: boolean;
  /** Photos of the image measurement (0 = skip it). */
  photos: number;
  /** Articles of the image measurement's corpus (each photo is one article's cover). */
  photoCorpus: number;
  /** Where the markdown report goes. */
  out: string;
  /** Optional JSON of every figure. */
  json?: string;
  /** Re-render the report from such a JSON instead of measuring. */
  fromJson?: string;
  /** Keep the generated projects (default: removed once measured). */
  keep: boolean;
  /** Cold-cache first-search trials (median time). */
  searchTrials: number;
  /** Storage for the projects: 'auto' (RAM disk when it has room), or a directory. */
  storage: string;
  query: string;
  /** The search query set (tools/search-quality): 'also' after the sizes (default), 'only', or 'no'. */
  searchQuality: 'also' | 'only' | 'no';
}

export const USAGE = `npm run bench -- [--sizes 1000,5000,10000] [--smoke] [--photos 200] [--out docs/benchmarks.md]
                    [--json file] [--keep] [--storage auto|DIR] [--search-trials 3] [--query "thi dua"]
                    [--search-quality (the search query set only) | --no-search-quality]
       npm run bench -- --from-json file [--out docs/benchmarks.md]   (re-render a report, no measuring)`;

export function parseOptions(argv: string[], defaults: { out: string; smokeOut: string }): BenchOptions {
  const o: BenchOptions = {
    sizes: [1000, 5000, 10000],
    smoke: false,
    photos: 200,
    photoCorpus: 200,
    out: defaults.out,
    keep: false,
    searchTrials: 3,
    storage: 'auto',
    query: 'thi dua',
    searchQuality: 'also',
  };
  let outGiven = false;
  let sizesGiven = false;
  let photosGiven = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const [flag, inline] =
      arg.startsWith('--') && arg.includes('=')
        ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)]
        : [arg, undefined];
    const value = () => {
      const v = inline ?? argv[++i];
      if (v === undefined || v === '') throw new Error(`${flag} needs a value\n${USAGE}`);
      return v;
    };
    const int = (v: string, min: number) => {
      const n = Number(v.replace(/_/g, ''));
      if (!Number.isInteger(n) || n < min) throw new Error(`${flag}: "${v}" is not a whole number ≥ ${min}`);
      return n;
    };
    switch (flag) {
      case '--sizes': {
        const v = value();
        o.sizes = v
          .split(/[\s,;]+/)
          .filter(Boolean)
          .map((s) => int(s.replace(/k$/i, '000'), 1));
        if (!o.sizes.length) throw new Error(`--sizes: no size in "${v}"`);
        sizesGiven = true;
        break;
      }
      case '--smoke':
        o.smoke = true;
        break;
      case '--photos':
        o.photos = int(value(), 0);
        photosGiven = true;
        break;
      case '--out':
        o.out = value();
        outGiven = true;
        break;
      case '--json':
        o.json = value();
        break;
      case '--from-json':
        o.fromJson = value();
        break;
      case '--keep':
        o.keep = true;
        break;
      case '--storage':
        o.storage = value();
        break;
      case '--search-trials':
        o.searchTrials = int(value(), 1);
        break;
      case '--query':
        o.query = value();
        break;
      case '--search-quality':
        o.searchQuality = 'only';
        break;
      case '--no-search-quality':
        o.searchQuality = 'no';
        break;
      case '--help':
      case '-h':
        throw new Error(USAGE);
      default:
        throw new Error(`unknown argument "${arg}"\n${USAGE}`);
    }
  }
  if (o.smoke) {
    // A tiny run that checks the harness end to end: N = 50, a few photos, one search trial.
    if (!sizesGiven) o.sizes = [50];
    if (!photosGiven) o.photos = 4;
    o.photoCorpus = Math.max(o.photos, 20);
    o.searchTrials = 1;
    if (!outGiven) o.out = defaults.smokeOut;
  } else {
    o.photoCorpus = Math.max(o.photos, 200);
  }
  o.sizes = [...new Set(o.sizes)].sort((a, b) => a - b);
  return o;
}

/**
 * The environment of a fresh shell: without what Vitest or a parent Vite sets
 * (BASE_URL, MODE, NODE_ENV…), which would change what Astro builds.
 */
export function cleanEnv(env: Record<string, string | undefined>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(env)) {
    if (value === undefined) continue;
    if (/^(BASE_URL|BASE_PATH|MODE|DEV|PROD|SSR|NODE_ENV|VITEST.*|TEST|NODE_OPTIONS)$/.test(key)) continue;
    out[key] = value;
  }
  out.ASTRO_TELEMETRY_DISABLED = '1';
  return out;
}
