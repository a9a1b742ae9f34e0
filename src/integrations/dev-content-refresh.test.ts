import { describe, expect, it } from 'vitest';
import { isContentStoreModule, refreshContentRuntime, withImporters } from './dev-content-refresh.ts';

const STORE = '/p/node_modules/astro/dist/content/data-store.js';

describe('withImporters', () => {
  it('gives the modules and every importer, transitively, once each (cycles included)', () => {
    const importers: Record<string, string[]> = {
      store: ['runtime'],
      runtime: ['astro:content'],
      'astro:content': ['portal.ts', 'runtime'],
      'portal.ts': ['page.astro'],
      other: ['page.astro'],
    };
    expect([...withImporters(['store'], (id) => importers[id] ?? [])].sort()).toEqual(
      ['astro:content', 'page.astro', 'portal.ts', 'runtime', 'store'].sort(),
    );
    expect([...withImporters([], (id) => importers[id] ?? [])]).toEqual([]);
  });
});

describe('refreshContentRuntime', () => {
  it('invalidates the store module on the server, then the content runtime and its importers in the runner, nothing else', () => {
    const node = (importers: string[]) => ({ importers: new Set(importers), evaluated: true });
    const idToModuleMap = new Map([
      [STORE, node(['/p/node_modules/astro/dist/content/runtime.js'])],
      ['/p/node_modules/astro/dist/content/runtime.js', node(['virtual:astro:content'])],
      ['virtual:astro:content', node(['/p/src/data/portal.ts'])],
      ['/p/src/data/portal.ts', node(['/p/src/pages/tin-tuc/[slug].astro'])],
      ['/p/src/pages/tin-tuc/[slug].astro', node([])],
      ['/p/src/lib/text/slug.ts', node(['/p/src/pages/tin-tuc/[slug].astro'])],
    ]);
    const invalidatedOnServer: unknown[] = [];
    const storeOnServer = { id: '\0astro:data-layer-content' };
    const server = {
      environments: {
        ssr: {
          moduleGraph: {
            getModuleById: (id: string) => (id === storeOnServer.id ? storeOnServer : undefined),
            invalidateModule: (m: unknown) => invalidatedOnServer.push(m),
          },
          runner: {
            evaluatedModules: {
              idToModuleMap,
              getModuleById: (id: string) => idToModuleMap.get(id),
              invalidateModule: (m: { evaluated: boolean }) => {
                m.evaluated = false;
              },
            },
          },
        },
        client: {},
      },
    };
    expect(refreshContentRuntime(server as never)).toBe(5);
    expect(invalidatedOnServer).toEqual([storeOnServer]);
    expect([...idToModuleMap].filter(([, m]) => m.evaluated).map(([id]) => id)).toEqual(['/p/src/lib/text/slug.ts']);
  });
  it('knows the content runtime module by its path, on any platform', () => {
    expect(isContentStoreModule(STORE)).toBe(true);
    expect(isContentStoreModule('C:\\p\\node_modules\\astro\\dist\\content\\data-store.js')).toBe(true);
    expect(isContentStoreModule('/p/node_modules/astro/dist/content/data-store-writer.js')).toBe(false);
  });
});
