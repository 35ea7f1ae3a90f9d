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
 * 情况汇报 (a 报告): 关于××情况的汇报 → 缘由 + 现将有关情况汇报如下： → 基本情况 → 存在问题及原因 → 下一步工作
 * → 特此报告。 It asks for nothing: 条例 第十五条 forbids a request inside a 报告, so a request goes into a
 * separate 请示 (the panel offers 另拟请示, prefilled from this form).
 */
export const briefing: TemplateDefinition = {
  id: 'briefing',
  kind: '情况汇报',
  name: '情况汇报',
  description:
    '向上级报告某项工作或某一情况：基本情况、存在问题及原因、下一步工作。不提请求，需要上级解决的事项另拟请示。',
  fields: [
    {
      name: 'subject',
      label: '汇报事项',
      type: 'text',
      required: true,
      help: '标题“关于××情况的汇报”中的××，不含“关于”“情况”。',
      example: '全市安全生产大检查',
    },
    {
      name: 'addressee',
      label: '主送机关',
      type: 'text',
      required: true,
      help: '接收汇报的上级机关，不含冒号。',
      example: '市人民政府',
    },
    {
      name: 'reason',
      label: '汇报缘由',
      type: 'multiline',
      required: true,
      help: '说明依据和背景，后面自动接“现将有关情况汇报如下：”。',
      example: '按照市政府统一部署，2026年10月至11月，我局在全市范围内组织开展了安全生产大检查',
    },
    {
      name: 'overview',
      label: '基本情况',
      type: 'multiline',
      required: true,
      help: '开展了哪些工作、取得哪些进展，用事实和数据说明，每段一行。',
      example: '此次大检查共派出检查组42个，检查企业1860家，排查一般隐患2350项，已整改2216项，整改率94.3%。',
    },
    {
      name: 'problems',
      label: '存在问题及原因',
      type: 'group',
      required: true,
      help: '每个问题单列一项，自动编为（一）（二）（三）。',
      fields: [
        {
          name: 'problem',
          label: '问题',
          type: 'text',
          required: true,
          help: '问题的概括，作小标题用，末尾不加标点。',
          example: '部分企业主体责任落实不到位',
        },
        {
          name: 'cause',
          label: '原因',
          type: 'multiline',
          help: '问题的具体表现和原因分析。',
          example: '一些小微企业安全投入不足，安全管理人员配备不齐，隐患自查自改能力较弱。',
        },
      ],
      example: [
        {
          problem: '部分企业主体责任落实不到位',
          cause: '一些小微企业安全投入不足，安全管理人员配备不齐，隐患自查自改能力较弱。',
        },
        {
          problem: '基层监管力量相对薄弱',
          cause: '乡镇（街道）安全监管人员平均不足3人，专业人员占比偏低。',
        },
      ],
    },
    {
      name: 'nextSteps',
      label: '下一步工作',
      type: 'group',
      required: true,
      help: '本单位下一步要做的工作，每项单列，自动编为（一）（二）（三）。只写自己做什么，不向上级提要求。',
      fields: [
        {
          name: 'step',
          label: '工作措施',
          type: 'multiline',
          required: true,
          help: '具体措施，以句号结尾。',
          example: '对尚未整改的134项隐患逐项建立台账，明确责任人和整改时限，年底前全部整改到位。',
        },
      ],
      example: [
        { step: '对尚未整改的134项隐患逐项建立台账，明确责任人和整改时限，年底前全部整改到位。' },
        { step: '加强基层监管队伍建设，通过购买服务等方式充实专业力量。' },
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
    attachmentsField(['全市安全生产大检查隐患整改台账']),
    unitField('汇报单位', '某某市应急管理局'),
    issueDateField,
    publicityField,
    ...contactFields(false),
  ],
  body: `关于{{subject}}情况的汇报

{{addressee}}：
{{sentence reason}}现将有关情况汇报如下：
一、基本情况
{{overview}}
二、存在问题及原因
{{#each problems}}
{{heading 2 @index}}{{problem}}
{{#if cause}}
{{cause}}
{{/if}}
{{/each}}
三、下一步工作
{{#each nextSteps}}
{{heading 2 @index}}{{step}}
{{/each}}
{{closing}}
${attachmentsBlock}${signatureBlock}`,
};
