import { diffArrays } from 'diff';
import { segmentWords } from './segment-words';

export interface DiffPart {
  kind: 'same' | 'added' | 'removed';
  text: string;
}

/**
 * Word-level diff of two texts. Adjacent parts of the same kind are merged so the review shows one
 * change per edited phrase rather than one per word.
 */
export function wordDiff(before: string, after: string, locale?: string): DiffPart[] {
  const changes = diffArrays(segmentWords(before, locale), segmentWords(after, locale));
  const parts: DiffPart[] = [];
  for (const change of changes) {
    const kind = change.added ? 'added' : change.removed ? 'removed' : 'same';
    const text = change.value.join('');
    const last = parts[parts.length - 1];
    if (last?.kind === kind) last.text += text;
    else if (text) parts.push({ kind, text });
  }
  return parts;
}
