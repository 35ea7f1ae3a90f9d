import type { TemplateDefinition } from '../template-definition';
import { issueDateField } from './issue-date-field';

/**
 * 请示: 关于××的请示 → 一个主送机关 → 缘由 → 请示事项（一文一事）→ 妥否，请批示。 → 署名、成文日期,
 * with the contact person under the date (GB/T 9704 requires it for 请示).
 */
export const request: TemplateDefinition = {
  id: 'request',
  kind: '请示',
  name: '请示',
  description: '向上级请求指示、批准：请示缘由、请示事项，一文一事，以“妥否，请批示。”结束。',
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
      name: 'request',
      label: '请示事项',
      type: 'multiline',
      required: true,
      help: '明确提出请求批准或指示的事项，只写一件事。',
      example: '恳请市政府从市级预备费中安排防汛抗旱专项经费500万元，用于受损水利设施修复和抢险物资储备。',
    },
    {
      name: 'unit',
      label: '请示单位',
      type: 'text',
      required: true,
      help: '落款单位全称。',
      example: '某某市水利局',
    },
    issueDateField,
    {
      name: 'contactName',
      label: '联系人',
      type: 'text',
      required: true,
      help: '请示须注明联系人，排在成文日期下一行。',
      example: '王某某',
    },
    {
      name: 'contactPhone',
      label: '联系电话',
      type: 'text',
      required: true,
      help: '联系人的电话。',
      example: '0000-7654321',
    },
  ],
  body: `关于{{subject}}的请示

{{addressee}}：
{{sentence reason}}
{{sentence request}}
妥否，请批示。

{{unit}}
{{cnDate date}}
（联系人：{{contactName}}，联系电话：{{contactPhone}}）
`,
};
