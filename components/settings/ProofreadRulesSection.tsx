import { useId } from 'react';
import { useTranslation } from '../../i18n/use-translation';
import { ruleRegistry } from '../../proofread';
import { useProofreadRuleSwitches } from '../../storage/use-proofread-rule-switches';
import './proofread-rules.css';

/** 校对规则: one switch per rule, named by what it checks, with its severity (错误 / 建议). */
export function ProofreadRulesSection() {
  const { t } = useTranslation();
  const id = useId();
  const { disabled, setEnabled } = useProofreadRuleSwitches();
  return (
    <section aria-labelledby={`${id}-heading`} className="proofread-rules">
      <h2 id={`${id}-heading`}>{t('proofreadRules')}</h2>
      <p className="note">{t('proofreadRulesHint')}</p>
      <ul aria-busy={disabled === undefined}>
        {ruleRegistry.map((rule) => (
          <li key={rule.id}>
            <label>
              <input
                type="checkbox"
                checked={!disabled?.includes(rule.id)}
                disabled={disabled === undefined}
                onChange={(event) => void setEnabled(rule.id, event.target.checked)}
              />
              {t(rule.messageKeys[0])}
              <span className="note">
                {' '}
                {t(rule.severity === 'error' ? 'proofreadSeverityError' : 'proofreadSeveritySuggestion')}
              </span>
            </label>
          </li>
        ))}
      </ul>
    </section>
  );
}
