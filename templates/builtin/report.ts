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
 * 报告 (工作报告): 关于××的报告 → 主送机关 → 缘由 + 现将有关情况报告如下： → parts 一、二、三 → 特此报告。 /
 * 以上报告，请审阅。 (国家地震局's 报告 of 1997 has the same frame). Never a request (条例 第十五条).
 */
export const report: TemplateDefinition = {
  id: 'report',
  kind: '报告',
  name: '报告',
  description: '向上级汇报工作、反映情况、答复询问的报告：缘由、分项报告的内容，以“特此报告。”结束。不夹带请示事项。',
  fields: [
    {
      name: 'subject',
      label: '报告事由',
      type: 'text',
      required: true,
      help: '标题“关于××的报告”中的××，不含“关于”。',
      example: '2026年度政务公开工作情况',
    },
    {
      name: 'addressee',
      label: '主送机关',
      type: 'text',
      required: true,
      help: '接收报告的上级机关，不含冒号。',
      example: '市人民政府',
    },
    {
      name: 'reason',
      label: '报告缘由',
      type: 'multiline',
      required: true,
      help: '报告的依据或起因，后面自动接“现将有关情况报告如下：”。',
      example: '根据《某某市2026年政务公开工作要点》要求，我局认真组织开展了政务公开各项工作',
    },
    {
      name: 'sections',
      label: '报告内容',
      type: 'group',
      required: true,
      help: '每部分单列一项，自动编为一、二、三。',
      fields: [
        {
          name: 'title',
          label: '小标题',
          type: 'text',
          required: true,
          help: '这一部分的概括，末尾不加标点。',
          example: '主要工作情况',
        },
        {
          name: 'content',
          label: '内容',
          type: 'multiline',
          required: true,
          help: '这一部分的具体内容，每段一行。',
          example: '全年主动公开政府信息1260条，办理依申请公开38件，均在法定期限内答复。',
        },
      ],
      example: [
        { title: '主要工作情况', content: '全年主动公开政府信息1260条，办理依申请公开38件，均在法定期限内答复。' },
        { title: '存在的不足', content: '部分栏目更新不够及时，政策解读形式还比较单一。' },
        { title: '下一步工作安排', content: '完善信息发布审核机制，丰富图文、视频等解读形式。' },
      ],
    },
    {
      name: 'closing',
      label: '结束语',
      type: 'choice',
      required: true,
      options: ['特此报告。', '以上报告，请审阅。'],
      help: '一般用“特此报告。”；也可用“以上报告，请审阅。”。',
      example: '特此报告。',
    },
    attachmentsField(['2026年度政务公开工作情况统计表']),
    unitField('报告单位', '某某市财政局'),
    issueDateField,
    publicityField,
    ...contactFields(false),
  ],
  body: `关于{{subject}}的报告

{{addressee}}：
{{sentence reason}}现将有关情况报告如下：
{{#each sections}}
{{heading 1 @index}}{{title}}
{{content}}
{{/each}}
{{closing}}
${attachmentsBlock}${signatureBlock}`,
};
