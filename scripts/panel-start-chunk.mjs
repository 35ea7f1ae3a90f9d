// Build config for the warm open: everything the side panel imports statically (its entry module aside) goes
// into one chunk, `panel-start`. Left to automatic chunking, the modules it shares with the print page and
// with its on-demand views became 12 small chunks, and the panel's first paint waited for 13 module requests
// (in a trace, about 8 ms of request setup in the HTML parse task alone; one chunk opened 11–15 ms sooner).

/**
 * Every module reachable from `roots` through static imports (dynamic `import()`s are left to their own
 * chunks: they are the views and helpers loaded on demand).
 * @param {Iterable<string>} roots
 * @param {(id: string) => readonly string[]} importsOf
 */
export function staticGraph(roots, importsOf) {
  const seen = new Set();
  const pending = [...roots];
  while (pending.length > 0) {
    const id = pending.pop();
    if (seen.has(id)) continue;
    seen.add(id);
    pending.push(...importsOf(id));
  }
  return seen;
}

/**
 * A plugin that records the entry's static graph when the module graph is complete, and the chunk group
 * that captures it. The entry's own modules stay out: the print page loads the shared chunk too (for
 * React, Dexie and the typesetting code), and must not run the panel's start-up.
 * @param {string} entry the entrypoint folder name, e.g. `sidepanel`
 */
export function panelStartChunk(entry) {
  const folder = `/entrypoints/${entry}/`;
  let graph = new Set();
  return {
    plugin: {
      name: 'wenshu:panel-start-graph',
      buildEnd() {
        const roots = [...this.getModuleIds()].filter((id) => id.includes(folder));
        graph = staticGraph(roots, (id) => this.getModuleInfo(id)?.importedIds ?? []);
      },
    },
    // Styles stay with the entry: in the shared chunk they would be the print page's styles too.
    group: {
      name: 'panel-start',
      test: (id) => graph.has(id) && !id.includes('/entrypoints/') && !/\.css(\?|$)/.test(id),
    },
  };
}
