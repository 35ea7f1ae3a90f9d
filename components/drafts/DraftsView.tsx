import { useState } from 'react';
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

  if (showTrash) return <TrashView onBack={() => setShowTrash(false)} />;
  if (openDraft && openDraft.deletedAt === undefined) {
    return (
      <DraftEditor
        key={openDraft.id}
        draft={openDraft}
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
