import { useId } from 'react';
import { useTranslation } from '../../i18n/use-translation';
import type { OutputScript } from '../../templates/output';

interface Props {
  value: OutputScript;
  onChange: (script: OutputScript) => void;
}

/** 输出文字: the preview, the draft and the inserted text all follow this choice. */
export function ScriptSelect({ value, onChange }: Props) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <div className="field inline">
      <label htmlFor={id}>{t('outputScript')}</label>
      <select id={id} value={value} onChange={(event) => onChange(event.target.value as OutputScript)}>
        <option value="cn">{t('scriptCn')}</option>
        <option value="tw">{t('scriptTw')}</option>
        <option value="twp">{t('scriptTwp')}</option>
      </select>
    </div>
  );
}
