/**
 * `astro dev`: after Astro writes its content store (`.astro/data-store.json`) the modules that read it
 * are evaluated again, so the next page shows what was saved. Astro 7.3.5 invalidates only the store's
 * virtual module; its content runtime keeps the store it loaded first (a singleton in
 * `astro/dist/content/data-store.js`), and at N = 10,000 an edited article body appeared 4–5 s after
 * saving, or not at all until the next save (issue 16).
 */
import path from 'node:path';
import type { ViteDevServer } from 'vite';

interface RunnerModule {
  importers: Set<string>;
}
interface EvaluatedModules {
  idToModuleMap: Map<string, RunnerModule>;
  getModuleById(id: string): RunnerModule | undefined;
  invalidateModule(node: RunnerModule): void;
}

/** The modules to evaluate again: those given and every module importing them, transitively. */
export function withImporters(start: Iterable<string>, importersOf: (id: string) => Iterable<string>): Set<string> {
  const out = new Set<string>();
  const queue = [...start];
  for (let id = queue.pop(); id !== undefined; id = queue.pop()) {
    if (out.has(id)) continue;
    out.add(id);
    for (const importer of importersOf(id)) if (!out.has(importer)) queue.push(importer);
  }
  return out;
}

/** The content runtime's module: where Astro keeps the store it loaded. */
export const isContentStoreModule = (id: string): boolean =>
  /[\\/]astro[\\/]dist[\\/]content[\\/]data-store\.js$/.test(id);

/** The store's virtual module, as Vite's module graph names it (Astro's RESOLVED_DATA_STORE_VIRTUAL_ID). */
const STORE_MODULE = '\0astro:data-layer-content';

/**
 * Evaluate the content runtime and its importers again in every environment with a module runner;
 * returns how many modules. The store's module is invalidated on the server first: the file watcher
 * may report the write before Astro invalidates it, and the runtime would load the old store again.
 */
export function refreshContentRuntime(server: Pick<ViteDevServer, 'environments'>): number {
  let count = 0;
  for (const env of Object.values(server.environments)) {
    const graph = (env as { moduleGraph?: { getModuleById(id: string): unknown; invalidateModule(m: never): void } })
      .moduleGraph;
    const storeModule = graph?.getModuleById(STORE_MODULE);
    if (storeModule) graph!.invalidateModule(storeModule as never);
    const modules = (env as { runner?: { evaluatedModules?: EvaluatedModules } }).runner?.evaluatedModules;
    if (!modules) continue;
    const start = [...modules.idToModuleMap.keys()].filter(isContentStoreModule);
    for (const id of withImporters(start, (id) => modules.getModuleById(id)?.importers ?? [])) {
      const node = modules.getModuleById(id);
      if (!node) continue;
      modules.invalidateModule(node);
      count++;
    }
  }
  return count;
}

/** Refresh after each write of the project's content store. */
export function refreshOnStoreWrite(server: ViteDevServer, root: string): void {
  const store = path.join(root, '.astro', 'data-store.json');
  const onFile = (file: string) => {
    if (path.resolve(file) === store) refreshContentRuntime(server);
  };
  server.watcher.on('change', onFile);
  server.watcher.on('add', onFile);
}
