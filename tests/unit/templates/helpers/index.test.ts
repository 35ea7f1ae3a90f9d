import { describe, expect, it } from 'vitest';
import { evaluateTemplate } from '../../../../templates/engine/evaluate-template';
import { parseTemplate } from '../../../../templates/engine/parse-template';
import { defaultHelpers } from '../../../../templates/helpers';

function render(source: string, context: unknown): string {
  const parsed = parseTemplate(source);
  if (!parsed.ok) throw new Error(parsed.error.message);
  return evaluateTemplate(parsed.program, context, { helpers: { ...defaultHelpers }, escape: (s) => s });
}

describe('defaultHelpers in templates', () => {
  it('number headings from @index and format dates, numbers and lists', () => {
    const out = render(
      '{{#each items}}{{heading 1 @index}}{{this}} {{/each}}|{{cnDate d}}|{{cnDateUpper d}}|{{docNumber "国办发" "2026" "012"}}|{{joinList items end=""}}|{{percent r}}|{{#if (eq k "甲")}}yes{{/if}}|{{cnNum 12}}',
      { items: ['甲', '乙'], d: '2026-11-26', r: '0.95', k: '甲' },
    );
    expect(out).toBe('一、甲 二、乙 |2026年11月26日|二〇二六年十一月二十六日|国办发〔2026〕12号|甲、乙|95%|yes|十二');
  });

  it('reject a wrong number of arguments, naming the helper', () => {
    expect(() => render('{{cnDate}}', {})).toThrow(/cnDate takes 1 argument/);
    expect(() => render('{{heading 1}}', {})).toThrow(/heading takes 2 arguments/);
    expect(() => render('{{docNumber "a" "b"}}', {})).toThrow(/docNumber takes 1 or 3 arguments/);
  });
});
