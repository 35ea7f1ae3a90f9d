export { applyFixes } from './apply-fixes';
export type { Finding, ProofreadContext, ProofreadRule } from './finding';
export { fixAll } from './fix-all';
export { proofread } from './proofread';
export { ruleRegistry } from './rule-registry';
