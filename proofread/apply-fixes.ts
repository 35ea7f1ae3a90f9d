import type { Finding } from './finding';

/**
 * Applies the findings that carry a replacement. Overlapping ones are skipped after the first, since
 * their offsets no longer describe the text; run `proofread` again to see what is left.
 */
export function applyFixes(text: string, findings: readonly Finding[]): string {
  const fixes = findings.filter((finding) => finding.replacement !== undefined).sort((a, b) => a.start - b.start);
  let result = '';
  let position = 0;
  for (const fix of fixes) {
    if (fix.start < position) continue;
    result += text.slice(position, fix.start) + fix.replacement;
    position = fix.end;
  }
  return result + text.slice(position);
}
