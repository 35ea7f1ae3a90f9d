import { useMemo, useRef, useState } from 'react';
import { useTranslation } from '../../i18n/use-translation';
import {
  applyFixes,
  fixAll,
  placesAfterEdit,
  placesAfterFixes,
  proofread,
  samePlace,
  type Finding,
  type FindingPlace,
  type Severity,
} from '../../proofread';
import { useProofreadRuleSwitches } from '../../storage/use-proofread-rule-switches';
import { FindingGroup } from './FindingGroup';
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

/** The findings the user ignored, as places in the text they were last seen in. */
interface Ignored {
  text: string;
  places: FindingPlace[];
}

/**
 * 校对: rule-based, synchronous, no model — the findings are recomputed on every change of the text,
 * errors and suggestions apart. 忽略 hides one finding while the panel is open, wherever edits move it;
 * rules are switched off in 设置.
 */
export function ProofreadPanel({ text, title, onApply, onClose }: Props) {
  const { t } = useTranslation();
  const disabledRules = useProofreadRuleSwitches().disabled;
  const [ignored, setIgnored] = useState<Ignored>({ text, places: [] });
  // Ignored findings follow every change of the text (typing, a restored version) by position.
  const ignoredPlaces = ignored.text === text ? ignored.places : placesAfterEdit(ignored.places, ignored.text, text);
  if (ignored.text !== text) setIgnored({ text, places: ignoredPlaces });
  // Nothing is checked until the switches are read: no finding of a rule the user switched off, not even briefly.
  const all = useMemo(
    () => (disabledRules ? proofread(text, { title }, { disabledRules }) : []),
    [text, title, disabledRules],
  );
  const findings = all.filter((finding) => !ignoredPlaces.some((place) => samePlace(place, finding)));
  const ofSeverity = (severity: Severity) => findings.filter((finding) => finding.severity === severity);
  const errors = ofSeverity('error');
  const suggestions = ofSeverity('suggestion');
  const fixableErrors = errors.filter((finding) => finding.replacement !== undefined).length;
  const [notice, setNotice] = useState<FixNotice | null>(null);
  const [busy, setBusy] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);

  const apply = async (body: string, count: number, places: FindingPlace[]) => {
    setBusy(true);
    try {
      if (await onApply(body)) {
        setIgnored({ text: body, places });
        setNotice({ body, message: t('proofreadFixed', count) });
      }
    } finally {
      setBusy(false);
      // The pressed button is gone with its finding; keep keyboard focus inside the view.
      heading.current?.focus();
    }
  };
  const fixOne = (finding: Finding) =>
    void apply(applyFixes(text, [finding]), 1, placesAfterFixes(ignoredPlaces, [finding]));
  const fixEverything = () => {
    if (!disabledRules) return;
    const result = fixAll(text, { title }, { disabledRules, ignored: ignoredPlaces });
    void apply(result.text, result.fixed, result.ignored);
  };
  const ignore = (finding: Finding) => {
    const { ruleId, start, end } = finding;
    setIgnored({ text, places: [...ignoredPlaces, { ruleId, start, end }] });
    heading.current?.focus();
  };
  const hiddenCount = all.length - findings.length;

  return (
    <section className="proofread" aria-label={t('proofread')} aria-busy={disabledRules === undefined}>
      <h2 ref={heading} tabIndex={-1}>
        {t('proofread')}
      </h2>
      <p role="status" className="note">
        {disabledRules === undefined
          ? ''
          : findings.length
            ? t('proofreadCount', errors.length, suggestions.length)
            : t('proofreadNone')}
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
        {hiddenCount > 0 && (
          <button type="button" className="link" onClick={() => setIgnored({ text, places: [] })}>
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
