import { copySuffix } from '../../storage/draft';

/**
 * A name no template has yet: `名称`, else `名称（副本）`, `名称（副本2）`… An import never replaces a
 * template of the same name, it keeps both, and the suffix says which one arrived later.
 */
export function uniqueName(name: string, taken: Set<string>): string {
  if (!taken.has(name)) return name;
  const base = copySuffix.slice(0, -1);
  for (let n = 1; ; n++) {
    const candidate = `${name}${n === 1 ? copySuffix : `${base}${n}）`}`;
    if (!taken.has(candidate)) return candidate;
  }
}
