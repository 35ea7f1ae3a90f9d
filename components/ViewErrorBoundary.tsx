import { Component, useState, type ReactNode } from 'react';
import { useTranslation } from '../i18n/use-translation';
import { exportBackupFile } from './settings/export-backup-file';

interface Props {
  /** The view's name as the tab shows it. */
  view: string;
  children: ReactNode;
}

/**
 * Keeps an error in one view inside that view: the tabs and the other views go on working. The
 * editor's autosave flushes as it unmounts, so text typed before the error is saved, and a backup can
 * be exported from here.
 */
export class ViewErrorBoundary extends Component<Props, { error: Error | null }> {
  override state: { error: Error | null } = { error: null };

  static getDerivedStateFromError(error: unknown) {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  override render() {
    const { error } = this.state;
    return error ? <ViewErrorNotice view={this.props.view} error={error} /> : this.props.children;
  }
}

function ViewErrorNotice({ view, error }: { view: string; error: Error }) {
  const { t } = useTranslation();
  const [exported, setExported] = useState('');
  return (
    <div role="alert" className="conflict">
      <p>{t('viewCrashed', view)}</p>
      <div className="actions">
        <button type="button" className="primary" onClick={() => location.reload()}>
          {t('reload')}
        </button>
        <button
          type="button"
          onClick={async () => {
            const { drafts, fileName } = await exportBackupFile();
            setExported(t('exportDone', drafts, fileName));
          }}
        >
          {t('exportBackup')}
        </button>
      </div>
      {exported && <p className="note">{exported}</p>}
      <details>
        <summary>{t('errorDetails')}</summary>
        <code>{error.message}</code>
      </details>
    </div>
  );
}
