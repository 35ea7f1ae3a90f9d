import type { CodeSplittingGroup, Plugin } from 'rolldown';

export function staticGraph(roots: Iterable<string>, importsOf: (id: string) => readonly string[]): Set<string>;
export function panelStartChunk(entry: string): { plugin: Plugin; group: CodeSplittingGroup };
