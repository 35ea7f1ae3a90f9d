/**
 * Bounds on what one template may cost, so a hostile or careless template (from a pack, or typed in
 * the editor) cannot freeze the panel: nine nested `{{#each @root}}` over ten fields would otherwise
 * iterate 10⁹ times, and thousands of nested blocks make the parser and the evaluator recurse for
 * seconds. Real 公文 templates stay far below: with their example rows the built-ins take under 100
 * steps, nest a few blocks deep and produce a few thousand characters. A step costs about 4 µs, so a
 * refused render still returns within a frame or a few.
 */
export const templateLimits = {
  /** Blocks (`{{#…}}`, `{{^…}}`, `{{{{raw}}}}`) open at once. */
  maxNesting: 32,
  /** Statements and programs evaluated in one render. */
  maxSteps: 20_000,
  /** Characters one render may produce. */
  maxOutput: 1_000_000,
} as const;

/** Why a template was refused: the UI words it in the user's language. */
export type TemplateLimitCode = 'too-deep' | 'too-complex';
