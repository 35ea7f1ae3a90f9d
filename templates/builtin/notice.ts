import type { TemplateDefinition } from '../template-definition';
import { issueDateField } from './issue-date-field';

/**
 * 通知: 关于××的通知 → 主送机关 → 缘由 + 现将有关事项通知如下： → 事项 一、二、三 → 工作要求 →
 * 特此通知。 → 署名、成文日期. The basis document is cited as 《标题》（国办发〔2026〕12号）.
 */
export const notice: TemplateDefinition = {
  id: 'notice',
  kind: '通知',
  name: '通知',
  description: '部署工作、告知事项的通知：发文缘由、通知事项、工作要求，以“特此通知。”结束。',
  fields: [
    {
      name: 'subject',
      label: '通知事由',
      type: 'text',
      required: true,
      help: '标题“关于××的通知”中的××，不含“关于”。',
      example: '开展2026年度安全生产检查',
    },
    {
      name: 'addressee',
      label: '主送机关',
      type: 'text',
      required: true,
      help: '受文单位，不含冒号，如“各县（市、区）人民政府，市政府各部门”。',
      example: '各县（市、区）人民政府，市政府各部门',
    },
    {
      name: 'basisTitle',
      label: '依据文件标题',
      type: 'text',
      help: '发文依据的文件标题，不含书名号；不填则不引用。',
      example: '国务院办公厅关于进一步加强安全生产工作的通知',
    },
    {
      name: 'basisNumber',
      label: '依据文件字号',
      type: 'text',
      help: '依据文件的发文字号，如“国办发〔2026〕12号”，括号和序号会自动规范。',
      example: '国办发〔2026〕12号',
    },
    {
      name: 'reason',
      label: '发文缘由',
      type: 'multiline',
      required: true,
      help: '发文的目的和依据，后面自动接“现将有关事项通知如下：”。',
      example:
        '为切实防范化解重大安全风险，确保全市安全生产形势持续稳定，市政府决定在全市范围内开展2026年度安全生产检查',
    },
    {
      name: 'items',
      label: '通知事项',
      type: 'group',
      required: true,
      help: '每个事项单列一项，自动编为一、二、三。',
      fields: [
        {
          name: 'item',
          label: '事项标题',
          type: 'text',
          required: true,
          help: '事项的概括，作小标题用，末尾不加标点。',
          example: '检查范围',
        },
        {
          name: 'detail',
          label: '具体内容',
          type: 'multiline',
          required: true,
          help: '事项的具体内容，每段一行。',
          example: '全市范围内的危险化学品、建筑施工、道路交通、消防等重点行业领域生产经营单位。',
        },
      ],
      example: [
        { item: '检查范围', detail: '全市范围内的危险化学品、建筑施工、道路交通、消防等重点行业领域生产经营单位。' },
        { item: '时间安排', detail: '检查自2026年12月1日开始，至2026年12月31日结束。' },
      ],
    },
    {
      name: 'requirements',
      label: '工作要求',
      type: 'multiline',
      help: '对组织领导、报送材料等的要求；填写后作为最后一个事项“工作要求”。',
      example: '各单位要高度重视，明确专人负责，于2027年1月10日前将检查情况报送市应急管理局。',
    },
    {
      name: 'contact',
      label: '联系人及电话',
      type: 'text',
      help: '联系人姓名和电话，如“李某某，0000-1234567”；没有可不填。',
      example: '李某某，0000-1234567',
    },
    {
      name: 'unit',
      label: '发文机关',
      type: 'text',
      required: true,
      help: '落款机关全称。',
      example: '某某市人民政府办公室',
    },
    issueDateField,
  ],
  body: `关于{{subject}}的通知

{{addressee}}：
{{#if basisTitle}}根据《{{basisTitle}}》{{#if basisNumber}}（{{docNumber basisNumber}}）{{/if}}精神，{{/if}}{{sentence reason}}现将有关事项通知如下：
{{#each items}}
{{heading 1 @index}}{{item}}
{{detail}}
{{/each}}
{{#if requirements}}
{{heading 1 items.length}}工作要求
{{requirements}}
{{/if}}
{{#if contact}}
联系人及电话：{{contact}}
{{/if}}
特此通知。

{{unit}}
{{cnDate date}}
`,
};
