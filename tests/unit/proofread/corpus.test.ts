import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { proofread } from '../../../proofread/proofread';

/**
 * 27 real documents of the 国务院 and its 办公厅 (tests/corpus/gongwen, copied from the shared corpus). Well
 * edited text: every finding must be a real slip, listed here with why. A new finding fails this test —
 * it is either a false alarm (make the rule more precise, never tune it to the sentence) or a real slip
 * to add here with its reason.
 */
const expected: [file: string, severity: string, ruleId: string, found: string, count: number, why: string][] = [
  [
    'g02',
    'suggestion',
    'enumeration-comma',
    '、',
    1,
    '“一事一议”、“一园一案”: GB/T 15834 4.5.3.5 通常不用顿号 — soft, a suggestion',
  ],
  ['g03', 'suggestion', 'enumeration-comma', '、', 1, '”、“ between quoted items, as above'],
  [
    'g10',
    'error',
    'chinese-zero',
    '○○',
    1,
    '二○○四年 with the white circle ○ (U+25CB) where the numeral 〇 (U+3007) belongs',
  ],
  ['g11', 'error', 'halfwidth-punctuation', '(', 2, '(生态环境部指导): ASCII brackets around Chinese'],
  ['g11', 'error', 'halfwidth-punctuation', ')', 2, 'the closing halves of the same'],
  ['g11', 'suggestion', 'enumeration-comma', '、', 2, '“果沼畜”、“菜沼畜”、“茶沼畜”'],
  ['g12', 'error', 'halfwidth-punctuation', ')', 1, '（普通高中、中等职业、技工教育): opened full-width, closed ASCII'],
  [
    'g13',
    'error',
    'range-connector',
    '―',
    3,
    '1997年4―6月: the horizontal bar U+2015 is no 连接号; a time range takes —',
  ],
  ['g13', 'error', 'range-connector', '――', 1, '1997年10月――1998年2月: a doubled horizontal bar as range connector'],
  ['g15', 'error', 'range-connector', '―', 1, '5―6级: U+2015 between quantities, ～ belongs'],
  ['g20', 'error', 'interpunct', '•', 2, '大连重工•起重集团公司: a bullet where the 间隔号 · belongs'],
  ['g23', 'suggestion', 'enumeration-comma', '、', 2, '“人”、“地”、“钱”'],
  ['g24', 'suggestion', 'enumeration-comma', '、', 3, '“僵尸”、“睡眠”、“雷人雷语”、“不互动无服务”'],
  [
    'g25',
    'error',
    'number-range',
    '-',
    4,
    '480-560米, 1-5毫米: a hyphen as range connector (the letter as first published)',
  ],
  [
    'g25',
    'suggestion',
    'range-connector',
    '—',
    4,
    '480—560米 (the same letter as republished): GB/T 15834-2011 wants ～ for quantities',
  ],
  ['g26', 'error', 'halfwidth-punctuation', '(', 2, '国家级(Ⅰ级): ASCII brackets in a Chinese heading'],
  ['g26', 'error', 'halfwidth-punctuation', ')', 2, 'the closing halves of the same'],
  ['g26', 'suggestion', 'enumeration-comma', '、', 2, '《价格法》、《粮食流通管理条例》、《中央储备粮管理条例》'],
  ['g28', 'error', 'fullwidth-digits', '１', 1, '实习满１年: a full-width digit'],
  ['g28', 'suggestion', 'enumeration-comma', '、', 1, '《律师法》、《民事诉讼法》'],
  ['g29', 'error', 'halfwidth-punctuation', ';', 1, '免予缴纳个人所得税;在中国境内: an ASCII semicolon'],
];

const corpus = 'tests/corpus/gongwen';
const documents = readFileSync(`${corpus}/sources.tsv`, 'utf8')
  .trim()
  .split('\n')
  .slice(1)
  .map((row) => row.split('\t'))
  .map(([file, kind, title]) => ({ file, kind, title, text: readFileSync(`${corpus}/${file}`, 'utf8') }));

const summary = (key: string, count: number) => `${key} ×${count}`;

describe('校对 on real 公文 (dev corpus)', () => {
  it('reads all 27 documents', () => {
    expect(documents).toHaveLength(27);
  });

  it.each([
    ['with the title field given', true],
    ['with the title only at the top of the body', false],
  ])('finds exactly the listed real slips, %s', (_, withTitle) => {
    const found = new Map<string, number>();
    for (const { file, title, text } of documents) {
      for (const finding of proofread(text, withTitle ? { title } : {})) {
        const key = [file.slice(0, 3), finding.severity, finding.ruleId, text.slice(finding.start, finding.end)].join(
          ' ',
        );
        found.set(key, (found.get(key) ?? 0) + 1);
      }
    }
    const actual = [...found].map(([key, count]) => summary(key, count)).sort();
    const listed = expected
      .map(([file, severity, ruleId, text, count]) => summary([file, severity, ruleId, text].join(' '), count))
      .sort();
    expect(actual).toEqual(listed);
  });
});
