/**
 * Tokens per second to expect before a model has run here. The basis is the one measurement the project
 * has (README): a model shaped like Qwen2.5-0.5B (Q4_0) decodes at about 4 tokens/s on one thread and 8
 * on two. Time per token grows with the parameter count; more threads help up to about four.
 */
export function estimateTokensPerSecond(billions: number, threads: number): number {
  const oneThreadAtHalfBillion = 4;
  const perThread = (oneThreadAtHalfBillion * 0.5) / billions;
  return Math.max(0.5, Math.round(perThread * Math.min(threads, 4) * 10) / 10);
}
