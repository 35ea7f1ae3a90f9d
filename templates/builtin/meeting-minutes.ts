import type { TemplateDefinition } from '../template-definition';

/**
 * 会议纪要: ××会议纪要 → 时间、地点、主持、出席、列席、请假、记录 → 会议听取了/研究了…… →
 * 会议认为，会议强调，会议要求， → 决定事项, each with 责任单位 and 完成时限.
 */
export const meetingMinutes: TemplateDefinition = {
  id: 'meeting-minutes',
  kind: '会议纪要',
  name: '会议纪要',
  description: '记载会议主要情况和议定事项：会议基本信息、议题、会议意见、决定事项及责任单位和完成时限。',
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
      help: '主持人职务和姓名。',
      example: '市长张某某',
    },
    {
      name: 'attendees',
      label: '出席',
      type: 'text',
      required: true,
      help: '出席人员，按职务排序，用顿号分隔。',
      example: '副市长李某某、王某某，市政府秘书长赵某某',
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
      help: '请假人员及原因；没有可不填。',
      example: '副市长刘某某（出差）',
    },
    {
      name: 'recorder',
      label: '记录',
      type: 'text',
      help: '记录人；没有可不填。',
      example: '市政府办公室孙某某',
    },
    {
      name: 'topics',
      label: '会议议题',
      type: 'multiline',
      required: true,
      help: '接在“会议”之后，以“听取了”“研究了”“审议了”开头，如“听取了……的汇报，研究了……”。',
      example: '听取了市发展改革委关于全市重大项目建设情况的汇报，研究了2027年重大项目谋划工作',
    },
    {
      name: 'opinions',
      label: '会议认为',
      type: 'multiline',
      required: true,
      help: '接在“会议认为，”之后，写会议对形势和工作的判断。',
      example: '今年以来，全市重大项目建设总体进展顺利，对稳增长发挥了重要支撑作用。',
    },
    {
      name: 'emphasis',
      label: '会议强调',
      type: 'multiline',
      help: '接在“会议强调，”之后；没有可不填。',
      example: '要牢固树立“项目为王”理念，坚持谋划一批、储备一批、建设一批。',
    },
    {
      name: 'requirements',
      label: '会议要求',
      type: 'multiline',
      help: '接在“会议要求，”之后；没有可不填。',
      example: '各牵头单位要倒排工期、挂图作战，每月报送项目进展情况。',
    },
    {
      name: 'decisions',
      label: '决定事项',
      type: 'group',
      required: true,
      help: '每个议定事项单列一项，写明责任单位和完成时限，自动编为一、二、三。',
      fields: [
        {
          name: 'item',
          label: '事项',
          type: 'multiline',
          required: true,
          help: '议定的具体事项，以句号结尾。',
          example: '原则同意《2027年市级重大项目计划（草案）》，由市发展改革委按会议意见修改完善后印发。',
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
          item: '原则同意《2027年市级重大项目计划（草案）》，由市发展改革委按会议意见修改完善后印发。',
          owner: '市发展改革委',
          deadline: '2026年12月底前',
        },
        {
          item: '统筹安排重大项目前期工作经费，保障项目谋划储备需要。',
          owner: '市财政局，市发展改革委配合',
          deadline: '2027年1月底前',
        },
      ],
    },
  ],
  body: `{{meeting}}纪要

时间：{{cnDate date}}
地点：{{place}}
主持：{{chair}}
出席：{{attendees}}
{{#if observers}}
列席：{{observers}}
{{/if}}
{{#if absent}}
请假：{{absent}}
{{/if}}
{{#if recorder}}
记录：{{recorder}}
{{/if}}
{{cnDate date}}，{{chair}}主持召开{{meeting}}。会议{{sentence topics}}
会议认为，{{opinions}}
{{#if emphasis}}
会议强调，{{emphasis}}
{{/if}}
{{#if requirements}}
会议要求，{{requirements}}
{{/if}}
会议决定以下事项：
{{#each decisions}}
{{heading 1 @index}}{{item}}（责任单位：{{owner}}；完成时限：{{deadline}}）
{{/each}}
`,
};
