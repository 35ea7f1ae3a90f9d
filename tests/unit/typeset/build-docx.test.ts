import { describe, expect, it } from 'vitest';
import { builtinTemplates, findBuiltinTemplate } from '../../../templates/builtin';
import { exampleValues } from '../../../templates/example-values';
import { renderDocument } from '../../../templates/render-document';
import { headingLevel } from '../../../typeset/heading-number';
import { exportDocx } from '../../../typeset/export-docx';
import { docxParts, paragraphsOf, styleXml } from './docx-xml';

async function exampleDocx(id: string) {
  const template = findBuiltinTemplate(id)!;
  const values = exampleValues(template.fields);
  const doc = renderDocument(template, values);
  const file = await exportDocx(
    { title: doc.title, body: doc.text, templateId: id, fieldValues: values },
    findBuiltinTemplate,
    '公文',
  );
  return { doc, file, parts: docxParts(file.bytes) };
}

/** Style id → [East Asian font, size in half-points]. */
const styleFonts: [string, string, string, number][] = [
  ['GongwenTitle', '公文标题', '方正小标宋简体', 44],
  ['GongwenAddressee', '主送', '仿宋_GB2312', 32],
  ['GongwenBody', '正文', '仿宋_GB2312', 32],
  ['GongwenHeading1', '一级标题', '黑体', 32],
  ['GongwenHeading2', '二级标题', '楷体_GB2312', 32],
  ['GongwenHeading3', '三级标题', '仿宋_GB2312', 32],
  ['GongwenHeading4', '四级标题', '仿宋_GB2312', 32],
  ['GongwenAttachment', '附件说明', '仿宋_GB2312', 32],
  ['GongwenSignature', '落款', '仿宋_GB2312', 32],
  ['GongwenDate', '成文日期', '仿宋_GB2312', 32],
  ['GongwenNote', '附注', '仿宋_GB2312', 32],
];

describe.each(builtinTemplates.map((t) => [t.id]))('the .docx of the %s example', (id) => {
  it('is A4 with the GB/T 9704 margins and a 22 × 28 grid', async () => {
    const { document } = (await exampleDocx(id)).parts;
    expect(document).toContain('<w:pgSz w:w="11906" w:h="16838"');
    // 37 mm top, 26 mm right, 35 mm bottom, 28 mm left, in twips.
    expect(document).toMatch(/<w:pgMar w:top="2098" w:right="1474" w:bottom="1984" w:left="1587"/);
    expect(document).toContain('<w:docGrid w:type="linesAndChars" w:linePitch="579" w:charSpace="-848"/>');
  });

  it('has the named styles with their fonts and sizes', async () => {
    const { styles } = (await exampleDocx(id)).parts;
    for (const [styleId, name, font, size] of styleFonts) {
      const style = styleXml(styles, styleId);
      expect(style, styleId).toContain(`<w:name w:val="${name}"/>`);
      expect(style, styleId).toContain(`w:eastAsia="${font}"`);
      expect(style, styleId).toContain(`<w:sz w:val="${size}"/>`);
    }
    expect(styleXml(styles, 'GongwenBody')).toContain('w:firstLineChars="200"');
    expect(styleXml(styles, 'GongwenBody')).toContain(
      '<w:spacing w:after="0" w:before="0" w:line="579" w:lineRule="exact"/>',
    );
    expect(styleXml(styles, 'GongwenTitle')).toContain('<w:jc w:val="center"/>');
  });

  it('puts the title, the heading styles and the closing on the right paragraphs', async () => {
    const { doc, parts } = await exampleDocx(id);
    const paragraphs = paragraphsOf(parts.document);
    expect(paragraphs[0]).toMatchObject({ style: 'GongwenTitle', text: doc.title });
    const lines = doc.text.split('\n').filter((line) => line.trim());
    // `附件：1.甲` and the `2.乙` lines under it are the 附件说明 (GB/T 9704 7.3.5), not headings.
    let inAttachments = false;
    for (const line of lines) {
      inAttachments = /^附件：1\./.test(line) || (inAttachments && /^\d+\./.test(line));
      const level = headingLevel(line);
      const standalone = level && !/[。；：]/.test(line);
      const paragraph = paragraphs.find((p) => p.text === line);
      expect(paragraph, line).toBeDefined();
      if (inAttachments) expect(paragraph!.style, line).toBe('GongwenAttachment');
      else if (standalone) expect(paragraph!.style, line).toBe(`GongwenHeading${level}`);
      else if (paragraph!.style.startsWith('GongwenHeading')) expect(line).toMatch(/^[^，。]{1,36}。$/);
    }
    const date = paragraphs.find((p) => p.style === 'GongwenDate');
    if (id !== 'leader-speech' && id !== 'meeting-minutes' && id !== 'typical-experience') {
      expect(date?.text).toMatch(/^\d{4}年\d{1,2}月\d{1,2}日$/);
      const signature = paragraphs[paragraphs.indexOf(date!) - 1];
      expect(signature.style).toBe('GongwenSignature');
      expect(signature.xml).toMatch(/<w:ind w:right="\d+"\/>/);
      expect(styleXml(parts.styles, 'GongwenSignature')).toContain('<w:jc w:val="right"/>');
      expect(styleXml(parts.styles, 'GongwenDate')).toMatch(/<w:ind w:right="1263"\/><w:jc w:val="right"\/>/);
    }
  });

  it('numbers pages `— 1 —` in 4号 宋体 at the outer side', async () => {
    const { footers, settings } = (await exampleDocx(id)).parts;
    expect(settings).toContain('<w:evenAndOddHeaders/>');
    expect(footers).toHaveLength(2);
    for (const footer of footers) {
      expect(footer).toMatch(/<w:instrText[^>]*>PAGE<\/w:instrText>/);
      expect(footer).toContain('>— </w:t>');
      expect(footer).toContain('> —</w:t>');
      expect(footer).toContain('w:eastAsia="宋体"');
      expect(footer).toContain('<w:sz w:val="28"/>');
    }
    expect(footers.map((footer) => /<w:jc w:val="(\w+)"\/>/.exec(footer)?.[1]).sort()).toEqual(['left', 'right']);
  });

  it('declares the fallback of every GB2312 face', async () => {
    const { fontTable } = (await exampleDocx(id)).parts;
    expect(fontTable).toContain('<w:font w:name="仿宋_GB2312"><w:altName w:val="仿宋"/>');
    expect(fontTable).toContain('<w:font w:name="楷体_GB2312"><w:altName w:val="楷体"/>');
    expect(fontTable).toContain('<w:font w:name="黑体"><w:altName w:val="SimHei"/>');
    expect(fontTable).toContain('<w:font w:name="方正小标宋简体"><w:altName w:val="宋体"/>');
    expect(fontTable).toContain('<w:font w:name="仿宋"><w:altName w:val="FangSong"/>');
  });
});

describe('exportDocx', () => {
  it('names the file after the title', async () => {
    const { file } = await exampleDocx('notice');
    expect(file.fileName).toBe('某某市人民政府办公室关于开展2026年度安全生产检查的通知.docx');
  });

  it('offsets the 落款 to centre it on the 成文日期 (右空四字)', async () => {
    const { parts } = await exampleDocx('notice');
    const signature = paragraphsOf(parts.document).find((p) => p.style === 'GongwenSignature')!;
    // 某某市人民政府办公室 is 10 characters, 2026年11月26日 is 7: 4 + (7 − 10) / 2 = 2.5 characters of 315.9 twips.
    expect(signature.xml).toContain('<w:ind w:right="790"/>');
  });
});
