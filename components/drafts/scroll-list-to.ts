import { elementScroll, type Virtualizer } from '@tanstack/react-virtual';

type ScrollOptions = Parameters<typeof elementScroll>[1];

/** Lists the virtualizer has already written a position to: the first write to each is its attach. */
const attached = new WeakSet<Element>();

/**
 * The virtualizer's scroll writes, except the one it makes when it attaches to a list: a write of its
 * initial offset (0) to a list element just created, where it already is. As `scrollTo` that write forced a
 * layout inside React's commit (19 ms of a warm open in a profile); any other write goes to the element.
 */
export function scrollListTo(offset: number, options: ScrollOptions, list: Virtualizer<HTMLDivElement, Element>) {
  const element = list.scrollElement;
  const first = element !== null && !attached.has(element);
  if (element) attached.add(element);
  if (first && offset + (options.adjustments ?? 0) === 0) return;
  elementScroll(offset, options, list);
}
