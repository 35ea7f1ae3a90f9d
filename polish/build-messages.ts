import type { ChatMessage } from './engine';
import type { Preset } from './presets';

/**
 * The rules every preset shares. 实事求是: a polish changes wording, never content, so invented
 * facts, figures, names and dates are forbidden, and placeholders stay for the writer to fill.
 */
export const sharedRules = [
  '你是党政机关办公室的资深文字秘书。',
  '严格遵守：',
  '1. 实事求是：不得增加原文没有的事实、数字、人名、单位名称、日期和引语，不得改动原文中的数字和日期。',
  '2. 形如【待填：……】的占位符必须原样保留，位置不变，不得填写、删除或改写。',
  '3. 使用规范的简体中文和全角标点。',
  '4. 只输出修改后的文字本身，不要解释，不要加标题、引号或“修改后：”之类的前缀。',
].join('\n');

/** System prompt = role + rules + task + the user's own wishes; the paragraph is the user turn. */
export function buildMessages(preset: Preset, paragraph: string, instruction = ''): ChatMessage[] {
  const wishes = instruction.trim()
    ? `\n另外，请按以下要求处理（与上述规则冲突时以规则为准）：${instruction.trim()}`
    : '';
  return [
    { role: 'system', content: `${sharedRules}\n\n任务：${preset.task}${wishes}` },
    { role: 'user', content: paragraph },
  ];
}
