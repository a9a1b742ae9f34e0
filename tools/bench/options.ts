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
  /** Build Hugo + Pagefind (../shared/anchor/) beside the project, alternating cold builds. */
  anchor: boolean;
  /** Cold builds of each system per N (A B A B… ). */
  reps: number;
  /** Sizes at which the watch and dev-server latencies are measured (those of `sizes` only). */
  devSizes: number[];
  /** Instead of the benchmark: one profiled build per size, profiles written to this folder. */
  profile?: string;
  /** The search query set (tools/search-quality): 'also' after the sizes (default), 'only', or 'no'. */
  searchQuality: 'also' | 'only' | 'no';
}

export const USAGE = `npm run bench -- [--sizes 1000,10000,30000] [--smoke] [--photos 200] [--out docs/benchmarks.md]
                    [--json file] [--keep] [--storage auto|DIR] [--search-trials 3] [--query "thi dua"]
                    [--no-anchor] [--reps 2] [--dev-sizes 10000 | --no-dev]
       npm run bench -- --sizes 1000            (N = 1,000 only, side by side with Hugo + Pagefind)
       npm run bench -- --scale                 (10,000 and 30,000: the issue's targets)
       npm run bench -- --smoke                 (N = 50, one A B pair: checks the harness in seconds)
       npm run bench -- --profile [DIR] [--sizes 1000]   (one build with --cpu-prof and --heap-prof, summarised)
                    [--search-quality (the search query set only) | --no-search-quality]
       npm run bench -- --from-json file [--out docs/benchmarks.md]   (re-render a report, no measuring)`;

export function parseOptions(argv: string[], defaults: { out: string; smokeOut: string }): BenchOptions {
  const o: BenchOptions = {
    sizes: [1000, 10000, 30000],
    smoke: false,
    photos: 200,
    photoCorpus: 200,
    out: defaults.out,
    keep: false,
    searchTrials: 3,
    storage: 'auto',
    query: 'thi dua',
    anchor: true,
    reps: 2,
    devSizes: [10000],
    searchQuality: 'also',
  };
  let outGiven = false;
  let devGiven = false;
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
      case '--scale':
        o.sizes = [10000, 30000];
        sizesGiven = true;
        break;
      case '--anchor':
        o.anchor = true;
        break;
      case '--no-anchor':
        o.anchor = false;
        break;
      case '--reps':
        o.reps = int(value(), 1);
        break;
      case '--dev-sizes':
        o.devSizes = value()
          .split(/[\s,;]+/)
          .filter(Boolean)
          .map((s) => int(s.replace(/k$/i, '000'), 1));
        devGiven = true;
        break;
      case '--no-dev':
        o.devSizes = [];
        devGiven = true;
        break;
      case '--profile': {
        const next = inline ?? argv[i + 1];
        if (next !== undefined && !next.startsWith('--')) {
          o.profile = next;
          if (inline === undefined) i++;
        } else o.profile = '';
        break;
      }
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
    o.reps = 1;
    if (!devGiven) o.devSizes = [];
    if (!outGiven) o.out = defaults.smokeOut;
  } else {
    o.photoCorpus = Math.max(o.photos, 200);
  }
  if (o.profile !== undefined && !sizesGiven) o.sizes = [1000];
  o.sizes = [...new Set(o.sizes)].sort((a, b) => a - b);
  o.devSizes = o.devSizes.filter((n) => o.sizes.includes(n));
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
