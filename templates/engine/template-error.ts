import type { TemplateLimitCode } from './template-limits';

/** A problem in a template's source, positioned so an editor can point at it. */
export interface TemplateError {
  message: string;
  /** 1-based. */
  line: number;
  /** 1-based. */
  column: number;
  /** The whole source line the problem is on. */
  excerpt: string;
  /** Set when a limit of templateLimits refused the template (the message is then for developers). */
  limit?: TemplateLimitCode;
}

export function sourceLine(source: string, line: number): string {
  return source.split(/\r\n|\r|\n/)[line - 1] ?? '';
}
