import { useRef } from 'react';

interface Props<V extends string> {
  views: Record<V, string>;
  selected: V;
  onSelect: (view: V) => void;
  label: string;
}

const moves: Record<string, (index: number, count: number) => number> = {
  ArrowRight: (index, count) => (index + 1) % count,
  ArrowLeft: (index, count) => (index - 1 + count) % count,
  Home: () => 0,
  End: (_, count) => count - 1,
};

/**
 * The WAI-ARIA tabs pattern: one tab in the Tab order, arrow keys (wrapping), Home and End move
 * between tabs and select the one reached (automatic activation: every view opens at once).
 */
export function ViewTabs<V extends string>({ views, selected, onSelect, label }: Props<V>) {
  const ids = Object.keys(views) as V[];
  const refs = useRef(new Map<V, HTMLButtonElement>());
  const onKeyDown = (event: React.KeyboardEvent) => {
    const move = moves[event.key];
    if (!move) return;
    event.preventDefault();
    const next = ids[move(ids.indexOf(selected), ids.length)];
    onSelect(next);
    refs.current.get(next)?.focus();
  };
  return (
    <div role="tablist" aria-label={label}>
      {ids.map((id) => (
        <button
          key={id}
          id={`tab-${id}`}
          ref={(element) => {
            if (element) refs.current.set(id, element);
          }}
          role="tab"
          type="button"
          aria-selected={selected === id}
          aria-controls={`view-${id}`}
          tabIndex={selected === id ? 0 : -1}
          onClick={() => onSelect(id)}
          onKeyDown={onKeyDown}
        >
          {views[id]}
        </button>
      ))}
    </div>
  );
}
