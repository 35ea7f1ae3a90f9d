import type { MessageKey } from '../i18n/locale';
import type { DraftStatus } from '../storage/draft';
import type { DocumentKind } from '../templates/template-definition';

/** Stored values stay Chinese (backups, search, templates); what the UI shows follows 界面语言. */
export const kindLabelKeys: Record<DocumentKind, MessageKey> = {
  工作总结: 'kindWorkSummary',
  情况汇报: 'kindBriefing',
  调研报告: 'kindResearchReport',
  领导讲话: 'kindLeaderSpeech',
  会议纪要: 'kindMeetingMinutes',
  通知: 'kindNotice',
  请示: 'kindRequest',
  报告: 'kindReport',
  意见: 'kindOpinion',
  函: 'kindLetter',
  典型经验材料: 'kindTypicalExperience',
  其他: 'kindOther',
};

export const statusLabelKeys: Record<DraftStatus, MessageKey> = {
  草稿: 'statusDraft',
  定稿: 'statusFinal',
  已报送: 'statusSubmitted',
};

type Translate = (key: MessageKey) => string;

/** A value outside the list (an old or damaged record) is shown as stored rather than breaking the view. */
export const kindLabel = (t: Translate, kind: string) =>
  kind in kindLabelKeys ? t(kindLabelKeys[kind as DocumentKind]) : kind;
export const statusLabel = (t: Translate, status: string) =>
  status in statusLabelKeys ? t(statusLabelKeys[status as DraftStatus]) : status;
