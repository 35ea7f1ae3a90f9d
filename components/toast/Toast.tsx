import { useEffect, useRef } from 'react';
import { createDismissTimer } from './dismiss-timer';
import type { ToastRequest } from './toast-context';

const visibleMs = 6000;

interface Props {
  toast: ToastRequest;
  /** `hadFocus`: the toast held focus, so the caller must put it somewhere. */
  onClose: (hadFocus: boolean) => void;
}

/** A short message with one action; it leaves by itself, but not while focused or under the pointer. */
export function Toast({ toast, onClose }: Props) {
  const ref = useRef<HTMLDivElement>(null);
  const actionRef = useRef<HTMLButtonElement>(null);
  const timer = useRef<ReturnType<typeof createDismissTimer>>(null);
  useEffect(() => {
    timer.current = createDismissTimer(() => onClose(false), visibleMs);
    if (toast.focusAction) actionRef.current?.focus();
    return () => timer.current?.stop();
  }, [toast, onClose]);
  return (
    <div
      ref={ref}
      role="status"
      className="toast"
      onFocus={() => timer.current?.pause('focus')}
      onBlur={(event) => {
        if (!ref.current?.contains(event.relatedTarget)) timer.current?.resume('focus');
      }}
      onPointerEnter={() => timer.current?.pause('pointer')}
      onPointerLeave={() => timer.current?.resume('pointer')}
    >
      <span>{toast.message}</span>
      {toast.action && (
        <button
          type="button"
          ref={actionRef}
          className="link"
          onClick={async () => {
            await toast.action!.run();
            onClose(true);
          }}
        >
          {toast.action.label}
        </button>
      )}
    </div>
  );
}
