import type { SourceLocation } from './ast';
import type { TemplateLimitCode } from './template-limits';

/**
 * Thrown while evaluating a parsed template: an unknown helper, a missing partial, a helper that
 * failed. Carries the 1-based position of the mustache that caused it, when known.
 */
export class TemplateRuntimeError extends Error {
  readonly helper?: string;
  readonly partial?: string;
  readonly line?: number;
  readonly column?: number;
  readonly limit?: TemplateLimitCode;

  constructor(
    message: string,
    details: {
      helper?: string;
      partial?: string;
      loc?: SourceLocation;
      cause?: unknown;
      limit?: TemplateLimitCode;
    } = {},
  ) {
    super(message, details.cause === undefined ? undefined : { cause: details.cause });
    this.name = 'TemplateRuntimeError';
    this.helper = details.helper;
    this.partial = details.partial;
    this.limit = details.limit;
    if (details.loc) {
      this.line = details.loc.start.line;
      this.column = details.loc.start.column + 1;
    }
  }
}
