import type { TemplateDefinition } from '../template-definition';

/** 调研报告: 标题（——关于××的调研）→ 前言（目的、时间、对象、方式）→ 基本情况 → 存在问题 → 原因分析 → 对策建议. */
export const researchReport: TemplateDefinition = {
  id: 'research-report',
  kind: '调研报告',
  name: '调研报告',
  description: '专题调研成果：前言、基本情况、存在问题、原因分析、对策建议。',
  fields: [
    {
      name: 'subject',
      label: '调研主题',
      type: 'text',
      required: true,
      help: '调研的事项，用于“关于××的调研”，不含“关于”。',
      example: '县域民营经济发展情况',
    },
    {
      name: 'title',
      label: '主标题',
      type: 'text',
      help: '可选的概括性主标题；填写后以“——关于××的调研”作副标题，不填则标题为“关于××的调研报告”。',
      example: '激活县域经济发展的“一池春水”',
    },
    {
      name: 'purpose',
      label: '调研目的',
      type: 'text',
      required: true,
      help: '写在“为”之后，如“深入了解……现状”，末尾不加标点。',
      example: '深入了解全市县域民营经济发展现状，推动民营经济高质量发展',
    },
    {
      name: 'period',
      label: '调研时间',
      type: 'text',
      required: true,
      help: '如“2026年9月至10月”。',
      example: '2026年9月至10月',
    },
    {
      name: 'team',
      label: '调研组',
      type: 'text',
      required: true,
      help: '开展调研的单位或调研组名称，也用于落款。',
      example: '市政府办公室调研组',
    },
    {
      name: 'methods',
      label: '调研方式',
      type: 'text',
      required: true,
      help: '如“召开座谈会、实地走访、问卷调查”，后面自动接“等方式”。',
      example: '召开座谈会、实地走访、问卷调查',
    },
    {
      name: 'objects',
      label: '调研对象',
      type: 'text',
      required: true,
      help: '走访的地区、单位、企业及数量。',
      example: '3个县（市）的26家民营企业和8个部门',
    },
    {
      name: 'overview',
      label: '基本情况',
      type: 'multiline',
      required: true,
      help: '调研了解到的总体情况和主要数据，每段一行。',
      example: '截至2026年9月底，全市县域共有民营企业1.2万户，贡献了县域60%以上的税收和80%以上的城镇就业。',
    },
    {
      name: 'problems',
      label: '存在问题',
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
          example: '融资难融资贵问题仍较突出',
        },
        {
          name: 'detail',
          label: '具体表现',
          type: 'multiline',
          required: true,
          help: '问题的具体表现，尽量用调研数据说明。',
          example: '问卷显示，62%的受访企业反映贷款审批周期长、抵押要求高。',
        },
      ],
      example: [
        { problem: '融资难融资贵问题仍较突出', detail: '问卷显示，62%的受访企业反映贷款审批周期长、抵押要求高。' },
        { problem: '创新能力总体偏弱', detail: '受访企业中设立研发机构的仅占19%，研发投入强度不足1%。' },
      ],
    },
    {
      name: 'causes',
      label: '原因分析',
      type: 'group',
      required: true,
      help: '每条原因单列一项，自动编为（一）（二）（三）。',
      fields: [
        {
          name: 'cause',
          label: '原因',
          type: 'multiline',
          required: true,
          help: '原因分析，以句号结尾。',
          example: '政银企对接机制不够健全，针对中小企业的信用信息共享不充分。',
        },
      ],
      example: [
        { cause: '政银企对接机制不够健全，针对中小企业的信用信息共享不充分。' },
        { cause: '企业自身研发积累不足，高层次人才引进难、留住难。' },
      ],
    },
    {
      name: 'suggestions',
      label: '对策建议',
      type: 'group',
      required: true,
      help: '每条建议单列一项，自动编为（一）（二）（三）。',
      fields: [
        {
          name: 'suggestion',
          label: '建议',
          type: 'text',
          required: true,
          help: '建议的概括，作小标题用，末尾不加标点。',
          example: '健全融资服务体系',
        },
        {
          name: 'detail',
          label: '具体举措',
          type: 'multiline',
          required: true,
          help: '具体举措，以句号结尾。',
          example: '建立县级信用信息共享平台，扩大政府性融资担保覆盖面。',
        },
      ],
      example: [
        { suggestion: '健全融资服务体系', detail: '建立县级信用信息共享平台，扩大政府性融资担保覆盖面。' },
        { suggestion: '增强企业创新动能', detail: '支持龙头企业牵头组建创新联合体，落实研发费用加计扣除政策。' },
      ],
    },
    {
      name: 'date',
      label: '成文日期',
      type: 'date',
      help: '填写后在文末加调研组署名和日期。',
      example: '2026-11-20',
    },
  ],
  body: `{{#if title}}
{{title}}
——关于{{subject}}的调研
{{else}}
关于{{subject}}的调研报告
{{/if}}

为{{sentence purpose end=""}}，{{period}}，{{team}}采取{{methods}}等方式，深入{{objects}}开展专题调研。现将调研情况报告如下：
一、基本情况
{{overview}}
二、存在问题
{{#each problems}}
{{heading 2 @index}}{{problem}}
{{detail}}
{{/each}}
三、原因分析
{{#each causes}}
{{heading 2 @index}}{{cause}}
{{/each}}
四、对策建议
{{#each suggestions}}
{{heading 2 @index}}{{suggestion}}
{{detail}}
{{/each}}
{{#if date}}

{{team}}
{{cnDate date}}
{{/if}}
`,
};
