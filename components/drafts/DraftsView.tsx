import { useRef, useState } from 'react';
import { draftsRepository } from '../../storage/default-database';
import type { Draft } from '../../storage/draft';
import { useDraft } from '../../storage/use-drafts';
import { DraftEditor } from './DraftEditor';
import { DraftList } from './DraftList';
import { TrashView } from './TrashView';

interface Props {
  openDraftId: string | null;
  onOpen: (id: string | null) => void;
  onRefill: (draft: Draft) => void;
  searchRequest: number;
}

/** The 草稿 tab: the searchable list, one open draft, or the trash. */
export function DraftsView({ openDraftId, onOpen, onRefill, searchRequest }: Props) {
  const [showTrash, setShowTrash] = useState(false);
  const openDraft = useDraft(openDraftId);
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
        onTrashed={() => onOpen(null)}
      />
    );
  }
  if (openDraftId && openDraft === undefined) return null; // still loading: avoid flashing the list
  return (
    <DraftList
      onOpen={onOpen}
      onNew={async () => onOpen((await draftsRepository.create({ title: '', body: '', kind: '其他' })).id)}
      onOpenTrash={() => setShowTrash(true)}
      searchRequest={searchRequest}
    />
  );
}
