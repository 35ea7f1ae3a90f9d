import { createElement as h } from 'react';
import { createRoot } from 'react-dom/client';

export interface Row {
  id: string;
  title: string;
  meta: string;
}

/** The same row markup as the panel's list (a button per draft), rendered by React alone. */
export function renderRows(rows: Row[]): void {
  createRoot(document.getElementById('root')!).render(
    h(
      'ul',
      null,
      rows.map((row) =>
        h(
          'li',
          { key: row.id },
          h('button', { type: 'button', className: 'draft-item' }, row.title, h('span', null, row.meta)),
        ),
      ),
    ),
  );
}
