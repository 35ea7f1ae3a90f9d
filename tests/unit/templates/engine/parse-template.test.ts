import { describe, expect, it } from 'vitest';
import { parseTemplate } from '../../../../templates/engine/parse-template';

function errorOf(source: string) {
  const result = parseTemplate(source);
  if (result.ok) throw new Error(`expected ${JSON.stringify(source)} to fail`);
  return result.error;
}

describe('parseTemplate', () => {
  it('returns the program for valid source, after whitespace control', () => {
    const result = parseTemplate('a {{~name}}\n{{#if x}}\nb\n{{/if}}\n');
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.program.type).toBe('Program');
    expect(result.program.body[0]).toMatchObject({ type: 'ContentStatement', value: 'a' });
  });

  it('locates an unclosed block at the end of the source', () => {
    const error = errorOf('标题\n{{#if x}}\n正文');
    expect(error).toMatchObject({ line: 3, column: 3, excerpt: '正文' });
    expect(error.message).toMatch(/not closed/);
  });

  it('locates a mismatched close at the opening block name', () => {
    const error = errorOf('x\n  {{#each items}}b{{/if}}');
    expect(error).toMatchObject({ line: 2, column: 6, excerpt: '  {{#each items}}b{{/if}}' });
    expect(error.message).toBe("each doesn't match if");
  });

  it('locates a bad mustache at the offending token', () => {
    expect(errorOf('line1\n  {{foo bar=}}\nend')).toMatchObject({ line: 2, column: 13, excerpt: '  {{foo bar=}}' });
    expect(errorOf('{{foo}')).toMatchObject({ line: 1, column: 6, excerpt: '{{foo}' });
    expect(errorOf('ok\n\n{{> }}')).toMatchObject({ line: 3, column: 5 });
  });

  it('reports an unterminated string and a stray else', () => {
    expect(errorOf('a\n\n  x {{foo "bar}} y')).toMatchObject({ line: 3, column: 11 });
    const stray = errorOf('{{#each xs}}{{else}}{{else}}{{/each}}');
    expect(stray).toMatchObject({ line: 1, column: 21 });
    expect(stray.message).toContain('INVERSE');
  });
});
