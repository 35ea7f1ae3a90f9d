import type { TemplateDefinition } from '../template-definition';

/**
 * 典型经验材料: a main title that sums up the practice, the subtitle `——××的经验做法`, an opening (background
 * and results, ending 主要做法如下：), then each practice as a top-level heading 一、二、三 with its measures
 * and figures, and an optional closing paragraph on what others can learn.
 */
export const typicalExperience: TemplateDefinition = {
  id: 'typical-experience',
  kind: '典型经验材料',
  name: '典型经验材料',
  description: '总结推广一个单位的典型做法：主标题加“——××的经验做法”副标题，背景和成效，再逐条写主要做法。',
  fields: [
    {
      name: 'headline',
      label: '主标题',
      type: 'text',
      required: true,
      help: '对做法和成效的概括，末尾不加标点。',
      example: '“三个聚焦”推动基层治理提质增效',
    },
    {
      name: 'unit',
      label: '单位',
      type: 'text',
      required: true,
      help: '经验所属的单位或地区，用于副标题“——××××的经验做法”。',
      example: '某某县',
    },
    {
      name: 'field',
      label: '工作领域',
      type: 'text',
      required: true,
      help: '副标题中单位之后的工作，如“推进基层治理现代化”。',
      example: '推进基层治理现代化',
    },
    {
      name: 'background',
      label: '背景',
      type: 'multiline',
      required: true,
      help: '面临的问题和开展这项工作的起因，写成完整的句子。',
      example: '近年来，某某县针对基层治理中力量分散、响应不快等问题，坚持党建引领，探索形成了“三个聚焦”工作法。',
    },
    {
      name: 'results',
      label: '取得成效',
      type: 'multiline',
      required: true,
      help: '用数据说明成效，只写实际取得的结果；后面自动接“主要做法如下：”。',
      example: '2026年，全县矛盾纠纷化解率达到98.6%，群众满意度较上年提高6.2个百分点',
    },
    {
      name: 'practices',
      label: '主要做法',
      type: 'group',
      required: true,
      help: '每条做法单列一项，自动编为一、二、三，写具体举措和数据。',
      fields: [
        {
          name: 'practice',
          label: '做法',
          type: 'text',
          required: true,
          help: '做法的概括，作小标题用，末尾不加标点。',
          example: '聚焦网格治理，织密服务网络',
        },
        {
          name: 'measures',
          label: '具体举措',
          type: 'multiline',
          required: true,
          help: '具体举措和数据，每段一行。',
          example: '全县划分网格1260个，配备专职网格员1300余名，实现“人在网中走、事在格中办”。',
        },
      ],
      example: [
        {
          practice: '聚焦网格治理，织密服务网络',
          measures: '全县划分网格1260个，配备专职网格员1300余名，实现“人在网中走、事在格中办”。',
        },
        {
          practice: '聚焦矛盾化解，畅通诉求渠道',
          measures: '建立县乡村三级矛盾纠纷调处中心，推行“一站式接收、一揽子调处”。',
        },
        {
          practice: '聚焦数字赋能，提升治理效率',
          measures: '建成县级基层治理指挥平台，群众诉求平均办结时间由5天缩短至2天。',
        },
      ],
    },
    {
      name: 'insights',
      label: '经验启示',
      type: 'multiline',
      help: '可复制推广的经验，作为结尾一段；没有可不填。',
      example: '实践表明，坚持党建引领、以人民为中心，是做好基层治理的根本保证。',
    },
  ],
  body: `{{headline}}
——{{unit}}{{field}}的经验做法

{{sentence background}}{{sentence results}}主要做法如下：
{{#each practices}}
{{heading 1 @index}}{{practice}}
{{measures}}
{{/each}}
{{#if insights}}
{{insights}}
{{/if}}
`,
};
