import type { ProofreadRule } from '../finding';
import { hitsOf } from '../hits-of';

const pattern = /([[(（【［〔])\s*(\d{4}|\d{2})\s*([\])）】］〕])\s*(第?)(0*)([1-9]\d*)号/g;

/** A two-digit year is only expanded when the century is not in doubt for a current document. */
function fullYear(year: string): string | undefined {
  if (year.length === 4) return year;
  return Number(year) < 50 ? `20${year}` : undefined;
}

/** 发文字号: 〔2026〕12号 — hexagonal brackets, full year, no 第, no zero padding. */
export const documentNumber: ProofreadRule = {
  id: 'document-number',
  severity: 'error',
  messageKeys: ['proofDocumentNumber'],
  check(text) {
    return hitsOf(text, pattern, (match) => {
      const [whole, , year, , , , serial] = match;
      const year4 = fullYear(year);
      const correct = year4 && `〔${year4}〕${serial}号`;
      if (whole === correct) return null;
      return { start: match.index, end: match.index + whole.length, replacement: correct || undefined };
    });
  },
};
