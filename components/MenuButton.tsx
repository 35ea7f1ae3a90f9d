import { useEffect, useId, useRef, useState } from 'react';

export interface MenuItem {
  label: string;
  onSelect: () => void;
  disabled?: boolean;
}

/**
 * The WAI-ARIA menu button: Enter, Space or ↓ opens the menu on its first item (↑ on its last); ↑ ↓
 * Home End move; Enter or a click chooses; Escape closes; focus returns to the button either way.
 */
export function MenuButton({ label, items }: { label: string; items: MenuItem[] }) {
  const id = useId();
  const [open, setOpen] = useState(false);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const itemRefs = useRef<(HTMLButtonElement | null)[]>([]);
  const focusItem = (index: number) => itemRefs.current[(index + items.length) % items.length]?.focus();
  // The items exist only after the render that opens the menu.
  const pendingFocus = useRef<number | null>(null);
  useEffect(() => {
    if (open && pendingFocus.current !== null) focusItem(pendingFocus.current);
    pendingFocus.current = null;
  });
  const show = (index: number) => {
    pendingFocus.current = index;
    setOpen(true);
  };
  const close = () => {
    setOpen(false);
    buttonRef.current?.focus();
  };
  const onMenuKey = (event: React.KeyboardEvent, index: number) => {
    const moves: Record<string, number> = { ArrowDown: index + 1, ArrowUp: index - 1, Home: 0, End: items.length - 1 };
    if (event.key in moves) focusItem(moves[event.key]);
    else if (event.key === 'Escape') close();
    else if (event.key === 'Tab') setOpen(false);
    else return;
    if (event.key !== 'Tab') event.preventDefault();
  };
  return (
    <span
      className="menu-button"
      onBlur={(event) => {
        if (open && !event.currentTarget.contains(event.relatedTarget)) setOpen(false);
      }}
    >
      <button
        ref={buttonRef}
        type="button"
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={`${id}-menu`}
        onClick={() => (open ? setOpen(false) : show(0))}
        onKeyDown={(event) => {
          if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
            event.preventDefault();
            show(event.key === 'ArrowDown' ? 0 : items.length - 1);
          }
        }}
      >
        {label}
        <span aria-hidden="true"> ▾</span>
      </button>
      {open && (
        <div role="menu" id={`${id}-menu`} aria-label={label} className="menu">
          {items.map((item, index) => (
            <button
              key={item.label}
              ref={(element) => {
                itemRefs.current[index] = element;
              }}
              type="button"
              role="menuitem"
              tabIndex={-1}
              aria-disabled={item.disabled || undefined}
              onKeyDown={(event) => onMenuKey(event, index)}
              onClick={() => {
                if (item.disabled) return;
                // First, while the click still counts as the user's gesture (a file chooser needs one).
                item.onSelect();
                close();
              }}
            >
              {item.label}
            </button>
          ))}
        </div>
      )}
    </span>
  );
}
