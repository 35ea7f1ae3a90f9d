import { describe, expect, it } from 'vitest';
import { countAfterEdit, countCharacters } from '../../../../components/drafts/count-characters';

/** Applies an edit as a textarea does and checks the incremental count against a full count. */
function edit(text: string, selection: [number, number], inserted: string) {
  const next = text.slice(0, selection[0]) + inserted + text.slice(selection[1]);
  const caret = selection[0] + inserted.length;
  const counted = countAfterEdit({ text, count: countCharacters(text) }, next, selection, caret);
  return { counted, full: countCharacters(next) };
}

describe('countAfterEdit', () => {
  const text = '一、基本情况\n  今年完成 95%。𠀀全年目标';
  it.each([
    ['typing at the end', [text.length, text.length], '字'],
    ['typing in the middle', [3, 3], '新'],
    ['a space', [5, 5], ' '],
    ['pasting over a selection', [2, 9], '替换的文字\n第二行'],
    ['deleting a selection', [4, 12], ''],
    ['typing at the start', [0, 0], '甲'],
  ] as const)('%s', (_, selection, inserted) => {
    const { counted, full } = edit(text, [...selection], inserted);
    expect(counted).toBe(full);
  });

  it('backspace and delete (the caret moves back, or stays)', () => {
    const backspace = text.slice(0, 4) + text.slice(5);
    expect(countAfterEdit({ text, count: countCharacters(text) }, backspace, [5, 5], 4)).toBe(
      countCharacters(backspace),
    );
    expect(countAfterEdit({ text, count: countCharacters(text) }, backspace, [4, 4], 4)).toBe(
      countCharacters(backspace),
    );
  });

  it('recounts everything when the edit is not where the caret says (e.g. text set by a script)', () => {
    const next = '完全不同的正文';
    expect(countAfterEdit({ text, count: countCharacters(text) }, next, [3, 3], 4)).toBe(7);
  });
});
