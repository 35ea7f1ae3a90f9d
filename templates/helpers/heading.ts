import { cnNum } from './cn-num';

/**
 * The GB/T 9704 heading number for a 0-based position (so `{{heading 1 @index}}` works in each):
 * level 1 `一、`, 2 `（一）`, 3 `1.`, 4 `（1）`.
 */
export function heading(level: unknown, index: unknown): string {
  const n = Number(index) + 1;
  if (!Number.isInteger(n) || n < 1) throw new Error(`heading index must be a 0-based integer, got ${String(index)}`);
  switch (Number(level)) {
    case 1:
      return `${cnNum(n)}、`;
    case 2:
      return `（${cnNum(n)}）`;
    case 3:
      return `${n}.`;
    case 4:
      return `（${n}）`;
    default:
      throw new Error(`heading level must be 1–4, got ${String(level)}`);
  }
}
