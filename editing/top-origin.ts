/**
 * The origin of the tab's top page as a frame sees it. `ancestorOrigins` is filled in by the browser
 * (a page cannot rewrite it for the content script's world); its last entry is the top page.
 */
export function topOrigin(location: Location): string {
  const ancestors = location.ancestorOrigins;
  if (ancestors && ancestors.length > 0) return ancestors[ancestors.length - 1];
  return location.origin;
}
