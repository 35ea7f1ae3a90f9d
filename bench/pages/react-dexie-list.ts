// Baseline: React + Dexie reading the 50 newest drafts of the extension's own database (same origin).
import Dexie from 'dexie';
import { renderRows } from './render-rows';

interface StoredDraft {
  id: string;
  title: string;
  kind: string;
  status: string;
}

const db = new Dexie('wenshu');
await db.open(); // dynamic mode: the stored schema, whatever its version
const drafts = (await db.table('drafts').orderBy('updatedAt').reverse().limit(50).toArray()) as StoredDraft[];
renderRows(drafts.map((d) => ({ id: d.id, title: d.title, meta: `${d.kind} · ${d.status}` })));
