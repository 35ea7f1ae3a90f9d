import { describe, expect, it } from 'vitest';
import { builtinTemplates } from '../../../../templates/builtin';
import { exampleValues } from '../../../../templates/example-values';
import { filterStyle, sanitizeDocumentHtml } from '../../../../templates/output';
import { renderTemplateSource } from '../../../../templates/render-template-source';
import { textToHtml } from '../../../../templates/text-to-html';

const onlyParagraphs = /^(<p( style="[^"<>]*")?>[^<>]*<\/p>\n?)*$/;

describe('sanitizeDocumentHtml', () => {
  it('keeps the GB/T 9704 paragraphs of every built-in unchanged', () => {
    for (const def of builtinTemplates) {
      const text = renderTemplateSource(def.body, exampleValues(def.fields), def.fields);
      if (!text.ok) throw new Error(def.id);
      expect(text.doc.html).toBe(textToHtml(text.doc.text));
    }
  });

  it.each([
    '<script>alert(1)</script><p>a</p>',
    '<p onclick="alert(1)" style="text-align:center">a</p>',
    '<p>a<img src=x onerror=alert(1)></p>',
    '<a href="javascript:alert(1)">click</a>',
    '<p style="display:none">hidden</p>',
    '<p style="visibility:hidden;opacity:0">hidden</p>',
    '<p style="font-size:0">tiny</p><p style="font-size:1px">tiny</p>',
    '<p style="color:#fff;background:#fff">white on white</p>',
    '<p style="background-image:url(javascript:alert(1))">u</p>',
    '<svg><script>alert(1)</script></svg><iframe src="x"></iframe>',
    '<p style="font-family:x;}</style><script>alert(1)</script>">q</p>',
    '<!-- <p> --><p>ok</p><p',
  ])('reduces hostile HTML to plain styled paragraphs: %s', (hostile) => {
    const out = sanitizeDocumentHtml(hostile);
    expect(out).toMatch(onlyParagraphs);
    expect(out).not.toMatch(
      /script|onerror|onclick|javascript:|display|visibility|opacity|color|url\(|font-size:(0|1px)/i,
    );
  });

  it('escapes hostile values a user typed, in the text and the HTML of a user-written template', () => {
    const body = '{{title}}\n\n{{{raw}}}\n<p style="display:none">{{title}}</p>';
    const fields = [
      { name: 'title', label: '标题', type: 'text' as const },
      { name: 'raw', label: '原文', type: 'text' as const },
    ];
    const result = renderTemplateSource(
      body,
      { title: '<img src=x onerror=alert(1)>', raw: '<script>x()</script>' },
      fields,
    );
    if (!result.ok) throw new Error('render');
    expect(result.doc.html).toMatch(onlyParagraphs);
    expect(result.doc.html).toContain('&lt;img src');
    expect(result.doc.text).toContain('<img src=x onerror=alert(1)>');
    expect(result.doc.html).not.toMatch(/<img|<script|<p style="display/);
  });
});

describe('filterStyle', () => {
  it('keeps allowlisted layout and drops what hides or fetches', () => {
    expect(filterStyle('text-align:center;font-size:22pt;line-height:1.5')).toBe(
      'text-align:center;font-size:22pt;line-height:1.5',
    );
    expect(filterStyle('font-size:8pt;color:red;position:absolute;text-indent:2em')).toBe('text-indent:2em');
    expect(filterStyle('font-family:url(x)')).toBe('');
    expect(filterStyle('text-align:center /* */;font-weight:bold')).toBe('text-align:center;font-weight:bold');
  });
});
