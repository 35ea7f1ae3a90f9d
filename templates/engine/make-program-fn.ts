import type { Program } from './ast';
import { nullContext, type Frame } from './frame';
import type { ProgramFn } from './helper-fn';

const noop: ProgramFn = () => '';

/**
 * Build `options.fn` / `options.inverse` for a block. As in Handlebars, `../` only counts levels
 * where the context really changed: `{{#if}}` renders with the same context and adds no depth.
 */
export function makeProgramFn(program: Program | undefined, frame: Frame): ProgramFn {
  if (!program) return noop;
  const fn: ProgramFn = (context, options = {}) => {
    let depths = frame.depths;
    // Loose inequality on purpose: it is what Handlebars compares with.
    if (context != depths[0] && !(context === nullContext && depths[0] === null)) {
      depths = [context, ...depths];
    }
    return frame.runtime.renderProgram(program, {
      runtime: frame.runtime,
      context,
      depths,
      data: options.data ?? frame.data,
      blockParams: {
        names: program.blockParams ?? [],
        values: options.blockParams ?? [],
        parent: frame.blockParams,
      },
    });
  };
  fn.blockParams = program.blockParams?.length ?? 0;
  return fn;
}
