import type { TemplateDefinition } from '../template-definition';
import {
  attachmentsBlock,
  attachmentsField,
  contactFields,
  publicityField,
  signatureBlock,
  unitField,
} from './formal-parts';
import { issueDateField } from './issue-date-field';

/**
 * 商洽函 between offices that do not report to each other: ××关于××的函 → 主送机关 → 缘由 → one matter
 * and 特此函告。 (or 请予支持。…), or several matters after `现将有关事项函告如下：` with no closing, as 通知 do.
 */
export const letter: TemplateDefinition = {
  id: 'letter',
  kind: '函',
  name: '函（商洽函）',
  description: '不相隶属机关之间商洽工作、询问和答复问题、请求批准：缘由、商洽事项，以“特此函告。”等结束。',
  fields: [
    unitField('发文机关', '某某市人民政府办公室'),
    {
      name: 'subject',
      label: '函的事由',
      type: 'text',
      required: true,
      help: '标题“××关于××的函”中“关于”和“的函”之间的部分。',
      example: '商请支持开展营商环境联合调研',
    },
    {
      name: 'addressee',
      label: '主送机关',
      type: 'text',
      required: true,
      help: '收函机关，不含冒号。',
      example: '某某市人民政府办公室',
    },
    {
      name: 'reason',
      label: '发函缘由',
      type: 'multiline',
      required: true,
      help: '为什么发函，写成完整的句子。',
      example: '为学习借鉴先进地区经验，我办拟于2026年12月组织营商环境专题调研组赴贵市考察学习。',
    },
    {
      name: 'matters',
      label: '商洽事项',
      type: 'group',
      required: true,
      help: '只有一项时接在缘由之后写成一段；有几项时写“现将有关事项函告如下：”并编为一、二、三。',
      fields: [
        {
          name: 'matter',
          label: '事项',
          type: 'multiline',
          required: true,
          help: '商洽、询问或请求的具体内容，以句号结尾。',
          example: '恳请贵办协调安排相关部门座谈交流，并提供有关制度文件。',
        },
      ],
      example: [
        { matter: '恳请贵办协调安排相关部门座谈交流，并提供有关制度文件。' },
        { matter: '调研组一行6人，拟于12月8日至9日到达，食宿自理。' },
      ],
    },
    {
      name: 'closing',
      label: '结束语',
      type: 'choice',
      required: true,
      options: ['特此函告。', '请予支持。', '请研究函复。', '盼复。'],
      help: '只有一项事项时写在最后；分项函告时不写。',
      example: '特此函告。',
    },
    attachmentsField(['营商环境专题调研提纲']),
    issueDateField,
    publicityField,
    ...contactFields(false),
  ],
  body: `{{unit}}关于{{subject}}的函

{{addressee}}：
{{#if (eq matters.length 1)}}
{{sentence reason}}{{#each matters}}{{sentence matter}}{{/each}}
{{closing}}
{{else}}
{{sentence reason}}现将有关事项函告如下：
{{#each matters}}
{{heading 1 @index}}{{sentence matter}}
{{/each}}
{{/if}}
${attachmentsBlock}${signatureBlock}`,
};
