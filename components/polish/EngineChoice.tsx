import { useId } from 'react';
import { useTranslation } from '../../i18n/use-translation';
import type { EngineChoice as Choice, EngineKind } from '../../polish/choose-engine';

interface Props {
  choice: Choice;
  /** The engine in use; null when neither can run here. */
  engine: EngineKind | null;
  gpuRuns: boolean;
  cpuRuns: boolean;
  disabled: boolean;
  onChange: (choice: Choice) => void;
}

/** 润色引擎: 自动 / 显卡（WebGPU） / 处理器（CPU）, each with why it can or cannot run here. */
export function EngineChoice({ choice, engine, gpuRuns, cpuRuns, disabled, onChange }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const cannot = ` · ${t('engineCannotRun')}`;
  return (
    <div className="engine-choice">
      <label htmlFor={`${id}-engine`}>{t('polishEngine')}</label>
      <select
        id={`${id}-engine`}
        value={choice}
        disabled={disabled}
        onChange={(event) => onChange(event.target.value as Choice)}
      >
        <option value="auto">{t('engineAuto')}</option>
        <option value="webgpu">
          {t('engineGpu')}
          {gpuRuns ? '' : cannot}
        </option>
        <option value="cpu">
          {t('engineCpu')}
          {cpuRuns ? '' : cannot}
        </option>
      </select>
      <small>
        {engine === 'cpu'
          ? t(gpuRuns ? 'engineCpuChosen' : 'engineCpuBecauseNoGpu')
          : engine === 'webgpu'
            ? t('engineGpuChosen')
            : t('engineNone')}
      </small>
    </div>
  );
}
