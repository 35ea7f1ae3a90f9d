import { useMemo } from 'react';
import { useTranslation } from '../../i18n/use-translation';
import { wordDiff } from '../../review/word-diff';
import { ConfirmDialog } from '../ConfirmDialog';
import { DiffView } from '../DiffView';

export type RefillChoice = 'overwrite' | 'keepCopy' | 'cancel';

interface Props {
  /** The draft's text now, edited by hand since its last fill. */
  current: string;
  /** The text the template produced now. */
  next: string;
  onChoose: (choice: RefillChoice) => void;
}

/** 重新填写 over hand edits: show what would go, then keep the edits as a copy, overwrite, or cancel. */
export function RefillConfirm({ current, next, onChoose }: Props) {
  const { t } = useTranslation();
  const parts = useMemo(() => wordDiff(current, next), [current, next]);
  return (
    <ConfirmDialog
      message={t('refillEditedQuestion')}
      confirmLabel={t('refillOverwrite')}
      onConfirm={() => onChoose('overwrite')}
      onCancel={() => onChoose('cancel')}
      extraActions={
        <button type="button" onClick={() => onChoose('keepCopy')}>
          {t('refillKeepCopy')}
        </button>
      }
    >
      <p className="note">{t('refillOverwriteNote')}</p>
      <DiffView parts={parts} label={t('refillReplaced')} />
    </ConfirmDialog>
  );
}
