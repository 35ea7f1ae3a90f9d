import { useRef, useState } from 'react';
import { useTranslation } from '../../i18n/use-translation';
import { draftsRepository } from '../../storage/default-database';
import type { Draft } from '../../storage/draft';
import { useDraft } from '../../storage/use-drafts';
import { DraftEditor } from '../lazy-views';
import { useShowToast } from '../toast/toast-context';
import { DraftList, type ListScroll } from './DraftList';
import { TrashView } from './TrashView';

interface Props {
  openDraftId: string | null;
  onOpen: (id: string | null) => void;
  onRefill: (draft: Draft) => void;
  onStartFromTemplate: () => void;
  searchRequest: number;
}

/** The 草稿 tab: the searchable list, one open draft, or the trash. */
export function DraftsView({ openDraftId, onOpen, onRefill, onStartFromTemplate, searchRequest }: Props) {
  const { t } = useTranslation();
  const showToast = useShowToast();
  const [showTrash, setShowTrash] = useState(false);
  const openDraft = useDraft(openDraftId);
  // Where the list was scrolled when a draft was opened, so coming back finds it as it was.
  const listScroll = useRef<ListScroll>({ window: 0, list: 0 });
  // A draft deleted for good while open (trash emptied in another window) stays on screen with its
  // text, so the editor can offer to save it again instead of vanishing with the user's words.
  const lastSeen = useRef<Draft | null>(null);
  if (openDraft) lastSeen.current = openDraft;
  const gone = openDraft === null && lastSeen.current?.id === openDraftId ? lastSeen.current : null;
  const shown = openDraft ?? gone;

  if (showTrash) return <TrashView onBack={() => setShowTrash(false)} />;
  if (shown) {
    return (
      <DraftEditor
        key={shown.id}
        draft={shown}
        missing={gone !== null}
        onBack={() => onOpen(null)}
        onOpen={onOpen}
        onRefill={onRefill}
        onTrashed={() => {
          onOpen(null);
          showToast({
            message: t('movedToTrash'),
            action: { label: t('undo'), run: () => draftsRepository.restoreFromTrash(shown.id) },
            focusAction: true,
          });
        }}
      />
    );
  }
  if (openDraftId && openDraft === undefined) return null; // still loading: avoid flashing the list
  return (
    <DraftList
      onOpen={onOpen}
      onNew={async () => onOpen((await draftsRepository.create({ title: '', body: '', kind: '其他' })).id)}
      onStartFromTemplate={onStartFromTemplate}
      onOpenTrash={() => setShowTrash(true)}
      searchRequest={searchRequest}
      scroll={listScroll.current}
    />
  );
}
