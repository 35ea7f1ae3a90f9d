export { applyFixes } from './apply-fixes';
export type { Finding, ProofreadContext, ProofreadRule, Severity } from './finding';
export { fixAll } from './fix-all';
export { placesAfterEdit, placesAfterFixes, samePlace, type FindingPlace } from './finding-place';
export { proofread, type ProofreadOptions } from './proofread';
export { ruleRegistry } from './rule-registry';
