import { parse, parser } from 'handlebars/dist/cjs/handlebars/compiler/base';
import type { Program } from './ast';
import { checkNesting } from './check-nesting';
import { sourceLine, type TemplateError } from './template-error';

export type ParseTemplateResult = { ok: true; program: Program } | { ok: false; error: TemplateError };

/**
 * The form re-renders its template on every keystroke and the library lints every user template it
 * lists: parse each source once. The AST is never mutated by the evaluator or the linter, so a
 * cached tree can be shared.
 */
const parsed = new Map<string, ParseTemplateResult>();
const cacheSize = 64;

interface JisonLocation {
  first_line: number;
  first_column: number;
}

/**
 * Handlebars' parser is eval-free (only the compiler generates code), so we reuse it — the parser module
 * alone, not the package's compiler and runtime — and keep the interpreter honest about syntax. Its jison errors drop the location hash, so the position of
 * the offending token is read back from the shared lexer, which the failed parse leaves in place.
 */
export function parseTemplate(source: string): ParseTemplateResult {
  const cached = parsed.get(source);
  if (cached) {
    // Re-insert so the map's order is least recently used first.
    parsed.delete(source);
    parsed.set(source, cached);
    return cached;
  }
  const result = parseUncached(source);
  parsed.set(source, result);
  if (parsed.size > cacheSize) parsed.delete(parsed.keys().next().value as string);
  return result;
}

function parseUncached(source: string): ParseTemplateResult {
  const tooDeep = checkNesting(source);
  if (tooDeep) return { ok: false, error: tooDeep };
  try {
    return { ok: true, program: parse(source) as Program };
  } catch (thrown) {
    return { ok: false, error: toTemplateError(thrown, source) };
  }
}

function toTemplateError(thrown: unknown, source: string): TemplateError {
  const err = thrown as { message?: string; lineNumber?: number; column?: number };
  const raw = String(err.message ?? thrown);
  let line = 1;
  let column = 1;
  let message = raw;
  if (typeof err.lineNumber === 'number') {
    // A Handlebars.Exception (e.g. mismatched close): 1-based line, 0-based column, " - l:c" suffix.
    line = err.lineNumber;
    column = (typeof err.column === 'number' ? err.column : 0) + 1;
    message = raw.replace(/ - \d+:\d+$/, '');
  } else if (/^(Parse|Lexical) error on line (\d+)/.test(raw)) {
    line = Number(/line (\d+)/.exec(raw)?.[1] ?? 1);
    const loc = lexerLocation();
    if (loc && loc.first_line === line) column = loc.first_column + 1;
    message = describeJisonError(raw);
  }
  return { message, line, column, excerpt: sourceLine(source, line) };
}

function lexerLocation(): JisonLocation | undefined {
  return parser.lexer?.yylloc;
}

/** Jison lists every token it could have accepted; the last line of its message is the useful part. */
function describeJisonError(raw: string): string {
  if (raw.startsWith('Lexical error')) return 'Unrecognised text inside {{ }}';
  const last = raw.split('\n').pop() ?? raw;
  if (/got 'EOF'$/.test(last)) return 'Unexpected end of template: a block is not closed';
  const got = /got '([^']+)'$/.exec(last)?.[1];
  return got ? `Parse error: unexpected ${got}` : `Parse error: ${last}`;
}
