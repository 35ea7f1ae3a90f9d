import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { countAfterEdit, countCharacters, type CountedText } from './count-characters';
import { createLiveCount } from './live-count';

interface BodyFieldOptions {
  id: string;
  /** The body as the editor shows it; text set from elsewhere (a restored version, 校对) is written in. */
  body: string;
  /** Every keystroke's text, to be saved (no render). */
  onType: (body: string) => void;
  /** The typed text once typing pauses or the field loses focus: a render, for what shows the body. */
  onShow: (body: string) => void;
  pauseMs?: number;
}

/**
 * The body textarea, uncontrolled: a keystroke costs its text's save queue and the character count,
 * not a render of the editor (React's render and commit were 2.7 of the 3.7 ms of script per key in a
 * profile of a 20,000-character draft). The rest of the editor sees the text when typing pauses, and
 * on blur — before any of its buttons is clicked or reached by Tab.
 */
export function useBodyField({ id, body, onType, onShow, pauseMs = 300 }: BodyFieldOptions) {
  const field = useRef<HTMLTextAreaElement>(null);
  const typed = useRef(body);
  /** The last typed text handed to `onShow`: when it comes back as `body`, the field already holds it. */
  const shown = useRef(body);
  const selection = useRef<[number, number]>([0, 0]);
  const [count] = useState(() => createLiveCount(countCharacters(body)));
  const counted = useRef<CountedText>({ text: body, count: count.get() });
  const pause = useRef<ReturnType<typeof setTimeout>>(undefined);
  const handlers = useRef({ onType, onShow });
  handlers.current = { onType, onShow };

  const show = useRef(() => {
    clearTimeout(pause.current);
    if (shown.current === typed.current) return;
    shown.current = typed.current;
    // Rendered at once, so no keystroke lands between this text and its render.
    flushSync(() => handlers.current.onShow(typed.current));
  });
  const input = useRef((area: HTMLTextAreaElement) => {
    const next = area.value;
    counted.current = {
      text: next,
      count: countAfterEdit(counted.current, next, selection.current, area.selectionEnd),
    };
    count.set(counted.current.count);
    selection.current = [area.selectionStart, area.selectionEnd];
    typed.current = next;
    handlers.current.onType(next);
    clearTimeout(pause.current);
    pause.current = setTimeout(show.current, pauseMs);
  });
  useEffect(() => () => clearTimeout(pause.current), []);

  useLayoutEffect(() => {
    if (body === typed.current || body === shown.current) return;
    const area = field.current;
    if (area && area.value !== body) area.value = body;
    typed.current = shown.current = body;
    counted.current = { text: body, count: countCharacters(body) };
    count.set(counted.current.count);
  }, [body, count]);

  // One element for the editor's life: re-rendered with `defaultValue`, React wrote the whole text into
  // the DOM each time (10.7 of 50 s of CPU in a 12-key profile of a 1 MB draft).
  const element = useMemo(
    () => (
      <textarea
        id={id}
        className="body"
        rows={18}
        ref={field}
        defaultValue={typed.current}
        onSelect={(event) => {
          selection.current = [event.currentTarget.selectionStart, event.currentTarget.selectionEnd];
        }}
        onChange={(event) => input.current(event.currentTarget)}
        onBlur={() => show.current()}
      />
    ),
    [id],
  );
  return { element, count, field };
}
