import { describe, expect, it } from 'vitest';
import { panelStartChunk, staticGraph } from '../../../scripts/panel-start-chunk.mjs';

const imports: Record<string, string[]> = {
  '/app/entrypoints/sidepanel/index.html': ['/app/entrypoints/sidepanel/main.tsx'],
  '/app/entrypoints/sidepanel/main.tsx': ['/app/components/App.tsx', '/app/components/app.css'],
  '/app/components/App.tsx': ['/app/node_modules/react/index.js', '/app/storage/db.ts'],
  '/app/storage/db.ts': ['/app/node_modules/react/index.js'],
  '/app/entrypoints/print/main.tsx': ['/app/typeset/print-only.ts', '/app/node_modules/react/index.js'],
};
const importsOf = (id: string) => imports[id] ?? [];

describe('panelStartChunk', () => {
  it('follows static imports once each, cycles included', () => {
    const graph = staticGraph(['a'], (id) => ({ a: ['b', 'c'], b: ['a', 'c'], c: [] })[id] ?? []);
    expect([...graph].sort()).toEqual(['a', 'b', 'c']);
  });

  it("captures the side panel's static graph, without its entry modules, its styles or the print page's own code", () => {
    const { plugin, group } = panelStartChunk('sidepanel');
    const context = {
      getModuleIds: () => Object.keys(imports).values(),
      getModuleInfo: (id: string) => ({ importedIds: importsOf(id) }),
    };
    (plugin.buildEnd as unknown as (this: typeof context) => void).call(context);
    const test = group.test as (id: string) => boolean;
    const captured = [...new Set(Object.values(imports).flat().concat(Object.keys(imports)))].filter(test).sort();
    expect(captured).toEqual(['/app/components/App.tsx', '/app/node_modules/react/index.js', '/app/storage/db.ts']);
  });
});
