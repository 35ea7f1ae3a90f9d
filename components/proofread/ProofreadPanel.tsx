import { useMemo, useRef, useState } from 'react';
import { useTranslation } from '../../i18n/use-translation';
import { applyFixes, fixAll, proofread, type Finding } from '../../proofread';
import { FindingItem } from './FindingItem';
import './proofread.css';

interface Props {
  /** The editor's current body; findings follow it as the user types. */
  text: string;
  title: string;
  /** Saves the corrected body as one 'proofread' revision; false when the save did not happen. */
  onApply: (body: string) => Promise<boolean>;
  onClose: () => void;
}

/** 校对: rule-based, synchronous, no model — the findings are recomputed on every change of the text. */
export function ProofreadPanel({ text, title, onApply, onClose }: Props) {
  const { t } = useTranslation();
  const findings = useMemo(() => proofread(text, { title }), [text, title]);
  const fixable = findings.filter((finding) => finding.replacement !== undefined).length;
  const [notice, setNotice] = useState('');
  const [busy, setBusy] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);

  const apply = async (body: string, count: number) => {
    setBusy(true);
    try {
      if (await onApply(body)) setNotice(t('proofreadFixed', count));
    } finally {
      setBusy(false);
      // The pressed button is gone with its finding; keep keyboard focus inside the view.
      heading.current?.focus();
    }
  };
  const fixOne = (finding: Finding) => void apply(applyFixes(text, [finding]), 1);
  const fixEverything = () => {
    const result = fixAll(text, { title });
    void apply(result.text, result.fixed);
  };

  return (
    <section className="proofread" aria-label={t('proofread')}>
      <h2 ref={heading} tabIndex={-1}>
        {t('proofread')}
      </h2>
      <p role="status" className="note">
        {findings.length ? t('proofreadCount', findings.length, fixable) : t('proofreadNone')} {notice}
      </p>
      <div className="actions">
        <button type="button" className="primary" disabled={busy || fixable === 0} onClick={fixEverything}>
          {t('proofreadFixAll')}
        </button>
        <button type="button" className="link" onClick={onClose}>
          {t('proofreadClose')}
        </button>
      </div>
      {findings.length > 0 && (
        <ul aria-label={t('proofreadResults')}>
          {findings.map((finding) => (
            <FindingItem
              key={`${finding.ruleId}:${finding.start}:${finding.end}`}
              finding={finding}
              text={text}
              onFix={fixOne}
              busy={busy}
            />
          ))}
        </ul>
      )}
    </section>
  );
}
