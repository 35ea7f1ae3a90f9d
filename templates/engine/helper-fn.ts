import type { SourceLocation } from './ast';

/** The `@` variables: @root, @index, @key, @first, @last, and the enclosing frame as `_parent`. */
export type DataFrame = Record<string, unknown> & { _parent?: DataFrame };

/**
 * `options.fn` / `options.inverse`: render the block's program against a context. `blockParams` is how
 * many block params the block declares (`as |a b|` → 2), as Handlebars sets it; absent on a missing inverse.
 */
export type ProgramFn = ((context?: unknown, options?: { data?: DataFrame; blockParams?: unknown[] }) => string) & {
  blockParams?: number;
};

/** The last argument every helper receives, shaped like Handlebars' so helpers port unchanged. */
export interface HelperOptions {
  name: string;
  hash: Record<string, unknown>;
  data: DataFrame;
  loc?: SourceLocation;
  /** Only set for block helpers, as in Handlebars (helpers may test `if (options.fn)`). */
  fn?: ProgramFn;
  inverse?: ProgramFn;
  lookupProperty(parent: unknown, name: string): unknown;
}

/**
 * A helper: positional arguments, then HelperOptions; `this` is the current context.
 * Arguments are `any` because templates pass whatever the data holds.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type HelperFn = (this: unknown, ...args: any[]) => unknown;
