import { createDataFrame } from './frame';
import type { HelperFn, HelperOptions } from './helper-fn';
import { TemplateRuntimeError } from './template-runtime-error';

/**
 * Handlebars' built-in helpers, reimplemented with the same observable behaviour (Handlebars'
 * runtime helpers cannot be borrowed: they are registered on an instance built for compiled code).
 */

function isEmpty(value: unknown): boolean {
  return (!value && value !== 0) || (Array.isArray(value) && value.length === 0);
}

/** Split `(...params, options)`; Handlebars helpers check the exact argument count. */
function split(args: unknown[], helper: string, arity: number): [unknown[], HelperOptions] {
  if (args.length !== arity + 1) {
    throw new TemplateRuntimeError(
      `#${helper} requires exactly ${arity === 1 ? 'one argument' : `${arity} arguments`}`,
      { helper },
    );
  }
  return [args.slice(0, -1), args[args.length - 1] as HelperOptions];
}

function render(
  fn: HelperOptions['fn'],
  context?: unknown,
  options?: Parameters<NonNullable<HelperOptions['fn']>>[1],
): string {
  return fn ? fn(context, options) : '';
}

const ifHelper: HelperFn = function (this: unknown, ...args: unknown[]) {
  const [[raw], options] = split(args, 'if', 1);
  const conditional = typeof raw === 'function' ? (raw as HelperFn).call(this) : raw;
  if ((!options.hash.includeZero && !conditional) || isEmpty(conditional)) return render(options.inverse, this);
  return render(options.fn, this);
};

const unlessHelper: HelperFn = function (this: unknown, ...args: unknown[]) {
  const [[conditional], options] = split(args, 'unless', 1);
  return ifHelper.call(this, conditional, { ...options, fn: options.inverse, inverse: options.fn });
};

const withHelper: HelperFn = function (this: unknown, ...args: unknown[]) {
  const [[raw], options] = split(args, 'with', 1);
  const context = typeof raw === 'function' ? (raw as HelperFn).call(this) : raw;
  if (isEmpty(context)) return render(options.inverse, this);
  return render(options.fn, context, { data: options.data, blockParams: [context] });
};

const eachHelper: HelperFn = function (this: unknown, ...args: unknown[]) {
  if (args.length < 2) throw new TemplateRuntimeError('Must pass iterator to #each', { helper: 'each' });
  const options = args[args.length - 1] as HelperOptions;
  let context = args[0];
  if (typeof context === 'function') context = (context as HelperFn).call(this);
  const data = createDataFrame(options.data);
  let out = '';
  // Handlebars counts positions, not items rendered: a sparse array's holes are skipped silently.
  let positions = 0;
  const iterate = (container: Record<string | number, unknown>, key: string | number, index: number, last: boolean) => {
    Object.assign(data, { key, index, first: index === 0, last });
    out += render(options.fn, container[key], { data, blockParams: [container[key], key] });
  };
  if (context && typeof context === 'object') {
    if (Array.isArray(context)) {
      positions = context.length;
      for (let i = 0; i < context.length; i++)
        if (i in context) iterate(context as never, i, i, i === context.length - 1);
    } else if (Symbol.iterator in context) {
      const items = [...(context as Iterable<unknown>)];
      positions = items.length;
      items.forEach((_, i) => iterate(items as never, i, i, i === items.length - 1));
    } else {
      const keys = Object.keys(context);
      positions = keys.length;
      keys.forEach((key, i) => iterate(context as never, key, i, i === keys.length - 1));
    }
  }
  return positions === 0 ? render(options.inverse, this) : out;
};

const lookupHelper: HelperFn = function (obj: unknown, field: unknown, options: HelperOptions) {
  if (!obj) return obj;
  return options.lookupProperty(obj, String(field));
};

export const builtinHelpers: Readonly<Record<string, HelperFn>> = {
  if: ifHelper,
  unless: unlessHelper,
  with: withHelper,
  each: eachHelper,
  lookup: lookupHelper,
};

/** What a block does when its name is a value, not a helper: a Mustache section. */
export function blockHelperMissing(this: unknown, context: unknown, options: HelperOptions): string {
  if (context === true) return render(options.fn, this);
  if (context === false || context === null || context === undefined) return render(options.inverse, this);
  if (Array.isArray(context)) {
    return context.length > 0 ? String(eachHelper.call(this, context, options)) : render(options.inverse, this);
  }
  return render(options.fn, context);
}
