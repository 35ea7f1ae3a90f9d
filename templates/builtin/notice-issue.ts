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
 * 印发通知: ××关于印发《××》的通知 → `《××》已经××同意，现印发给你们，请认真贯彻执行。` (国办函〔2018〕71号)
 * or `现将《××》印发给你们，请认真贯彻执行。` (国发〔2018〕41号) → 附件说明 → 署名、成文日期.
 */
export const noticeIssue: TemplateDefinition = {
  id: 'notice-issue',
  kind: '通知',
  name: '印发通知',
  description: '印发方案、办法、规定等文件的通知：“现将《××》印发给你们，请认真贯彻执行。”，文件作为附件。',
  fields: [
    unitField('发文机关', '某某市人民政府办公室'),
    {
      name: 'documentTitle',
      label: '印发文件名称',
      type: 'text',
      required: true,
      help: '印发的方案、办法等的标题，不含书名号，用于标题“关于印发《××》的通知”。',
      example: '某某市政务服务事项清单管理办法',
    },
    {
      name: 'addressee',
      label: '主送机关',
      type: 'text',
      required: true,
      help: '受文单位，不含冒号。',
      example: '各县（市、区）人民政府，市政府各部门',
    },
    {
      name: 'approver',
      label: '经××同意',
      type: 'text',
      help: '文件经上级同意时填写同意的机关，写成“《××》已经市政府同意，现印发给你们”；不填则写“现将《××》印发给你们”。',
      example: '市政府',
    },
    demandField,
    {
      name: 'requirements',
      label: '贯彻要求',
      type: 'multiline',
      help: '对贯彻执行的补充要求，另起一段；没有可不填。',
      example: '各地、各部门要结合实际抓好落实，执行中遇到的问题请及时反馈市政务服务管理局。',
    },
    attachmentsField(['某某市政务服务事项清单管理办法']),
    issueDateField,
    publicityField,
    ...contactFields(false),
  ],
  body: `{{unit}}关于印发《{{documentTitle}}》的通知

{{addressee}}：
{{#if approver}}《{{documentTitle}}》已经{{approver}}同意，现印发给你们，{{else}}现将《{{documentTitle}}》印发给你们，{{/if}}{{demand}}
{{#if requirements}}
{{requirements}}
{{/if}}
${attachmentsBlock}${signatureBlock}`,
};
