import { useTranslation } from '../../i18n/use-translation';
import type { Problem } from '../../polish/assess-model';

/** What stands in the way on this machine, each with what to do about it. */
export function CapabilityNotes({ problems }: { problems: Problem[] }) {
  const { t } = useTranslation();
  if (!problems.length) return null;
  return (
    <ul className="capability" aria-label={t('capabilityTitle')}>
      {problems.map((problem) => (
        <li
          key={problem.code}
          className={problem.blocking ? 'blocking' : 'warning'}
          role={problem.blocking ? 'alert' : undefined}
        >
          <strong>{t(problem.message)}</strong> {t(problem.suggestion)}
        </li>
      ))}
    </ul>
  );
}
