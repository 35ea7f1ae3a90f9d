import { useEffect, useRef } from 'react';
import { useTranslation } from '../i18n/use-translation';

interface Props {
  message: string;
  confirmLabel: string;
  onConfirm: () => void;
  onCancel: () => void;
}

/** A modal question; the native <dialog> traps focus and closes on Escape, which counts as cancel. */
export function ConfirmDialog({ message, confirmLabel, onConfirm, onCancel }: Props) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
  }, []);
  return (
    <dialog ref={ref} aria-label={message} onCancel={onCancel} className="confirm">
      <p>{message}</p>
      <div className="actions">
        <button type="button" className="danger" onClick={onConfirm}>
          {confirmLabel}
        </button>
        <button type="button" autoFocus onClick={onCancel}>
          {t('cancel')}
        </button>
      </div>
    </dialog>
  );
}
