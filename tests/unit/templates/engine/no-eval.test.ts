import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import Handlebars from 'handlebars';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { evaluateTemplate } from '../../../../templates/engine/evaluate-template';
import { parseTemplate } from '../../../../templates/engine/parse-template';

const root = join(__dirname, '../../../../templates');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : path.endsWith('.ts') ? [path] : [];
  });
}

describe('MV3 CSP safety', () => {
  afterEach(() => vi.restoreAllMocks());

  it('no file under templates/ generates code at runtime', () => {
    const files = sourceFiles(root);
    expect(files.length).toBeGreaterThan(5);
    const offenders = files.filter((file) =>
      /\b(compile|precompile|template)\s*\(|new Function\b|\beval\s*\(/.test(
        readFileSync(file, 'utf8').replace(/\/\/.*|\/\*[\s\S]*?\*\//g, ''),
      ),
    );
    expect(offenders).toEqual([]);
  });

  it('parses and renders with the code generators booby-trapped', () => {
    for (const name of ['compile', 'precompile', 'template'] as const) {
      vi.spyOn(Handlebars, name).mockImplementation(() => {
        throw new EvalError(`${name} is not allowed`);
      });
    }
    const parsed = parseTemplate('{{#each xs as |x|}}{{x}}{{/each}}');
    if (!parsed.ok) throw new Error('parse');
    expect(evaluateTemplate(parsed.program, { xs: [1, 2] })).toBe('12');
  });
});
