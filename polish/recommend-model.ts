import type { MachineReport } from './check-machine';
import { modelCatalogue, type CatalogueModel, type Quantization } from './model-catalogue';

/** Builds with f16 weights need shader-f16; every other adapter runs the q4f32 builds. */
export const quantizationFor = (report: MachineReport): Quantization => (report.f16 ? 'q4f16_1' : 'q4f32_1');

/** Without a memory figure, assume an ordinary office PC (8 GB shared with an integrated GPU). */
const assumedBudgetMB = 4096;

/**
 * The best model whose GPU memory need fits the machine; the smallest when none does, and on a
 * software (fallback) adapter, where every token is computed on the CPU and size is all that matters.
 */
export function recommendModel(report: MachineReport): CatalogueModel {
  const smallest = modelCatalogue[modelCatalogue.length - 1];
  if (report.software) return smallest;
  const budget = report.gpuBudgetMB ?? assumedBudgetMB;
  const quantization = quantizationFor(report);
  return (
    modelCatalogue.find((model) => model.builds[quantization].vramMB <= budget) ?? smallest
  );
}
