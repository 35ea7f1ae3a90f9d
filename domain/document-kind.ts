import * as v from 'valibot';

/** The kinds of text a director writes; the UI groups drafts and templates by these. */
export const documentKinds = [
  '工作总结',
  '情况汇报',
  '调研报告',
  '领导讲话',
  '会议纪要',
  '通知',
  '请示',
  '报告',
  '意见',
  '函',
  '典型经验材料',
  '其他',
] as const;
export type DocumentKind = (typeof documentKinds)[number];

export const documentKindSchema = v.picklist(documentKinds);
