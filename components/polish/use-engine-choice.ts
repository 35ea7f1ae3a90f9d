import { useMemo } from 'react';
import { browserWasm, cpuEngineRuns } from '../../polish/check-cpu';
import type { MachineReport } from '../../polish/check-machine';
import { chooseEngine } from '../../polish/choose-engine';
import { engineChoiceItem } from '../../polish/cpu-engine-items';
import { usesTestEngine } from '../../polish/create-engine';
import { useStoredState } from '../../storage/use-stored-state';

/**
 * Which engine polishes here: the user's choice (自动 by default) against what this machine can run. A
 * test build's fake engine stands in for a working GPU engine.
 */
export function useEngineChoice(report: MachineReport | null) {
  // Stored like every chrome.storage item: a choice made before the read came back is not undone by it.
  const [stored, setChoice] = useStoredState(engineChoiceItem);
  const choice = stored ?? 'auto';
  const cpuRuns = useMemo(() => cpuEngineRuns(browserWasm()), []);
  const fake = usesTestEngine();
  const gpuUsable = fake || (report !== null && report.webgpu === 'ok');
  const engine = fake ? 'webgpu' : report ? chooseEngine(report, cpuRuns, choice) : null;
  return { choice, setChoice, engine, cpuRuns, gpuUsable };
}
