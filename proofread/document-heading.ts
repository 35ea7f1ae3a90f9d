import type { ProofreadContext } from './finding';

/** The title field, else the body's first line: what the document calls itself (…的报告, …的请示). */
export function documentHeading(text: string, context: ProofreadContext): string {
  const firstLine = text.split('\n').find((line) => line.trim()) ?? '';
  return `${context.title ?? ''}\n${firstLine.trim()}`;
}
