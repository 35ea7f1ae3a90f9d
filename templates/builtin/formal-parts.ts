import type { GroupField, ScalarField } from '../template-definition';

/**
 * What every formal 公文 (通知, 请示, 报告, 函, 意见) carries after its body, per GB/T 9704-2012:
 * 附件说明 (7.3.5) one blank line under the body, then 发文机关署名 and 成文日期 (7.3.6), then 附注 (7.3.7)
 * in parentheses on the next line — 此件公开发布 and the contact person, never inside the body.
 */

/** 附件说明: `附件：名称` for one, `附件：1.甲` / `2.乙` for several; no punctuation after a name. */
export function attachmentsField(example: string[]): GroupField {
  return {
    name: 'attachments',
    label: '附件',
    type: 'group',
    help: '有附件时逐个填写附件名称，自动写成“附件：1.××”；没有可不填。',
    fields: [
      {
        name: 'title',
        label: '附件名称',
        type: 'text',
        required: true,
        help: '附件的标题，不加书名号，末尾不加标点。',
        example: example[0],
      },
    ],
    example: example.map((title) => ({ title })),
  };
}

export const publicityField: ScalarField = {
  name: 'publicity',
  label: '公开方式',
  type: 'choice',
  options: ['此件公开发布', '此件依申请公开', '此件不予公开'],
  help: '作为附注写在成文日期下一行，加圆括号；不填则不写。',
  example: '此件公开发布',
};

export function contactFields(required: boolean): ScalarField[] {
  return [
    {
      name: 'contactName',
      label: '联系人',
      type: 'text',
      required,
      help: '作为附注写在成文日期下一行，不写进正文。',
      example: '王某某',
    },
    {
      name: 'contactPhone',
      label: '联系电话',
      type: 'text',
      required,
      help: '联系人的电话。',
      example: '0000-7654321',
    },
  ];
}

export function unitField(label: string, example: string): ScalarField {
  return { name: 'unit', label, type: 'text', required: true, help: '落款机关全称。', example };
}

/** 附件说明: a blank line above it; several attachments are numbered 1. 2. 3. */
export const attachmentsBlock = `{{#if attachments.length}}

{{#each attachments}}
{{#if @first}}附件：{{/if}}{{#unless (eq ../attachments.length 1)}}{{heading 3 @index}}{{/unless}}{{title}}
{{/each}}
{{/if}}`;

/** 署名 and 成文日期 after one blank line, then the 附注 lines. */
export const signatureBlock = `

{{unit}}
{{cnDate date}}
{{#if publicity}}
（{{publicity}}）
{{/if}}
{{#if contactName}}
（联系人：{{contactName}}{{#if contactPhone}}，联系电话：{{contactPhone}}{{/if}}）
{{/if}}
`;
