import { useTranslation } from '../../i18n/use-translation';
import { userTemplatesRepository } from '../../storage/default-database';
import { ConfirmDialog } from '../ConfirmDialog';

interface Props {
  templateId: string;
  name: string;
  /** `true` once the template is gone; `false` when the user cancelled. */
  onClose: (deleted: boolean) => void;
}

/** 删除模板 after a confirmation: asked from the editor and from the library's menu. */
export function DeleteTemplateDialog({ templateId, name, onClose }: Props) {
  const { t } = useTranslation();
  return (
    <ConfirmDialog
      message={t('deleteTemplateConfirm', name || t('untitledTemplate'))}
      confirmLabel={t('deleteTemplate')}
      onConfirm={async () => {
        await userTemplatesRepository.remove(templateId);
        onClose(true);
      }}
      onCancel={() => onClose(false)}
    />
  );
}
