import type { TemplateDefinition } from '../template-definition';
import { briefing } from './briefing';
import { leaderSpeech } from './leader-speech';
import { letter } from './letter';
import { meetingMinutes } from './meeting-minutes';
import { notice } from './notice';
import { noticeForward } from './notice-forward';
import { noticeIssue } from './notice-issue';
import { opinion } from './opinion';
import { replyLetter } from './reply-letter';
import { report } from './report';
import { request } from './request';
import { researchReport } from './research-report';
import { typicalExperience } from './typical-experience';
import { workSummary } from './work-summary';

/** The built-in templates, in the order the picker shows them: everyday texts first, then formal 公文. */
export const builtinTemplates: TemplateDefinition[] = [
  workSummary,
  briefing,
  researchReport,
  leaderSpeech,
  meetingMinutes,
  notice,
  noticeIssue,
  noticeForward,
  request,
  report,
  opinion,
  letter,
  replyLetter,
  typicalExperience,
];

export function findBuiltinTemplate(id: string): TemplateDefinition | undefined {
  return builtinTemplates.find((template) => template.id === id);
}

export { builtinFollowUps, followUpValues, type FollowUp } from './follow-ups';
export { localizeBuiltinTemplate, type TemplateUiLanguage } from './localize-builtin-template';
