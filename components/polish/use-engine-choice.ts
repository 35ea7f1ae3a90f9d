import { useEffect, useMemo, useState } from 'react';
import { browserWasm, cpuEngineRuns } from '../../polish/check-cpu';
import type { MachineReport } from '../../polish/check-machine';
import { chooseEngine, type EngineChoice } from '../../polish/choose-engine';
import { engineChoiceItem } from '../../polish/cpu-engine-items';
import { usesTestEngine } from '../../polish/create-engine';

/**
 * Which engine polishes here: the user's choice (自动 by default) against what this machine can run. A
 * test build's fake engine stands in for a working GPU engine.
 */
export function useEngineChoice(report: MachineReport | null) {
  const [choice, setChoiceState] = useState<EngineChoice>('auto');
  const cpuRuns = useMemo(() => cpuEngineRuns(browserWasm()), []);
  const fake = usesTestEngine();
  useEffect(() => {
    let live = true; // a read settling after the view closed must not reach React
    void engineChoiceItem.getValue().then((stored) => live && setChoiceState(stored));
    return () => {
      live = false;
    };
  }, []);
  const setChoice = async (next: EngineChoice) => {
    setChoiceState(next);
    await engineChoiceItem.setValue(next);
  };
  const gpuUsable = fake || (report !== null && report.webgpu === 'ok');
  const engine = fake ? 'webgpu' : report ? chooseEngine(report, cpuRuns, choice) : null;
  return { choice, setChoice, engine, cpuRuns, gpuUsable };
}
