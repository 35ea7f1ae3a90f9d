import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { countAfterEdit, countCharacters, type CountedText } from './count-characters';
import { createLiveCount } from './live-count';

interface BodyFieldOptions {
  id: string;
  /** The body as the editor shows it; text set from elsewhere (a restored version, 校对) is written in. */
  body: string;
  /** A keystroke: the text changed, not read yet (no render). */
  onTouch: () => void;
  /** The typed text, read when typing pauses, the field loses focus or `read` is called (to save it). */
  onType: (body: string) => void;
  /** The same text, to show it: a render. */
  onShow: (body: string) => void;
  pauseMs?: number;
}

/**
 * The body textarea, made and fed outside React: a keystroke costs its text's save queue and the
 * character count, not a render of the editor (React's render and commit were 2.7 of the 3.7 ms of script per key in a
 * profile of a 20,000-character draft). The rest of the editor sees the text when typing pauses, and
 * on blur — before any of its buttons is clicked or reached by Tab.
 */
export function useBodyField({ id, body, onTouch, onType, onShow, pauseMs = 300 }: BodyFieldOptions) {
  const field = useRef<HTMLTextAreaElement>(null);
  const typed = useRef(body);
  /** The last typed text handed to `onShow`: when it comes back as `body`, the field already holds it. */
  const shown = useRef(body);
  const selection = useRef<[number, number]>([0, 0]);
  const [count] = useState(() => createLiveCount(countCharacters(body)));
  const counted = useRef<CountedText>({ text: body, count: count.get() });
  const pause = useRef<ReturnType<typeof setTimeout>>(undefined);
  const handlers = useRef({ onTouch, onType, onShow });
  handlers.current = { onTouch, onType, onShow };
  /** The field, also once removed: the autosave's last write (on unmount) reads what it held. */
  const made = useRef<HTMLTextAreaElement | null>(null);
  const unread = useRef(false);

  /**
   * Reads the text typed since the last read, counts it and hands it to `onType`. Once per pause, not per
   * key: each read of a 1 MB textarea's value is a new 2 MB string (most of the GC of typing in it).
   */
  const read = useRef(() => {
    const area = made.current;
    if (!unread.current || !area) return;
    unread.current = false;
    const next = area.value;
    // The selection kept from the last read is only a hint: countAfterEdit checks the text around the
    // edit it implies and counts in full when the caret moved in between.
    const [start, end] = [area.selectionStart, area.selectionEnd];
    counted.current = { text: next, count: countAfterEdit(counted.current, next, selection.current, end) };
    count.set(counted.current.count);
    selection.current = [start, end];
    typed.current = next;
    handlers.current.onType(next);
  });
  const show = useRef(() => {
    clearTimeout(pause.current);
    read.current();
    if (shown.current === typed.current) return;
    shown.current = typed.current;
    // Rendered at once, so no keystroke lands between this text and its render.
    flushSync(() => handlers.current.onShow(typed.current));
  });
  const input = useRef(() => {
    unread.current = true;
    handlers.current.onTouch();
    clearTimeout(pause.current);
    pause.current = setTimeout(show.current, pauseMs);
  });
  useEffect(() => () => clearTimeout(pause.current), []);

  useLayoutEffect(() => {
    if (body === typed.current || body === shown.current) return;
    const area = field.current;
    if (area && area.value !== body) area.value = body;
    unread.current = false;
    typed.current = shown.current = body;
    counted.current = { text: body, count: countCharacters(body) };
    count.set(counted.current.count);
  }, [body, count]);

  // The field is made here, not rendered: React tracks the value of a textarea it renders and, on every
  // input event, read it again (a second copy of the text) and the selection three times (its onSelect
  // emulation) — 6.5 ms of script and most of 28 ms of GC a key in a profile of a 1 MB draft. Its events
  // still bubble to the editor (Ctrl+S) through the host element.
  const host = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    const area = document.createElement('textarea');
    Object.assign(area, { id, className: 'body', rows: 18, value: typed.current });
    made.current = area;
    const onInput = () => input.current();
    const onBlur = () => show.current();
    area.addEventListener('input', onInput);
    area.addEventListener('blur', onBlur);
    host.current!.append(area);
    field.current = area;
    return () => {
      area.removeEventListener('input', onInput);
      area.removeEventListener('blur', onBlur);
      area.remove();
      field.current = null;
    };
  }, [id]);
  return { element: <div ref={host} />, count, field, read: read.current };
}
