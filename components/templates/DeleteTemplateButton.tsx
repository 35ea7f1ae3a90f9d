import { useState } from 'react';
import { useTranslation } from '../../i18n/use-translation';
import { userTemplatesRepository } from '../../storage/default-database';
import { ConfirmDialog } from '../ConfirmDialog';

interface Props {
  templateId: string;
  name: string;
  onDeleted: () => void;
}

/** 删除模板 after a confirmation; offered in the editor and in the library, so a broken template never traps the user. */
export function DeleteTemplateButton({ templateId, name, onDeleted }: Props) {
  const { t } = useTranslation();
  const [confirming, setConfirming] = useState(false);
  return (
    <>
      <button type="button" className="danger-link" onClick={() => setConfirming(true)}>
        {t('deleteTemplate')}
      </button>
      {confirming && (
        <ConfirmDialog
          message={t('deleteTemplateConfirm', name || t('untitledTemplate'))}
          confirmLabel={t('deleteTemplate')}
          onConfirm={async () => {
            await userTemplatesRepository.remove(templateId);
            onDeleted();
          }}
          onCancel={() => setConfirming(false)}
        />
      )}
    </>
  );
}
