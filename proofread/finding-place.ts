import type { Finding } from './finding';

/** Which rule found what where: enough to recognise a finding the user chose to 忽略. */
export type FindingPlace = Pick<Finding, 'ruleId' | 'start' | 'end'>;

const moved = (place: FindingPlace, delta: number): FindingPlace => ({
  ruleId: place.ruleId,
  start: place.start + delta,
  end: place.end + delta,
});

export const samePlace = (a: FindingPlace, b: FindingPlace) =>
  a.ruleId === b.ruleId && a.start === b.start && a.end === b.end;

/** Where places are after fixes were applied to the text: shifted by every fix before them. */
export function placesAfterFixes(places: readonly FindingPlace[], fixes: readonly Finding[]): FindingPlace[] {
  return places.map((place) => {
    const delta = fixes
      .filter((fix) => fix.end <= place.start)
      .reduce((sum, fix) => sum + (fix.replacement ?? '').length - (fix.end - fix.start), 0);
    return moved(place, delta);
  });
}

/**
 * Where places are after any edit (typing, a restored version): the text is compared from both ends;
 * places before and after the changed stretch follow it, places inside it are gone.
 */
export function placesAfterEdit(places: readonly FindingPlace[], before: string, after: string): FindingPlace[] {
  const shortest = Math.min(before.length, after.length);
  let prefix = 0;
  while (prefix < shortest && before[prefix] === after[prefix]) prefix++;
  let suffix = 0;
  while (suffix < shortest - prefix && before[before.length - 1 - suffix] === after[after.length - 1 - suffix])
    suffix++;
  const delta = after.length - before.length;
  return places.flatMap((place) => {
    if (place.end <= prefix) return [moved(place, 0)];
    if (place.start >= before.length - suffix) return [moved(place, delta)];
    return [];
  });
}
