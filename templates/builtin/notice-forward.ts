import type { TemplateDefinition } from '../template-definition';
import {
  attachmentsBlock,
  attachmentsField,
  contactFields,
  publicityField,
  signatureBlock,
  unitField,
} from './formal-parts';
import { demandField } from './demand-field';
import { issueDateField } from './issue-date-field';

/**
 * 转发通知: ××转发××关于××意见的通知 (the 的 before the forwarded 文种 dropped) →
 * `××《关于××的意见》已经××同意，现转发给你们，请认真贯彻执行。` (国办发〔1997〕11号) → 补充要求 → 附件说明.
 */
export const noticeForward: TemplateDefinition = {
  id: 'notice-forward',
  kind: '通知',
  name: '转发通知',
  description: '转发上级或同级机关文件的通知：“现将××《××》转发给你们，请认真贯彻执行。”，可加补充要求。',
  fields: [
    unitField('发文机关', '某某县人民政府办公室'),
    {
      name: 'sourceUnit',
      label: '来文机关',
      type: 'text',
      required: true,
      help: '被转发文件的发文机关，如“市应急管理局”。',
      example: '市应急管理局',
    },
    {
      name: 'sourceTitle',
      label: '来文标题',
      type: 'text',
      required: true,
      help: '被转发文件的标题（不含发文机关和书名号），如“关于做好冬季安全生产工作的意见”；标题中的“的意见”自动写成“意见的通知”。',
      example: '关于做好冬季安全生产工作的意见',
    },
    {
      name: 'sourceNumber',
      label: '来文字号',
      type: 'text',
      help: '被转发文件的发文字号，写在书名号后的括号内；没有可不填。',
      example: '某应急发〔2026〕30号',
    },
    {
      name: 'addressee',
      label: '主送机关',
      type: 'text',
      required: true,
      help: '受文单位，不含冒号。',
      example: '各乡镇人民政府，县政府各部门',
    },
    {
      name: 'approver',
      label: '经××同意',
      type: 'text',
      help: '转发经上级同意时填写同意的机关，如“县政府”；不填则写“现将××转发给你们”。',
      example: '县政府',
    },
    demandField,
    {
      name: 'requirements',
      label: '补充要求',
      type: 'multiline',
      help: '结合本地实际提出的补充要求，每段一行；没有可不填。',
      example: '各乡镇、各部门要结合实际，于2026年12月20日前完成隐患排查，并将情况报送县应急管理局。',
    },
    attachmentsField(['关于做好冬季安全生产工作的意见']),
    issueDateField,
    publicityField,
    ...contactFields(false),
  ],
  body: `{{unit}}转发{{sourceUnit}}{{forwardedTitle sourceTitle}}的通知

{{addressee}}：
{{#if approver}}{{sourceUnit}}《{{sourceTitle}}》{{#if sourceNumber}}（{{docNumber sourceNumber}}）{{/if}}已经{{approver}}同意，现转发给你们，{{else}}现将{{sourceUnit}}《{{sourceTitle}}》{{#if sourceNumber}}（{{docNumber sourceNumber}}）{{/if}}转发给你们，{{/if}}{{demand}}
{{#if requirements}}
{{requirements}}
{{/if}}
${attachmentsBlock}${signatureBlock}`,
};
