import { useEffect, useRef } from 'react';
import { useTranslation } from '../i18n/use-translation';

/** When neither the page nor the clipboard took the text: it is shown selected, to copy with Ctrl+C. */
export function ManualCopyBox({ text }: { text: string }) {
  const { t } = useTranslation();
  const ref = useRef<HTMLTextAreaElement>(null);
  useEffect(() => {
    ref.current?.focus();
    ref.current?.select();
  }, [text]);
  return (
    <textarea ref={ref} className="manual-copy" readOnly rows={6} aria-label={t('manualCopyLabel')} value={text} />
  );
}
