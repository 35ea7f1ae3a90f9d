import type { TextField } from './editable-target';

export interface FittedText {
  text: string;
  /** The field's maxlength when it cut the text, so the user is warned instead of losing text silently. */
  maxLength?: number;
}

/**
 * Shapes plain text for a field: an <input> holds one line (the browser would silently drop the line
 * breaks and glue the lines together, so they become spaces), and maxlength is honoured the way the
 * browser honours it when typing — counted in UTF-16 code units, the selection being replaced freed.
 */
export function fitTextField(field: TextField, text: string, start: number, end: number): FittedText {
  const shaped = field.tagName === 'INPUT' ? text.replace(/\s*\r?\n\s*/g, ' ').trim() : text.replace(/\r\n/g, '\n');
  const limit = field.maxLength;
  if (limit < 0) return { text: shaped };
  const room = Math.max(0, limit - (field.value.length - (end - start)));
  if (shaped.length <= room) return { text: shaped };
  let cut = shaped.slice(0, room);
  // Never leave half of a surrogate pair (rare CJK extension characters) at the end.
  if (/[\ud800-\udbff]$/.test(cut)) cut = cut.slice(0, -1);
  return { text: cut, maxLength: limit };
}
