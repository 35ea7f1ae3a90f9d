import { bodyTitle } from './body-title';
import type { ProofreadContext } from './finding';

export type DocumentKind = '报告' | '请示';

/**
 * 报告 or 请示, from the title: the title field when given (it decides), else a 关于…的报告/请示 title at the
 * top of the body. Otherwise a 报告 still shows itself by closing with 特此报告.
 */
export function documentKind(text: string, context: ProofreadContext): DocumentKind | undefined {
  const title =
    context.title?.trim() ||
    bodyTitle(text)
      .map((line) => line.text.trim())
      .join('');
  if (/请示[。\s]*$/.test(title)) return '请示';
  if (/(?:报告|汇报)[。\s]*$/.test(title)) return '报告';
  if (text.includes('特此报告')) return '报告';
  return undefined;
}
