import type { HelperFn, HelperOptions } from '../engine/helper-fn';
import { cnDate } from './cn-date';
import { cnDateUpper } from './cn-date-upper';
import { cnNum } from './cn-num';
import { docNumber } from './doc-number';
import { eq } from './eq';
import { forwardedTitle } from './forwarded-title';
import { heading } from './heading';
import { joinList } from './join-list';
import { percent } from './percent';
import { sentence } from './sentence';
import { toText } from '../engine/to-text';

export { cnDate, cnDateUpper, cnNum, docNumber, eq, forwardedTitle, heading, joinList, percent, sentence };

/**
 * Adapt a plain function to the helper calling convention (arguments, then options) and reject a
 * wrong argument count: `{{cnDate}}` would otherwise format the options object.
 */
function positional(name: string, counts: number[], fn: (...args: unknown[]) => unknown): HelperFn {
  return (...args: unknown[]) => {
    const params = args.slice(0, -1);
    if (!counts.includes(params.length)) {
      throw new Error(
        `${name} takes ${counts.join(' or ')} argument${counts.join() === '1' ? '' : 's'}, got ${params.length}`,
      );
    }
    return fn(...params);
  };
}

function optionalString(value: unknown): string | undefined {
  return value === undefined || value === null ? undefined : toText(value);
}

/** The helpers every template (built-in or user-written) may use, by the names templates call. */
export const defaultHelpers: Readonly<Record<string, HelperFn>> = {
  cnDate: positional('cnDate', [1], cnDate),
  cnDateUpper: positional('cnDateUpper', [1], cnDateUpper),
  cnNum: positional('cnNum', [1], cnNum),
  heading: positional('heading', [2], heading),
  docNumber: positional('docNumber', [1, 3], docNumber),
  percent: positional('percent', [1], percent),
  eq: positional('eq', [2], eq),
  forwardedTitle: positional('forwardedTitle', [1], forwardedTitle),
  joinList: (...args: unknown[]) => {
    const options = args[args.length - 1] as HelperOptions;
    if (args.length !== 2) throw new Error(`joinList takes 1 argument, got ${args.length - 1}`);
    return joinList(args[0], { key: optionalString(options.hash.key), end: optionalString(options.hash.end) });
  },
  sentence: (...args: unknown[]) => {
    const options = args[args.length - 1] as HelperOptions;
    if (args.length !== 2) throw new Error(`sentence takes 1 argument, got ${args.length - 1}`);
    return sentence(args[0], { end: optionalString(options.hash.end) });
  },
};
