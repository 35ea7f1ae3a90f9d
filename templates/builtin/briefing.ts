import type { TemplateDefinition } from '../template-definition';
import { issueDateField } from './issue-date-field';

/**
 * 情况汇报 (a 报告): 关于××情况的汇报 → 缘由 + 现将有关情况汇报如下： → 基本情况 → 存在问题及原因 →
 * 下步措施 → (需要领导协调解决的事项) → 特此报告。 A 报告 must not carry a request; that is a 请示.
 */
export const briefing: TemplateDefinition = {
  id: 'briefing',
  kind: '情况汇报',
  name: '情况汇报',
  description: '向上级报告某项工作或某一情况：基本情况、存在问题及原因、下步措施。不得夹带请示事项。',
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
      help: '接收汇报的上级机关或领导，不含冒号。',
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
      name: 'measures',
      label: '下步措施',
      type: 'group',
      required: true,
      help: '每项措施单列一项，自动编为（一）（二）（三）。',
      fields: [
        {
          name: 'measure',
          label: '措施',
          type: 'multiline',
          required: true,
          help: '具体措施，以句号结尾。',
          example: '对尚未整改的134项隐患逐项建立台账，明确责任人和整改时限，年底前全部整改到位。',
        },
      ],
      example: [
        { measure: '对尚未整改的134项隐患逐项建立台账，明确责任人和整改时限，年底前全部整改到位。' },
        { measure: '加强基层监管队伍建设，通过购买服务等方式充实专业力量。' },
      ],
    },
    {
      name: 'coordination',
      label: '需要领导协调解决的事项',
      type: 'multiline',
      help: '没有可不填，不填则不写这一部分。',
      example: '建议市政府协调市财政局，对乡镇（街道）安全监管能力建设给予经费支持。',
    },
    {
      name: 'closing',
      label: '结束语',
      type: 'choice',
      required: true,
      options: ['特此报告。', '以上汇报，请审示。'],
      help: '报告一般用“特此报告。”；向领导个人汇报可用“以上汇报，请审示。”。',
      example: '特此报告。',
    },
    {
      name: 'unit',
      label: '汇报单位',
      type: 'text',
      required: true,
      help: '落款单位全称。',
      example: '某某市应急管理局',
    },
    issueDateField,
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
三、下步措施
{{#each measures}}
{{heading 2 @index}}{{measure}}
{{/each}}
{{#if coordination}}
四、需要领导协调解决的事项
{{coordination}}
{{/if}}
{{closing}}

{{unit}}
{{cnDate date}}
`,
};
