import { useTranslation } from '../../i18n/use-translation';
import { BackupSection } from './BackupSection';
import { ProofreadRulesSection } from './ProofreadRulesSection';
import { StorageSection } from './StorageSection';

export function SettingsView() {
  const { t } = useTranslation();
  return (
    <section className="settings" aria-label={t('navSettings')}>
      <BackupSection />
      <StorageSection />
      <ProofreadRulesSection />
    </section>
  );
}
