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
 * 请示: 关于××的请示 → one 主送机关 → 缘由 → 请示事项 (one request; several points are numbered 一、二、 as in
 * 国家教委's 请示 of 1996) → a closing the writer chooses (妥否，请批示。 / 专此请示，请批复。 /
 * 以上请示如无不妥，请批转××执行。) → 附件 → 署名、成文日期 → 联系人 as 附注 (GB/T 9704 requires it for 请示).
 */
export const request: TemplateDefinition = {
  id: 'request',
  kind: '请示',
  name: '请示',
  description: '向上级请求指示、批准：请示缘由、请示事项，一文一事，以“妥否，请批示。”等结束。',
  fields: [
    {
      name: 'subject',
      label: '标题事由',
      type: 'text',
      required: true,
      help: '标题“关于××的请示”中的××，不含“关于”。一份请示只请示一件事。',
      example: '拨付2026年度防汛抗旱专项经费',
    },
    {
      name: 'addressee',
      label: '主送机关',
      type: 'text',
      required: true,
      help: '只写一个上级机关，不含冒号，不得同时主送领导个人。',
      example: '市人民政府',
    },
    {
      name: 'reason',
      label: '请示缘由',
      type: 'multiline',
      required: true,
      help: '说明请示的理由和依据，用事实和数据说话，每段一行。',
      example:
        '今年入汛以来，我市降雨量较常年同期偏多三成，部分水利设施受损严重，现有防汛抗旱经费已不能满足抢险救灾需要。',
    },
    {
      name: 'requests',
      label: '请示事项',
      type: 'group',
      required: true,
      help: '只请示一件事；这件事有几点具体请求时逐点填写，自动编为一、二、三，只有一点时不编号。',
      fields: [
        {
          name: 'request',
          label: '请求内容',
          type: 'multiline',
          required: true,
          help: '明确提出请求批准或指示的内容，以句号结尾。',
          example: '恳请市政府从市级预备费中安排防汛抗旱专项经费500万元。',
        },
      ],
      example: [
        { request: '恳请市政府从市级预备费中安排防汛抗旱专项经费500万元。' },
        { request: '经费主要用于受损水利设施修复和抢险物资储备，由市水利局按规定管理使用，接受审计监督。' },
      ],
    },
    {
      name: 'closing',
      label: '结束语',
      type: 'choice',
      required: true,
      options: ['妥否，请批示。', '专此请示，请批复。', '以上请示如无不妥，请批转执行。'],
      help: '请求指示用“妥否，请批示。”；请求批准用“专此请示，请批复。”；请求批转时选第三项并填写“批转对象”。',
      example: '妥否，请批示。',
    },
    {
      name: 'forwardTo',
      label: '批转对象',
      type: 'text',
      help: '选“请批转执行”时填写，如“各县（市、区）人民政府”，写成“请批转××执行。”。',
      example: '各县（市、区）人民政府',
    },
    attachmentsField(['2026年度防汛抗旱专项经费测算表']),
    unitField('请示单位', '某某市水利局'),
    issueDateField,
    // A 请示 goes upwards and is not published: its 附注 is the contact person GB/T 9704 asks for.
    { ...publicityField, example: '此件不予公开' },
    ...contactFields(true),
  ],
  body: `关于{{subject}}的请示

{{addressee}}：
{{reason}}
{{#if (eq requests.length 1)}}
{{#each requests}}
{{sentence request}}
{{/each}}
{{else}}
{{#each requests}}
{{heading 1 @index}}{{sentence request}}
{{/each}}
{{/if}}
{{#if (eq closing "以上请示如无不妥，请批转执行。")}}
以上请示如无不妥，请批转{{#if forwardTo}}{{forwardTo}}{{else}}有关单位{{/if}}执行。
{{else}}
{{closing}}
{{/if}}
${attachmentsBlock}${signatureBlock}`,
};
