import { useTranslation } from '../i18n/use-translation';
import type { InsertTarget, TargetKind } from '../messaging/protocol';

const kindNames = {
  singleLine: 'targetSingleLine',
  multiLine: 'targetMultiLine',
  rich: 'targetRich',
} as const satisfies Record<TargetKind, string>;

/** "将插入到：127.0.0.1 的 正文": which site and which field the text will go into, before the click. */
export function InsertTargetLine({ target }: { target: InsertTarget | null }) {
  const { t } = useTranslation();
  if (!target) return <p className="note insert-target">{t('insertTargetNone')}</p>;
  const label = target.label || t(kindNames[target.kind]);
  return (
    <p className={target.crossOrigin ? 'insert-target warning' : 'note insert-target'}>
      {target.crossOrigin
        ? t('insertTargetFrame', target.frameSite, label, target.site)
        : t('insertTargetLine', target.site, label)}
    </p>
  );
}
