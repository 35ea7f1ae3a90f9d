import type { Program } from './ast';
import type { DataFrame, HelperFn } from './helper-fn';

/** Per-evaluation state shared by every frame. */
export interface Runtime {
  helpers: ReadonlyMap<string, HelperFn>;
  partials: Readonly<Record<string, string>>;
  escape: (text: string) => string;
  /** Partials are parsed on first use and reused for the rest of the evaluation. */
  parsedPartials: Map<string, Program>;
  /** Steps left before the render is refused as too complex (see templateLimits). */
  stepsLeft: number;
  /** Injected by evaluateTemplate so the modules below it need not import it back. */
  renderProgram: (program: Program, frame: Frame) => string;
}

/** Block params visible at a point: one link per program entered, innermost first. */
export interface BlockParamScope {
  names: readonly string[];
  values: readonly unknown[];
  parent?: BlockParamScope;
}

/** Where a program is being rendered: its context, the contexts above it, its data, its params. */
export interface Frame {
  runtime: Runtime;
  context: unknown;
  /** depths[0] is the current context, depths[n] what `n` levels of `../` reach. */
  depths: unknown[];
  data: DataFrame;
  blockParams?: BlockParamScope;
}

/** Stands in for a null context when it becomes a helper's `this`, as in Handlebars. */
export const nullContext: object = Object.seal({});

/** A child data frame whose `_parent` is what `@../index` reaches. */
export function createDataFrame(parent: DataFrame): DataFrame {
  return { ...parent, _parent: parent };
}
