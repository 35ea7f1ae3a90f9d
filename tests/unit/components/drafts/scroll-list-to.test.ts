import type { Virtualizer } from '@tanstack/react-virtual';
import { describe, expect, it } from 'vitest';
import { scrollListTo } from '../../../../components/drafts/scroll-list-to';

/** A list element recording the virtualizer's writes. */
function list() {
  const writes: unknown[] = [];
  const element = { scrollTo: (options: unknown) => writes.push(options) };
  return { writes, list: { scrollElement: element, options: {} } as unknown as Virtualizer<HTMLDivElement, Element> };
}

describe('scrollListTo', () => {
  it('skips the write of 0 the virtualizer makes when it attaches to a new list', () => {
    const { writes, list: attached } = list();
    scrollListTo(0, {}, attached);
    expect(writes).toEqual([]);
  });

  it('writes every later position, a return to the top included', () => {
    const { writes, list: attached } = list();
    scrollListTo(0, {}, attached);
    scrollListTo(340, { behavior: 'auto' }, attached);
    scrollListTo(0, {}, attached);
    expect(writes).toEqual([
      { top: 340, behavior: 'auto' },
      { top: 0, behavior: undefined },
    ]);
  });

  it('writes a first position other than 0 (a restored offset)', () => {
    const { writes, list: attached } = list();
    scrollListTo(200, { adjustments: 10 }, attached);
    expect(writes).toEqual([{ top: 210, behavior: undefined }]);
  });
});
