import { useId } from 'react';
import { useTranslation } from '../../i18n/use-translation';
import { presetIds, presets, type PresetId } from '../../polish/presets';

interface Props {
  preset: PresetId;
  instruction: string;
  running: boolean;
  disabled: boolean;
  /** Why 开始润色 cannot be used here, in one plain sentence (shown under the button). */
  reason?: string;
  onChange: (change: { preset?: PresetId; instruction?: string }) => void;
  onStart: () => void;
  onStop: () => void;
}

/** 润色方式, the user's own wishes, and 开始润色 / 停止. */
export function PolishControls({ preset, instruction, running, disabled, reason, onChange, onStart, onStop }: Props) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <div className="polish-controls">
      <label htmlFor={`${id}-preset`}>{t('polishPreset')}</label>
      <select
        id={`${id}-preset`}
        value={preset}
        disabled={running}
        onChange={(event) => onChange({ preset: event.target.value as PresetId })}
      >
        {presetIds.map((presetId) => (
          <option key={presetId} value={presetId}>
            {t(presets[presetId].label)}
          </option>
        ))}
      </select>
      <label htmlFor={`${id}-instruction`}>{t('polishInstruction')}</label>
      <textarea
        id={`${id}-instruction`}
        rows={2}
        value={instruction}
        disabled={running}
        placeholder={t('polishInstructionHint')}
        onChange={(event) => onChange({ instruction: event.target.value })}
      />
      <div className="actions">
        {running ? (
          <button type="button" onClick={onStop}>
            {t('stopPolish')}
          </button>
        ) : (
          <button
            type="button"
            className="primary"
            disabled={disabled || Boolean(reason)}
            aria-describedby={reason ? `${id}-reason` : undefined}
            onClick={onStart}
          >
            {t('startPolish')}
          </button>
        )}
      </div>
      {reason && !running && (
        <p id={`${id}-reason`} className="note">
          {reason}
        </p>
      )}
    </div>
  );
}
