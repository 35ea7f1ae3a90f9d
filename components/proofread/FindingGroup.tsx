import { useId } from 'react';
import { useTranslation } from '../../i18n/use-translation';
import type { Finding } from '../../proofread';
import { FindingItem } from './FindingItem';

interface Props {
  /** 错误 or 建议. */
  label: string;
  findings: readonly Finding[];
  text: string;
  onFix: (finding: Finding) => void;
  onIgnore: (finding: Finding) => void;
  busy: boolean;
}

/** The findings of one severity under their own heading, so errors and suggestions never blur. */
export function FindingGroup({ label, findings, text, ...actions }: Props) {
  const { t } = useTranslation();
  const id = useId();
  if (findings.length === 0) return null;
  return (
    <>
      <h3 id={id} className="proofread-group">
        {t('proofreadGroupHeading', label, findings.length)}
      </h3>
      <ul aria-labelledby={id}>
        {findings.map((finding) => (
          <FindingItem
            key={`${finding.ruleId}:${finding.start}:${finding.end}`}
            finding={finding}
            text={text}
            {...actions}
          />
        ))}
      </ul>
    </>
  );
}
