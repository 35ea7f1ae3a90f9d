// Baseline: React rendering 50 rows of fixed data, no storage.
import { renderRows } from './render-rows';

renderRows(Array.from({ length: 50 }, (_, i) => ({ id: String(i), title: `草稿 ${i}`, meta: '通知 · 草稿' })));
