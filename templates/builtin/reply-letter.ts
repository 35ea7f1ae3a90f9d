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
 * 复函: ××关于××的复函 → 主送机关 → `你局《关于××的函》（××〔2026〕×号）收悉。` → the answer and 特此函复。,
 * or several points after `经研究，现函复如下：` with no closing (国办函〔2004〕80号 and 〔2004〕57号).
 */
export const replyLetter: TemplateDefinition = {
  id: 'reply-letter',
  kind: '函',
  name: '函（复函）',
  description: '答复来函或请示：引述来文“收悉”，写明答复意见，以“特此函复。”结束。',
  fields: [
    unitField('发文机关', '某某市人民政府办公室'),
    {
      name: 'subject',
      label: '复函事由',
      type: 'text',
      required: true,
      help: '标题“××关于××的复函”中“关于”和“的复函”之间的部分。',
      example: '同意设立某某县应急物资储备库',
    },
    {
      name: 'addressee',
      label: '主送机关',
      type: 'text',
      required: true,
      help: '来文机关，不含冒号。',
      example: '某某县人民政府',
    },
    {
      name: 'incomingFrom',
      label: '来文称谓',
      type: 'text',
      required: true,
      help: '对来文机关的称呼，如“你县”“你局”“你们”。',
      example: '你县',
    },
    {
      name: 'incomingTitle',
      label: '来文标题',
      type: 'text',
      required: true,
      help: '来函或请示的标题，不含书名号。',
      example: '关于设立县级应急物资储备库的请示',
    },
    {
      name: 'incomingNumber',
      label: '来文字号',
      type: 'text',
      help: '来文的发文字号，写在书名号后的括号内；没有可不填。',
      example: '某政文〔2026〕15号',
    },
    {
      name: 'answers',
      label: '答复意见',
      type: 'group',
      required: true,
      help: '只有一项时接在“收悉。”之后写成一段；有几项时写“经研究，现函复如下：”并编为一、二、三。',
      fields: [
        {
          name: 'answer',
          label: '意见',
          type: 'multiline',
          required: true,
          help: '答复的具体意见，如“同意……”，以句号结尾；“经研究，”由模板写出。',
          example: '同意你县设立县级应急物资储备库，所需经费由县财政统筹解决。',
        },
      ],
      example: [
        { answer: '同意你县设立县级应急物资储备库，所需经费由县财政统筹解决。' },
        { answer: '储备库建设要严格执行国家有关标准，建成后纳入全市应急物资储备体系统一管理。' },
      ],
    },
    attachmentsField(['应急物资储备库建设标准']),
    issueDateField,
    publicityField,
    ...contactFields(false),
  ],
  body: `{{unit}}关于{{subject}}的复函

{{addressee}}：
{{#if (eq answers.length 1)}}
{{incomingFrom}}《{{incomingTitle}}》{{#if incomingNumber}}（{{docNumber incomingNumber}}）{{/if}}收悉。经研究，{{#each answers}}{{sentence answer}}{{/each}}
特此函复。
{{else}}
{{incomingFrom}}《{{incomingTitle}}》{{#if incomingNumber}}（{{docNumber incomingNumber}}）{{/if}}收悉。经研究，现函复如下：
{{#each answers}}
{{heading 1 @index}}{{sentence answer}}
{{/each}}
{{/if}}
${attachmentsBlock}${signatureBlock}`,
};
