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
 * 意见: ××关于××的意见 → 主送机关 → 背景 + `为…，现提出如下意见：` → parts 一、二、三 (总体要求, 主要任务,
 * 保障措施…), no closing phrase — as 国办发〔2018〕123号.
 */
export const opinion: TemplateDefinition = {
  id: 'opinion',
  kind: '意见',
  name: '意见',
  description:
    '对重要问题提出见解和处理办法：背景和目的，“现提出如下意见：”，再分部分写总体要求、主要任务、保障措施等。',
  fields: [
    unitField('发文机关', '某某市人民政府办公室'),
    {
      name: 'subject',
      label: '意见事由',
      type: 'text',
      required: true,
      help: '标题“××关于××的意见”中“关于”和“的意见”之间的部分。',
      example: '进一步优化营商环境',
    },
    {
      name: 'addressee',
      label: '主送机关',
      type: 'text',
      required: true,
      help: '受文单位，不含冒号。',
      example: '各县（市、区）人民政府，市政府各部门',
    },
    {
      name: 'background',
      label: '背景',
      type: 'multiline',
      required: true,
      help: '这项工作的意义和现状，写成完整的句子。',
      example: '优化营商环境是激发市场活力的重要举措。近年来，全市营商环境持续改善，但与市场主体期盼相比仍有差距。',
    },
    {
      name: 'purpose',
      label: '发文目的',
      type: 'text',
      help: '接在“为”之后，写成“为××，现提出如下意见：”，末尾不加标点；不填则直接写“现提出如下意见：”。',
      example: '持续打造市场化法治化国际化营商环境',
    },
    {
      name: 'approver',
      label: '经××同意',
      type: 'text',
      help: '经上级同意发文时填写同意的机关，如“市政府”；不填则不写。',
      example: '市政府',
    },
    {
      name: 'sections',
      label: '意见内容',
      type: 'group',
      required: true,
      help: '每部分单列一项，自动编为一、二、三，如总体要求、主要任务、保障措施。',
      fields: [
        {
          name: 'title',
          label: '小标题',
          type: 'text',
          required: true,
          help: '这一部分的概括，末尾不加标点。',
          example: '总体要求',
        },
        {
          name: 'content',
          label: '内容',
          type: 'multiline',
          required: true,
          help: '这一部分的具体内容，每段一行。',
          example: '坚持问题导向，对标先进地区，到2027年底，全市营商环境主要指标达到全省前列。',
        },
      ],
      example: [
        { title: '总体要求', content: '坚持问题导向，对标先进地区，到2027年底，全市营商环境主要指标达到全省前列。' },
        { title: '主要任务', content: '深化“一网通办”改革，推行惠企政策“免申即享”，规范涉企行政检查。' },
        { title: '保障措施', content: '各地、各部门主要负责同志要亲自抓，市政府督查室定期通报工作进展。' },
      ],
    },
    attachmentsField(['某某市优化营商环境重点任务分工表']),
    issueDateField,
    publicityField,
    ...contactFields(false),
  ],
  body: `{{unit}}关于{{subject}}的意见

{{addressee}}：
{{sentence background}}{{#if purpose}}为{{sentence purpose end=""}}，{{/if}}{{#if approver}}经{{approver}}同意，{{/if}}现提出如下意见：
{{#each sections}}
{{heading 1 @index}}{{title}}
{{content}}
{{/each}}
${attachmentsBlock}${signatureBlock}`,
};
