import { describe, expect, it } from 'vitest';
import { defaultPart, partKey, pickPart } from '../../../editing/insert-part';
import { textToHtml } from '../../../templates/text-to-html';

const text = '关于做好年度总结工作的通知\n\n各科室：\n请按时报送。';
const html = textToHtml(text);

describe('pickPart', () => {
  it('takes the first line as the title, its first paragraph as the title HTML', () => {
    const title = pickPart(text, html, 'title');
    expect(title.text).toBe('关于做好年度总结工作的通知');
    expect(title.html).toMatch(/^<p style="[^"]*">关于做好年度总结工作的通知<\/p>$/);
  });

  it('takes the rest as the body, text and HTML alike, without the title line', () => {
    const body = pickPart(text, html, 'body');
    expect(body.text).toBe('各科室：\n请按时报送。');
    expect(body.html).not.toContain('关于做好年度总结工作的通知');
    expect(body.html).toContain('各科室：');
    expect(pickPart(text, html, 'all')).toEqual({ text, html });
  });

  it('treats a one-line text as both title and body', () => {
    expect(pickPart('  只有一行  \n', '<p>只有一行</p>', 'body').text).toBe('只有一行');
    expect(pickPart('只有一行', '<p>只有一行</p>', 'title').text).toBe('只有一行');
  });
});

describe('defaultPart and partKey', () => {
  it('gives a one-line field the title and other fields the body, remembered per site and kind', () => {
    expect(defaultPart('singleLine')).toBe('title');
    expect(defaultPart('multiLine')).toBe('body');
    expect(defaultPart('rich')).toBe('body');
    expect(defaultPart(undefined)).toBe('all');
    expect(partKey('oa.example.gov.cn', 'rich')).toBe(partKey('oa.example.gov.cn', 'multiLine'));
    expect(partKey('oa.example.gov.cn', 'singleLine')).not.toBe(partKey('oa.example.gov.cn', 'rich'));
  });
});
