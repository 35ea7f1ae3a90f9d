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
 * 通知 that deploys work: ××关于××的通知 → 主送机关 → one grammatical 发文缘由
 * (`[背景。]为…，根据《…》（…）精神，经××同意，现将有关事项通知如下：`) → 事项 一、二、三. As in every real
 * notice of the corpus, items announced with 如下： are not followed by 特此通知。
 */
export const notice: TemplateDefinition = {
  id: 'notice',
  kind: '通知',
  name: '通知',
  description: '部署工作、告知事项的通知：发文缘由“为…，根据…，现将有关事项通知如下：”，再分项写通知事项。',
  fields: [
    unitField('发文机关', '某某市人民政府办公室'),
    {
      name: 'subject',
      label: '通知事由',
      type: 'text',
      required: true,
      help: '标题“××关于××的通知”中“关于”和“的通知”之间的部分。',
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
      name: 'background',
      label: '背景',
      type: 'multiline',
      help: '需要交代的背景或形势，写成完整的句子；没有可不填。',
      example: '今年以来，全市安全生产形势总体平稳，但部分行业领域事故隐患仍然较多。',
    },
    {
      name: 'purpose',
      label: '发文目的',
      type: 'text',
      required: true,
      help: '接在“为”之后，如“切实防范化解重大安全风险”，末尾不加标点。',
      example: '切实防范化解重大安全风险，确保全市安全生产形势持续稳定',
    },
    {
      name: 'basisTitle',
      label: '依据文件标题',
      type: 'text',
      help: '写成“根据《××》精神，”，不含书名号；不填则不引用。',
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
      name: 'approver',
      label: '经××同意',
      type: 'text',
      help: '经上级同意发文时填写同意的机关，如“市政府”，写成“经市政府同意，”；不填则不写。',
      example: '市政府',
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
    attachmentsField(['安全生产检查重点内容', '安全生产检查情况汇总表']),
    issueDateField,
    publicityField,
    ...contactFields(false),
  ],
  body: `{{unit}}关于{{subject}}的通知

{{addressee}}：
{{#if background}}{{sentence background}}{{/if}}为{{sentence purpose end=""}}，{{#if basisTitle}}根据《{{basisTitle}}》{{#if basisNumber}}（{{docNumber basisNumber}}）{{/if}}精神，{{/if}}{{#if approver}}经{{approver}}同意，{{/if}}现将有关事项通知如下：
{{#each items}}
{{heading 1 @index}}{{item}}
{{detail}}
{{/each}}
{{#if requirements}}
{{heading 1 items.length}}工作要求
{{requirements}}
{{/if}}
${attachmentsBlock}${signatureBlock}`,
};
