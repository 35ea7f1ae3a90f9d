import { useId, useState } from 'react';
import { useTranslation } from '../i18n/use-translation';
import type { Draft } from '../storage/draft';
import { draftsRepository } from '../storage/default-database';
import { useAutosave } from '../storage/use-autosave';
import { textToHtml } from '../templates/text-to-html';
import { InsertButton } from './InsertButton';
import { countCharacters } from './count-characters';

interface Props {
  draft: Draft;
  onBack: () => void;
}

/** Title and body of one draft; edits are autosaved, the text can be inserted into the page. */
export function DraftEditor({ draft, onBack }: Props) {
  const { t } = useTranslation();
  const [title, setTitle] = useState(draft.title);
  const [body, setBody] = useState(draft.body);
  const { change, saveState } = useAutosave((patch) => draftsRepository.update(draft.id, patch));
  const id = useId();

  return (
    <section className="editor" aria-label={title || t('untitled')}>
      <button type="button" className="link" onClick={onBack}>
        ‹ {t('back')}
      </button>
      <label htmlFor={`${id}-title`}>{t('draftTitle')}</label>
      <input
        id={`${id}-title`}
        value={title}
        onChange={(event) => {
          setTitle(event.target.value);
          change({ title: event.target.value });
        }}
      />
      <label htmlFor={`${id}-body`}>{t('draftBody')}</label>
      <textarea
        id={`${id}-body`}
        className="body"
        rows={18}
        value={body}
        onChange={(event) => {
          setBody(event.target.value);
          change({ body: event.target.value });
        }}
      />
      <p className="meta">
        <span>{t('wordCount', countCharacters(body))}</span>
        <span role={saveState.state === 'failed' ? 'alert' : 'status'}>
          {saveState.state === 'saved' && t('saved')}
          {saveState.state === 'pending' && t('saving')}
          {saveState.state === 'failed' && t('saveFailed', saveState.reason)}
        </span>
      </p>
      <InsertButton text={body} html={textToHtml(body)} />
    </section>
  );
}
