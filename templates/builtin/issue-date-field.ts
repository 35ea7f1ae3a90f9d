import type { ScalarField } from '../template-definition';

/** 成文日期 under the signature of a formal document (通知, 请示, 报告): required, written out by cnDate. */
export const issueDateField: ScalarField = {
  name: 'date',
  label: '成文日期',
  type: 'date',
  required: true,
  help: '落款日期。',
  example: '2026-11-26',
};
