import { templateLimits } from './template-limits';
import { sourceLine, type TemplateError } from './template-error';

// Openers `{{#x}}`, `{{^x}}` (but not the bare `{{^}}` else), `{{#>` partial blocks, `{{{{raw}}}}`;
// closers `{{/x}}` and `{{{{/raw}}}}`. Comments are skipped first: they may quote block syntax.
const comment = /\{\{~?!--[\s\S]*?--~?\}\}|\{\{~?![\s\S]*?\}\}/g;
const blockTag = /\{\{\{\{\/|\{\{\{\{|\{\{~?\s*([#/]|\^(?!\s*~?\}\}))/g;

/**
 * Refuse a template nested deeper than templateLimits.maxNesting before handing it to the parser,
 * whose time and stack grow with the depth (6,000 nested `{{#if}}` took it 16 s to reject).
 * Counts tags, not matched pairs: the parser still reports a mismatched close itself.
 */
export function checkNesting(source: string): TemplateError | undefined {
  const text = source.replace(comment, (match) => match.replace(/[^\n]/g, ' '));
  let depth = 0;
  for (const match of text.matchAll(blockTag)) {
    const closing = match[0] === '{{{{/' || match[1] === '/';
    depth += closing ? -1 : 1;
    if (depth > templateLimits.maxNesting) {
      const before = text.slice(0, match.index);
      const line = before.split('\n').length;
      const column = match.index - before.lastIndexOf('\n');
      return {
        message: `Blocks are nested more than ${templateLimits.maxNesting} deep`,
        line,
        column,
        excerpt: sourceLine(source, line),
        limit: 'too-deep',
      };
    }
  }
  return undefined;
}
