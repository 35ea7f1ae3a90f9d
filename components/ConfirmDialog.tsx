import { useEffect, useRef, type ReactNode } from 'react';
import { useTranslation } from '../i18n/use-translation';

interface Props {
  message: string;
  confirmLabel: string;
  onConfirm: () => void;
  onCancel: () => void;
  /** More to show under the question (e.g. what would be replaced). */
  children?: ReactNode;
  /** Further choices between the confirm button and 取消. */
  extraActions?: ReactNode;
}

/**
 * A modal question; the native <dialog> traps focus and closes on Escape, which counts as cancel.
 * Focus starts on 取消 (showModal() would otherwise pick the first button, the irreversible one, so
 * Enter would confirm), and goes back to whatever opened the dialog when it closes.
 */
export function ConfirmDialog({ message, confirmLabel, onConfirm, onCancel, children, extraActions }: Props) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDialogElement>(null);
  const cancelRef = useRef<HTMLButtonElement>(null);
  // Read on the first render, before the dialog takes focus.
  const opener = useRef(document.activeElement instanceof HTMLElement ? document.activeElement : null);
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
    cancelRef.current?.focus();
    const returnTo = opener.current;
    return () => {
      if (returnTo?.isConnected) returnTo.focus();
    };
  }, []);
  return (
    <dialog
      ref={ref}
      aria-label={message}
      onCancel={(event) => {
        event.preventDefault();
        onCancel();
      }}
      className="confirm"
    >
      <p>{message}</p>
      {children}
      <div className="actions">
        <button type="button" className="danger" onClick={onConfirm}>
          {confirmLabel}
        </button>
        {extraActions}
        <button type="button" ref={cancelRef} onClick={onCancel}>
          {t('cancel')}
        </button>
      </div>
    </dialog>
  );
}
