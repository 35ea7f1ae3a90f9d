import { useId } from 'react';
import { useTranslation } from '../i18n/use-translation';
import type { InsertFormat, InsertMode } from '../messaging/protocol';

interface Props {
  mode: InsertMode;
  format: InsertFormat;
  onMode: (mode: InsertMode) => void;
  onFormat: (format: InsertFormat) => void;
}

const modes: [InsertMode, 'modeReplaceSelection' | 'modeCaret' | 'modeReplaceAll'][] = [
  ['replaceSelection', 'modeReplaceSelection'],
  ['caret', 'modeCaret'],
  ['replaceAll', 'modeReplaceAll'],
];
const formats: [InsertFormat, 'formatAuto' | 'formatText' | 'formatHtml'][] = [
  ['auto', 'formatAuto'],
  ['text', 'formatText'],
  ['html', 'formatHtml'],
];

/** The small override next to 插入到网页: where the text goes, and plain text vs rich text. */
export function InsertOptions({ mode, format, onMode, onFormat }: Props) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <span className="insert-options">
      <label htmlFor={`${id}-mode`}>{t('insertMode')}</label>
      <select id={`${id}-mode`} value={mode} onChange={(event) => onMode(event.target.value as InsertMode)}>
        {modes.map(([value, key]) => (
          <option key={value} value={value}>
            {t(key)}
          </option>
        ))}
      </select>
      <label htmlFor={`${id}-format`}>{t('insertFormat')}</label>
      <select id={`${id}-format`} value={format} onChange={(event) => onFormat(event.target.value as InsertFormat)}>
        {formats.map(([value, key]) => (
          <option key={value} value={value}>
            {t(key)}
          </option>
        ))}
      </select>
    </span>
  );
}
