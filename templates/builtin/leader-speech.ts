import type { TemplateDefinition } from '../template-definition';

/**
 * 领导讲话: 在××上的讲话 → 讲话人、（2026年11月26日） → 称呼 (同志们： unless given) → 开场 →
 * 下面，我讲几点意见。 → 一、成绩和形势 → 二、重点任务（一）（二） → 三、工作要求 → 谢谢大家。
 * The date follows docs/gongwen.md in Arabic digits.
 */
export const leaderSpeech: TemplateDefinition = {
  id: 'leader-speech',
  kind: '领导讲话',
  name: '领导讲话',
  description:
    '会议讲话稿：称呼、开场，“下面，我讲几点意见。”，再讲成绩和形势、重点任务、工作要求，以“谢谢大家。”结束。',
  fields: [
    {
      name: 'meeting',
      label: '会议名称',
      type: 'text',
      required: true,
      help: '标题“在××上的讲话”中的××，即会议全称。',
      example: '全市优化营商环境工作推进会议',
    },
    {
      name: 'speaker',
      label: '讲话人',
      type: 'text',
      required: true,
      help: '讲话人姓名，排在标题下方。',
      example: '张某某',
    },
    {
      name: 'date',
      label: '讲话日期',
      type: 'date',
      required: true,
      help: '讲话日期，排在讲话人下方的括号内。',
      example: '2026-11-26',
    },
    {
      name: 'greeting',
      label: '称呼',
      type: 'text',
      help: '顶格的称呼，不含冒号；不填则为“同志们”。',
      example: '各位代表，同志们',
    },
    {
      name: 'opening',
      label: '开场白',
      type: 'multiline',
      required: true,
      help: '说明会议的主要任务，每段一行；后面自动接“下面，我讲几点意见。”。',
      example:
        '今天，市委、市政府召开全市优化营商环境工作推进会议，主要任务是总结工作、分析形势，部署推进下一阶段工作。刚才，几个单位作了交流发言，讲得很好。',
    },
    {
      name: 'achievementsHeading',
      label: '第一部分标题',
      type: 'text',
      required: true,
      help: '讲成绩和形势的第一部分的小标题，末尾不加标点。',
      example: '充分肯定成绩，准确把握形势',
    },
    {
      name: 'achievements',
      label: '成绩和形势',
      type: 'multiline',
      required: true,
      help: '回顾取得的成绩、分析面临的形势，用事实和数据说明，每段一行。',
      example: '今年以来，全市新增市场主体4.6万户，同比增长12%，企业开办时间压缩至1个工作日以内。',
    },
    {
      name: 'tasksHeading',
      label: '第二部分标题',
      type: 'text',
      required: true,
      help: '讲重点任务的第二部分的小标题，末尾不加标点。',
      example: '突出工作重点，全力攻坚突破',
    },
    {
      name: 'tasks',
      label: '重点任务',
      type: 'group',
      required: true,
      help: '每项任务单列一项，自动编为（一）（二）（三）。',
      fields: [
        {
          name: 'task',
          label: '任务',
          type: 'text',
          required: true,
          help: '任务的概括，作小标题用，末尾不加标点。',
          example: '持续深化“放管服”改革',
        },
        {
          name: 'detail',
          label: '具体要求',
          type: 'multiline',
          required: true,
          help: '围绕这项任务的具体部署，每段一行。',
          example: '要全面推行“一网通办”，年底前实现高频政务服务事项“掌上办”全覆盖。',
        },
      ],
      example: [
        { task: '持续深化“放管服”改革', detail: '要全面推行“一网通办”，年底前实现高频政务服务事项“掌上办”全覆盖。' },
        { task: '着力强化要素保障', detail: '要加大用地、用能、融资等要素保障力度，帮助企业解决实际困难。' },
        { task: '切实加强法治保障', detail: '要严格规范公正文明执法，依法平等保护各类市场主体合法权益。' },
      ],
    },
    {
      name: 'requirementsHeading',
      label: '第三部分标题',
      type: 'text',
      required: true,
      help: '讲工作要求的第三部分的小标题，末尾不加标点。',
      example: '强化组织保障，确保落地见效',
    },
    {
      name: 'requirements',
      label: '工作要求',
      type: 'multiline',
      required: true,
      help: '对组织领导、责任落实、督查考核等方面的要求，每段一行。',
      example: '同志们，优化营商环境只有进行时，没有完成时。各级各部门要切实扛起责任，确保各项任务落到实处。',
    },
  ],
  body: `在{{meeting}}上的讲话
{{speaker}}
（{{cnDate date}}）

{{#if greeting}}{{greeting}}{{else}}同志们{{/if}}：
{{opening}}
下面，我讲几点意见。
一、{{achievementsHeading}}
{{achievements}}
二、{{tasksHeading}}
{{#each tasks}}
{{heading 2 @index}}{{task}}
{{detail}}
{{/each}}
三、{{requirementsHeading}}
{{requirements}}
谢谢大家。
`,
};
