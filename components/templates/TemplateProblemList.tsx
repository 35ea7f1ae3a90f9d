import { useTranslation } from '../../i18n/use-translation';
import type { MessageKey } from '../../i18n/locale';
import { templateLimits, type TemplateLimitCode } from '../../templates/engine';
import type { TemplateProblems } from '../../templates/schema';
import { problemMessages } from './problem-messages';

interface Props {
  problems: TemplateProblems;
  bodyEmpty: boolean;
}

/**
 * 检查结果 under the editor. A syntax error shows where (line, column) and the offending line with a
 * caret, so a director can find it without knowing Handlebars' grammar.
 */
export function TemplateProblemList({ problems, bodyEmpty }: Props) {
  const { t } = useTranslation();
  const { errors, warnings } = problemMessages(t, problems, bodyEmpty);
  const { error } = problems;
  const nothing = !error && errors.length === 0 && warnings.length === 0;
  return (
    <section className="problems" aria-labelledby="problems-heading">
      <h2 id="problems-heading">{t('problemsHeading')}</h2>
      {nothing && <p className="note">{t('noProblems')}</p>}
      {error && (
        <div role="alert" className="error">
          <p>
            {t(
              'syntaxErrorAt',
              error.line,
              error.column,
              error.limit ? t(limitMessage[error.limit], templateLimits.maxNesting) : firstLine(error.message),
            )}
          </p>
          {error.excerpt && (
            <pre className="excerpt" aria-label={t('syntaxErrorAt', error.line, error.column, '')}>
              {`${error.excerpt}\n${' '.repeat(Math.max(0, error.column - 1))}^`}
            </pre>
          )}
        </div>
      )}
      {errors.length > 0 && (
        <ul className="error">
          {errors.map((message) => (
            <li key={message}>{message}</li>
          ))}
        </ul>
      )}
      {warnings.length > 0 && (
        <ul className="warning">
          {warnings.map((message) => (
            <li key={message}>{message}</li>
          ))}
        </ul>
      )}
    </section>
  );
}

const limitMessage: Record<TemplateLimitCode, MessageKey> = {
  'too-deep': 'templateTooDeep',
  'too-complex': 'templateTooComplex',
};

/** Handlebars' parse messages repeat the source with a caret over several lines; we show our own. */
function firstLine(message: string): string {
  const lines = message.split('\n').filter((line) => line.trim() !== '');
  const expecting = lines.find((line) => line.startsWith('Expecting') || line.startsWith('Expected'));
  return expecting ?? lines[0] ?? message;
}
