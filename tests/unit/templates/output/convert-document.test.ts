import { describe, expect, it } from 'vitest';
import { findBuiltinTemplate } from '../../../../templates/builtin';
import { convertDocument, loadScriptConverter } from '../../../../templates/output';
import { renderDocument } from '../../../../templates/render-document';

describe('convertDocument (简体 → 繁體)', () => {
  const def = findBuiltinTemplate('work-summary')!;
  const doc = renderDocument(def, { unit: '某某市政府办公室', period: '2026年' });

  it('converts title, text and placeholders alike, and keeps counting them', async () => {
    const tw = convertDocument(doc, await loadScriptConverter('tw'));
    expect(tw.title).toBe('某某市政府辦公室2026年工作總結');
    expect(tw.text).toContain('【待填：');
    expect(tw.text).not.toMatch(/办|总结/);
    expect(tw.placeholders).toBe(doc.placeholders);
    expect(tw.placeholders).toBeGreaterThan(0);
  });

  it('rebuilds the HTML from converted text, so font names stay as fonts are installed', async () => {
    const tw = convertDocument(doc, await loadScriptConverter('tw'));
    expect(tw.html).toContain('方正小标宋简体');
    expect(tw.html).toContain('辦公室');
    expect(tw.html).not.toContain('办公室');
  });

  it('uses Taiwan wording with twp and leaves text alone with cn', async () => {
    expect((await loadScriptConverter('twp'))('软件和信息')).toBe('軟體和資訊');
    expect((await loadScriptConverter('cn'))('软件')).toBe('软件');
  });
});
