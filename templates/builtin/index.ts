import type { TemplateDefinition } from '../template-definition';
import { briefing } from './briefing';
import { leaderSpeech } from './leader-speech';
import { meetingMinutes } from './meeting-minutes';
import { notice } from './notice';
import { request } from './request';
import { researchReport } from './research-report';
import { typicalExperience } from './typical-experience';
import { workSummary } from './work-summary';

/** The eight built-in templates, in the order the picker shows them. */
export const builtinTemplates: TemplateDefinition[] = [
  workSummary,
  briefing,
  researchReport,
  leaderSpeech,
  meetingMinutes,
  notice,
  request,
  typicalExperience,
];

export function findBuiltinTemplate(id: string): TemplateDefinition | undefined {
  return builtinTemplates.find((template) => template.id === id);
}
