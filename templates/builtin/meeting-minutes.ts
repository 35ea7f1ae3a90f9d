import type { TemplateDefinition } from '../template-definition';

/**
 * 会议纪要 after GB/T 9704-2012 10.2: ××纪要 → one opening giving date, place, who presided and what was
 * discussed, once, + 现将会议议定事项纪要如下： → topics 一、关于××的问题, each with 会议听取了 / 会议认为， /
 * 会议决定， and its 责任单位 and 完成时限 → 出席 / 列席 / 请假 below the body, after one blank line.
 */
export const meetingMinutes: TemplateDefinition = {
  id: 'meeting-minutes',
  kind: '会议纪要',
  name: '会议纪要',
  description:
    '记载会议主要情况和议定事项：会议概况、逐项议题的议定事项（责任单位、完成时限），出席、列席、请假人员列在正文之后。',
  fields: [
    {
      name: 'meeting',
      label: '会议名称',
      type: 'text',
      required: true,
      help: '会议全称，标题为“××纪要”。',
      example: '市政府第12次常务会议',
    },
    {
      name: 'date',
      label: '会议日期',
      type: 'date',
      required: true,
      help: '会议召开的日期。',
      example: '2026-11-26',
    },
    {
      name: 'place',
      label: '地点',
      type: 'text',
      required: true,
      help: '会议地点。',
      example: '市政府第一会议室',
    },
    {
      name: 'chair',
      label: '主持',
      type: 'text',
      required: true,
      help: '主持人职务和姓名，如“市长张某某”。',
      example: '市长张某某',
    },
    {
      name: 'agenda',
      label: '会议内容',
      type: 'text',
      required: true,
      help: '会议研究了什么，接在“主持召开××，”之后，如“研究重大项目建设和优化营商环境等工作”，末尾不加标点。',
      example: '研究重大项目建设和优化营商环境等工作',
    },
    {
      name: 'topics',
      label: '议题',
      type: 'group',
      required: true,
      help: '每个议题单列一项，自动编为“一、关于××的问题”，写明会议意见、决定和责任单位、完成时限。',
      fields: [
        {
          name: 'topic',
          label: '议题名称',
          type: 'text',
          required: true,
          help: '写成“关于××的问题”中的××，如“2027年重大项目谋划”。',
          example: '2027年重大项目谋划',
        },
        {
          name: 'report',
          label: '听取汇报',
          type: 'text',
          help: '接在“会议听取了”之后，如“市发展改革委关于……的汇报”；没有可不填。',
          example: '市发展改革委关于2027年重大项目谋划情况的汇报',
        },
        {
          name: 'opinion',
          label: '会议认为',
          type: 'multiline',
          help: '接在“会议认为，”之后，写会议的判断；没有可不填。',
          example: '重大项目谋划工作总体扎实，项目储备数量和质量均有提升。',
        },
        {
          name: 'decision',
          label: '会议决定',
          type: 'multiline',
          required: true,
          help: '接在“会议决定，”之后，写议定的具体事项，以句号结尾。',
          example: '原则同意《2027年市级重大项目计划（草案）》，按会议意见修改完善后印发。',
        },
        {
          name: 'owner',
          label: '责任单位',
          type: 'text',
          required: true,
          help: '牵头单位在前，配合单位在后。',
          example: '市发展改革委',
        },
        {
          name: 'deadline',
          label: '完成时限',
          type: 'text',
          required: true,
          help: '如“2026年12月底前”。',
          example: '2026年12月底前',
        },
      ],
      example: [
        {
          topic: '2027年重大项目谋划',
          report: '市发展改革委关于2027年重大项目谋划情况的汇报',
          opinion: '重大项目谋划工作总体扎实，项目储备数量和质量均有提升。',
          decision: '原则同意《2027年市级重大项目计划（草案）》，按会议意见修改完善后印发。',
          owner: '市发展改革委',
          deadline: '2026年12月底前',
        },
        {
          topic: '重大项目前期工作经费',
          report: '',
          opinion: '',
          decision: '统筹安排重大项目前期工作经费，保障项目谋划储备需要。',
          owner: '市财政局，市发展改革委配合',
          deadline: '2027年1月底前',
        },
      ],
    },
    {
      name: 'attendees',
      label: '出席',
      type: 'text',
      required: true,
      help: '出席人员，按职务排序，列在正文之后。',
      example: '张某某、李某某、王某某、赵某某',
    },
    {
      name: 'observers',
      label: '列席',
      type: 'text',
      help: '列席单位或人员；没有可不填。',
      example: '市发展改革委、市财政局、市自然资源局主要负责同志',
    },
    {
      name: 'absent',
      label: '请假',
      type: 'text',
      help: '请假人员；没有可不填。',
      example: '刘某某',
    },
  ],
  body: `{{meeting}}纪要

{{cnDate date}}，{{chair}}在{{place}}主持召开{{meeting}}，{{sentence agenda}}现将会议议定事项纪要如下：
{{#each topics}}
{{heading 1 @index}}关于{{topic}}的问题
{{#if report}}
会议听取了{{sentence report}}
{{/if}}
{{#if opinion}}
会议认为，{{sentence opinion}}
{{/if}}
会议决定，{{sentence decision}}（责任单位：{{owner}}；完成时限：{{deadline}}）
{{/each}}

出席：{{attendees}}
{{#if observers}}
列席：{{observers}}
{{/if}}
{{#if absent}}
请假：{{absent}}
{{/if}}
`,
};
