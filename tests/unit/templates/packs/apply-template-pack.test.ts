import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { WenshuDatabase } from '../../../../storage/wenshu-database';
import {
  applyTemplatePack,
  buildTemplatePack,
  parseTemplatePack,
  uniqueName,
  type TemplatePack,
} from '../../../../templates/packs';

let db: WenshuDatabase;
beforeEach(() => {
  db = new WenshuDatabase(`packs-${Math.random()}`);
});
afterEach(() => db.delete());

const packed = (name: string) => ({ name, kind: '通知' as const, description: '', fields: [], body: `${name}\n正文` });
const pack = (...names: string[]): TemplatePack => ({
  format: 'wenshu-templates',
  version: 1,
  templates: names.map(packed),
});

describe('applyTemplatePack', () => {
  it('keeps both on a name clash, with built-ins, stored templates and the pack itself', async () => {
    let n = 0;
    await applyTemplatePack(db, pack('甲'), { newId: () => `t${++n}`, now: 5 });
    const added = await applyTemplatePack(db, pack('甲', '甲', '工作总结'), { newId: () => `t${++n}` });
    expect(added.map((t) => t.name)).toEqual(['甲（副本）', '甲（副本2）', '工作总结（副本）']);
    const names = (await db.userTemplates.toArray()).map((t) => t.name);
    expect(names).toHaveLength(4);
    expect(names).toEqual(expect.arrayContaining(['工作总结（副本）', '甲', '甲（副本）', '甲（副本2）']));
  });

  it('stores nothing when one template cannot be stored', async () => {
    await applyTemplatePack(db, pack('甲'), { newId: () => 'taken' });
    await expect(applyTemplatePack(db, pack('乙', '丙'), { newId: () => 'new-' + 'x' })).rejects.toThrow();
    expect((await db.userTemplates.toArray()).map((t) => t.name)).toEqual(['甲']);
  });

  it('round-trips through an exported file', async () => {
    const stored = await applyTemplatePack(db, pack('甲', '乙'));
    const parsed = parseTemplatePack(JSON.stringify(buildTemplatePack(stored)));
    expect(parsed.ok && parsed.pack.templates).toEqual([packed('甲'), packed('乙')]);
  });

  it('uniqueName leaves free names alone', () => {
    expect(uniqueName('甲', new Set(['乙']))).toBe('甲');
  });
});
