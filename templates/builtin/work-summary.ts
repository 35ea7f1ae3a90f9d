import type { TemplateDefinition } from '../template-definition';

/**
 * 工作总结: [单位][时限]工作总结 → opening ending 现将主要工作情况总结如下： → 一、基本情况 → 二、主要做法和成效 →
 * 三、存在的问题和不足 → 四、下一步工作打算, each with （一）（二） inside. The title states the period, so the
 * body does not repeat it. Real summaries often run a subheading into its text (小标题与正文连写).
 */
export const workSummary: TemplateDefinition = {
  id: 'work-summary',
  kind: '工作总结',
  name: '工作总结',
  description: '年度、半年或专项工作总结：开头总述，基本情况、主要做法和成效、存在的问题和不足、下一步工作打算。',
  fields: [
    {
      name: 'unit',
      label: '单位',
      type: 'text',
      required: true,
      help: '总结的单位全称，用于标题和落款。',
      example: '某某市政府办公室',
    },
    {
      name: 'period',
      label: '时限',
      type: 'text',
      required: true,
      help: '总结涵盖的时间，如“2026年”“2026年上半年”。',
      example: '2026年',
    },
    {
      name: 'opening',
      label: '开头',
      type: 'multiline',
      required: true,
      help: '总述一个时期的工作，后面自动接“现将主要工作情况总结如下：”。标题已写明时限，这里不必再写年份。',
      example:
        '一年来，在市委、市政府的坚强领导下，我办紧紧围绕全市中心工作，扎实做好以文辅政、以会谋事、督查落实等各项工作，较好完成了全年目标任务',
    },
    {
      name: 'overview',
      label: '基本情况',
      type: 'multiline',
      required: true,
      help: '概述总体工作情况，每段一行。只写实际情况和数据。',
      example: '全办现有干部职工46人，内设科室9个，承担文稿起草、会务保障、督查督办、政务信息等职能。',
    },
    {
      name: 'taskCount',
      label: '重点任务数',
      type: 'number',
      help: '本期承担的重点工作任务项数；不填则不写项数。',
      example: '36',
    },
    {
      name: 'completionRate',
      label: '任务完成率',
      type: 'percent',
      help: '重点工作任务完成率，如“98”或“98%”；不填则不写这一句。',
      example: '98',
    },
    {
      name: 'achievements',
      label: '主要做法和成效',
      type: 'group',
      required: true,
      help: '每条做法单列一项，按重要程度排序，自动编为（一）（二）（三）。',
      fields: [
        {
          name: 'practice',
          label: '做法',
          type: 'text',
          required: true,
          help: '做法的概括，作小标题用，末尾不加标点。',
          example: '坚持高标准服务决策',
        },
        {
          name: 'effect',
          label: '成效',
          type: 'multiline',
          required: true,
          help: '具体措施和取得的成效，尽量用数据说明。',
          example: '全年起草各类文稿320余篇，提出的12条建议被市领导批示采纳。',
        },
      ],
      example: [
        { practice: '坚持高标准服务决策', effect: '全年起草各类文稿320余篇，提出的12条建议被市领导批示采纳。' },
        { practice: '坚持高质量办文办会', effect: '全年处理公文8600余件，组织筹备重要会议140余次，未发生差错。' },
        { practice: '坚持高效率督查落实', effect: '对48项重点任务实行清单化管理，按期办结率达到100%。' },
      ],
    },
    {
      name: 'problems',
      label: '存在的问题和不足',
      type: 'group',
      required: true,
      help: '每个问题单列一项，实事求是，自动编为（一）（二）（三）。',
      fields: [
        {
          name: 'problem',
          label: '问题',
          type: 'multiline',
          required: true,
          help: '问题及其表现，以句号结尾。',
          example: '服务决策的前瞻性还不够强，综合研判能力有待提升。',
        },
      ],
      example: [
        { problem: '服务决策的前瞻性还不够强，综合研判能力有待提升。' },
        { problem: '督查工作重过程、轻结果的现象仍不同程度存在。' },
      ],
    },
    {
      name: 'plans',
      label: '下一步工作打算',
      type: 'group',
      required: true,
      help: '每项打算单列一项，自动编为（一）（二）（三）。',
      fields: [
        {
          name: 'plan',
          label: '打算',
          type: 'multiline',
          required: true,
          help: '下一步的具体措施，以句号结尾。',
          example: '加强调查研究，围绕全市重点工作形成一批高质量调研成果。',
        },
      ],
      example: [
        { plan: '加强调查研究，围绕全市重点工作形成一批高质量调研成果。' },
        { plan: '完善督查机制，推动督查结果与绩效考核挂钩。' },
      ],
    },
    {
      name: 'headingStyle',
      label: '小标题写法',
      type: 'choice',
      options: ['小标题单独成行', '小标题与正文连写'],
      help: '连写即“（一）高度重视，完善制度。我局……”，小标题后加句号、接着写正文；不填则单独成行。',
      example: '小标题与正文连写',
    },
    {
      name: 'date',
      label: '成文日期',
      type: 'date',
      help: '落款日期；填写后在文末加单位署名和日期。',
      example: '2026-12-28',
    },
  ],
  body: `{{unit}}{{period}}工作总结

{{sentence opening}}现将主要工作情况总结如下：
一、基本情况
{{overview}}
{{#if completionRate}}
{{#if taskCount}}共承担重点工作任务{{taskCount}}项，完成率{{else}}重点工作任务完成率{{/if}}达到{{percent completionRate}}。
{{/if}}
二、主要做法和成效
{{#each achievements}}
{{#if (eq @root.headingStyle "小标题与正文连写")}}
{{heading 2 @index}}{{sentence practice}}{{effect}}
{{else}}
{{heading 2 @index}}{{practice}}
{{effect}}
{{/if}}
{{/each}}
三、存在的问题和不足
{{#each problems}}
{{heading 2 @index}}{{problem}}
{{/each}}
四、下一步工作打算
{{#each plans}}
{{heading 2 @index}}{{plan}}
{{/each}}
{{#if date}}

{{unit}}
{{cnDate date}}
{{/if}}
`,
};
