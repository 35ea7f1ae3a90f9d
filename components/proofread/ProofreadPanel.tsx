import { useMemo, useRef, useState } from 'react';
import { useTranslation } from '../../i18n/use-translation';
import { applyFixes, fixAll, proofread, type Finding, type Severity } from '../../proofread';
import { useDisabledProofreadRules } from '../../storage/use-disabled-proofread-rules';
import { FindingGroup } from './FindingGroup';
import { findingKey } from './finding-key';
import './proofread.css';

interface Props {
  /** The editor's current body; findings follow it as the user types. */
  text: string;
  title: string;
  /** Saves the corrected body as one 'proofread' revision; false when the save did not happen. */
  onApply: (body: string) => Promise<boolean>;
  onClose: () => void;
}

/** What the last fix did, and the text it produced: said only while the text is still that text. */
interface FixNotice {
  body: string;
  message: string;
}

/**
 * 校对: rule-based, synchronous, no model — the findings are recomputed on every change of the text,
 * errors and suggestions apart. 忽略 hides one finding while the panel is open; rules are switched off
 * in 设置.
 */
export function ProofreadPanel({ text, title, onApply, onClose }: Props) {
  const { t } = useTranslation();
  const disabledRules = useDisabledProofreadRules();
  const [ignored, setIgnored] = useState<ReadonlySet<string>>(new Set());
  const isIgnored = (finding: Finding, body: string) => ignored.has(findingKey(finding, body));
  const all = useMemo(() => proofread(text, { title }, { disabledRules }), [text, title, disabledRules]);
  const findings = all.filter((finding) => !isIgnored(finding, text));
  const ofSeverity = (severity: Severity) => findings.filter((finding) => finding.severity === severity);
  const errors = ofSeverity('error');
  const suggestions = ofSeverity('suggestion');
  const fixableErrors = errors.filter((finding) => finding.replacement !== undefined).length;
  const [notice, setNotice] = useState<FixNotice | null>(null);
  const [busy, setBusy] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);

  const apply = async (body: string, count: number) => {
    setBusy(true);
    try {
      if (await onApply(body)) setNotice({ body, message: t('proofreadFixed', count) });
    } finally {
      setBusy(false);
      // The pressed button is gone with its finding; keep keyboard focus inside the view.
      heading.current?.focus();
    }
  };
  const fixOne = (finding: Finding) => void apply(applyFixes(text, [finding]), 1);
  const fixEverything = () => {
    const result = fixAll(text, { title }, { disabledRules, isIgnored });
    void apply(result.text, result.fixed);
  };
  const ignore = (finding: Finding) => {
    setIgnored(new Set(ignored).add(findingKey(finding, text)));
    heading.current?.focus();
  };
  const hiddenCount = all.length - findings.length;

  return (
    <section className="proofread" aria-label={t('proofread')}>
      <h2 ref={heading} tabIndex={-1}>
        {t('proofread')}
      </h2>
      <p role="status" className="note">
        {findings.length ? t('proofreadCount', errors.length, suggestions.length) : t('proofreadNone')}
        {hiddenCount > 0 && ` ${t('proofreadIgnored', hiddenCount)}`}
        {notice?.body === text && ` ${notice.message}`}
      </p>
      <div className="actions">
        <button
          type="button"
          className="primary"
          title={t('proofreadFixAllHint')}
          disabled={busy || fixableErrors === 0}
          onClick={fixEverything}
        >
          {t('proofreadFixAll')}
        </button>
        {ignored.size > 0 && (
          <button type="button" className="link" onClick={() => setIgnored(new Set())}>
            {t('proofreadRestoreIgnored')}
          </button>
        )}
        <button type="button" className="link" onClick={onClose}>
          {t('proofreadClose')}
        </button>
      </div>
      <FindingGroup
        label={t('proofreadErrors')}
        findings={errors}
        text={text}
        onFix={fixOne}
        onIgnore={ignore}
        busy={busy}
      />
      <FindingGroup
        label={t('proofreadSuggestions')}
        findings={suggestions}
        text={text}
        onFix={fixOne}
        onIgnore={ignore}
        busy={busy}
      />
    </section>
  );
}
