import { beforeAll, describe, expect, it } from 'vitest';
import { findBuiltinTemplate } from '../../../../templates/builtin';
import { convertDocument, loadScriptConverter, type ConvertText } from '../../../../templates/output';
import { renderDocument } from '../../../../templates/render-document';

describe('convertDocument (简体 → 繁體)', () => {
  const def = findBuiltinTemplate('work-summary')!;
  const doc = renderDocument(def, { unit: '某某市政府办公室', period: '2026年' });
  let toTw: ConvertText;
  let toTwp: ConvertText;
  // Importing OpenCC's dictionaries (over 1 MB) and building its tables is real work that grows with the
  // machine's load (over 5 s, the test time-out, on a loaded 2-core machine): done once, before the tests.
  beforeAll(async () => {
    [toTw, toTwp] = await Promise.all([loadScriptConverter('tw'), loadScriptConverter('twp')]);
  }, 60_000);

  it('converts title, text and placeholders alike, and keeps counting them', () => {
    const tw = convertDocument(doc, toTw);
    expect(tw.title).toBe('某某市政府辦公室2026年工作總結');
    expect(tw.text).toContain('【待填：');
    expect(tw.text).not.toMatch(/办|总结/);
    expect(tw.placeholders).toBe(doc.placeholders);
    expect(tw.placeholders).toBeGreaterThan(0);
  });

  it('rebuilds the HTML from converted text, so font names stay as fonts are installed', () => {
    const tw = convertDocument(doc, toTw);
    expect(tw.html).toContain('方正小标宋简体');
    expect(tw.html).toContain('辦公室');
    expect(tw.html).not.toContain('办公室');
  });

  it('uses Taiwan wording with twp and leaves text alone with cn', async () => {
    expect(toTwp('软件和信息')).toBe('軟體和資訊');
    expect((await loadScriptConverter('cn'))('软件')).toBe('软件');
  });
});
