import { describe, expect, it } from 'vitest';
import { kindLabel, statusLabel } from '../../../components/value-labels';
import type { MessageKey } from '../../../i18n/messages';
import { translate } from '../../../i18n/translate';
import { draftStatuses } from '../../../storage/draft';
import { documentKinds } from '../../../templates/template-definition';

const t = (locale: 'zh_CN' | 'zh_TW' | 'en') => (key: MessageKey) => translate(locale, key);

describe('status and 文种 names per 界面语言', () => {
  it('shows the stored value in 简体 and a translation in 繁體 and English', () => {
    for (const kind of documentKinds) expect(kindLabel(t('zh_CN'), kind)).toBe(kind);
    for (const status of draftStatuses) expect(statusLabel(t('zh_CN'), status)).toBe(status);
    expect(statusLabel(t('zh_TW'), '已报送')).toBe('已報送');
    expect(kindLabel(t('zh_TW'), '会议纪要')).toBe('會議紀要');
    for (const kind of documentKinds) expect(kindLabel(t('en'), kind)).toMatch(/^[A-Z][A-Za-z' ]+$/);
    for (const status of draftStatuses) expect(statusLabel(t('en'), status)).toMatch(/^[A-Z][a-z]+$/);
  });

  it('shows a value outside the list as stored instead of failing', () => {
    expect(kindLabel(t('en'), '公告')).toBe('公告');
    expect(statusLabel(t('en'), '归档')).toBe('归档');
  });
});
