import type { ProofreadRule } from './finding';
import { approximateComma } from './rules/approximate-comma';
import { approximateRedundant } from './rules/approximate-redundant';
import { asciiPeriod } from './rules/ascii-period';
import { chineseZero } from './rules/chinese-zero';
import { cjkLatinSpace } from './rules/cjk-latin-space';
import { dateFormat } from './rules/date-format';
import { documentNumber } from './rules/document-number';
import { enumerationComma } from './rules/enumeration-comma';
import { fullwidthDigits } from './rules/fullwidth-digits';
import { halfwidthPunctuation } from './rules/halfwidth-punctuation';
import { headingNumber } from './rules/heading-number';
import { interpunct } from './rules/interpunct';
import { leadingPunctuation } from './rules/leading-punctuation';
import { mixedScript } from './rules/mixed-script';
import { numberRange } from './rules/number-range';
import { radicalLookalike } from './rules/radical-lookalike';
import { rangeConnector } from './rules/range-connector';
import { repeatedWord } from './rules/repeated-word';
import { reportRequest } from './rules/report-request';
import { requestAddressees } from './rules/request-addressees';
import { requestClosing } from './rules/request-closing';
import { requestMultiple } from './rules/request-multiple';
import { squareMetre } from './rules/square-metre';
import { straightQuotes } from './rules/straight-quotes';
import { titleEndPunctuation } from './rules/title-end-punctuation';
import { unpairedMark } from './rules/unpaired-mark';

/**
 * Every rule, most specific first: when two fixes overlap the earlier rule's wins (a document number
 * `(2026)` is one document-number fix, not two bracket fixes; `一.` a heading fix, not a full stop).
 * The order is also the order of the switches in 设置.
 */
export const ruleRegistry: readonly ProofreadRule[] = [
  radicalLookalike,
  headingNumber,
  documentNumber,
  dateFormat,
  fullwidthDigits,
  chineseZero,
  numberRange,
  rangeConnector,
  approximateComma,
  enumerationComma,
  straightQuotes,
  asciiPeriod,
  halfwidthPunctuation,
  cjkLatinSpace,
  interpunct,
  squareMetre,
  titleEndPunctuation,
  leadingPunctuation,
  unpairedMark,
  repeatedWord,
  approximateRedundant,
  reportRequest,
  requestAddressees,
  requestClosing,
  requestMultiple,
  mixedScript,
];
