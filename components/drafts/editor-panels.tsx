import { onDemand } from '../on-demand';

/** The editor's panels, each loaded on first use (校对 brings its rules, 历史版本 jsdiff). */
export const ProofreadPanel = onDemand(() => import('../proofread/ProofreadPanel').then((m) => m.ProofreadPanel));
export const HistoryPanel = onDemand(() => import('./HistoryPanel').then((m) => m.HistoryPanel));
