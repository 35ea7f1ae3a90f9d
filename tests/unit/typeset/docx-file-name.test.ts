import { describe, expect, it } from 'vitest';
import { docxFileName, uniqueFileNames } from '../../../typeset/docx-file-name';

describe('docxFileName', () => {
  it('is the title with .docx', () => {
    expect(docxFileName('关于开展2026年度安全生产检查的通知', '公文')).toBe('关于开展2026年度安全生产检查的通知.docx');
  });

  it('replaces characters Windows forbids and trims dots and spaces at the end', () => {
    expect(docxFileName('A/B: "草稿"?<1>|2*\\3. ', 'x')).toBe('A／B： ＂草稿＂？＜1＞｜2＊＼3.docx');
    expect(docxFileName('第一行\n第二行\t', 'x')).toBe('第一行 第二行.docx');
  });

  it('never gives an empty or reserved device name', () => {
    expect(docxFileName('  ', '公文')).toBe('公文.docx');
    expect(docxFileName('...', '公文')).toBe('公文.docx');
    expect(docxFileName('CON', '公文')).toBe('公文.docx');
    expect(docxFileName('com1', '公文')).toBe('公文.docx');
  });

  it('keeps long titles short enough for Windows paths', () => {
    expect([...docxFileName('长'.repeat(300), 'x')]).toHaveLength(80 + 5);
  });
});

describe('uniqueFileNames', () => {
  it('numbers repeated names, ignoring case as Windows does', () => {
    expect(uniqueFileNames(['通知.docx', '通知.docx', 'a.docx', 'A.docx', '通知.docx'])).toEqual([
      '通知.docx',
      '通知（2）.docx',
      'a.docx',
      'A（2）.docx',
      '通知（3）.docx',
    ]);
  });
});
