import type { ProofreadRule } from './finding';
import { approximateComma } from './rules/approximate-comma';
import { approximateRedundant } from './rules/approximate-redundant';
import { chineseZero } from './rules/chinese-zero';
import { cjkLatinSpace } from './rules/cjk-latin-space';
import { dateFormat } from './rules/date-format';
import { documentNumber } from './rules/document-number';
import { enumerationComma } from './rules/enumeration-comma';
import { fullwidthDigits } from './rules/fullwidth-digits';
import { halfwidthPunctuation } from './rules/halfwidth-punctuation';
import { headingNumber } from './rules/heading-number';
import { mixedScript } from './rules/mixed-script';
import { numberRange } from './rules/number-range';
import { reportRequest } from './rules/report-request';
import { requestMultiple } from './rules/request-multiple';
import { straightQuotes } from './rules/straight-quotes';
import { titleEndPunctuation } from './rules/title-end-punctuation';

/**
 * Every rule, most specific first: when two fixes overlap the earlier rule's wins (a document number
 * `(2026)` is one document-number fix, not two bracket fixes).
 */
export const ruleRegistry: readonly ProofreadRule[] = [
  headingNumber,
  documentNumber,
  dateFormat,
  fullwidthDigits,
  chineseZero,
  numberRange,
  approximateComma,
  enumerationComma,
  straightQuotes,
  halfwidthPunctuation,
  cjkLatinSpace,
  titleEndPunctuation,
  approximateRedundant,
  reportRequest,
  requestMultiple,
  mixedScript,
];
