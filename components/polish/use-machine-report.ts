import { useEffect, useState } from 'react';
import { browserMachine, checkMachine, type MachineEnv, type MachineReport } from '../../polish/check-machine';

/**
 * The machine check, once per 润色 view: both the engine choice and the GPU model list read it, and asking
 * for a GPU adapter is slow (and on some drivers wakes the GPU). Injected so tests can count the requests.
 */
export function useMachineReport(machine: () => MachineEnv = browserMachine): MachineReport | null {
  const [report, setReport] = useState<MachineReport | null>(null);
  useEffect(() => {
    let live = true;
    void checkMachine(machine()).then((next) => live && setReport(next));
    return () => {
      live = false;
    };
  }, [machine]);
  return report;
}
