import { memo, useId } from 'react';
import { useTranslation } from '../i18n/use-translation';
import type { InsertPart } from '../editing/insert-part';
import type { InsertFormat, InsertMode } from '../messaging/protocol';

interface Props {
  part: InsertPart;
  onPart: (part: InsertPart) => void;
  mode: InsertMode;
  format: InsertFormat;
  onMode: (mode: InsertMode) => void;
  onFormat: (format: InsertFormat) => void;
}

export const partNames: Record<InsertPart, 'partTitle' | 'partBody' | 'partAll'> = {
  title: 'partTitle',
  body: 'partBody',
  all: 'partAll',
};
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

/**
 * The small overrides next to 插入到网页: which part of the text, where it goes, plain text vs rich text.
 * Memoized: its props are the insert button's own state and setters, so typing in the body (which
 * re-renders the button) leaves its three selects alone — React rewrites a select's options on every update.
 */
export const InsertOptions = memo(function InsertOptions({ part, onPart, mode, format, onMode, onFormat }: Props) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <span className="insert-options">
      <label htmlFor={`${id}-part`}>{t('insertPart')}</label>
      <select id={`${id}-part`} value={part} onChange={(event) => onPart(event.target.value as InsertPart)}>
        {Object.entries(partNames).map(([value, key]) => (
          <option key={value} value={value}>
            {t(key)}
          </option>
        ))}
      </select>
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
});
