import { useState } from 'react';
import { useTranslation } from '../../i18n/use-translation';
import type { UserTemplateInput } from '../../storage/user-templates-repository';
import type { FieldValues } from '../../templates/template-definition';
import { TemplateChooser } from './TemplateChooser';
import { TemplateEditor } from './TemplateEditor';
import { TemplateFiller } from './TemplateFiller';
import { MenuButton } from '../MenuButton';
import { useTemplatePacks } from './use-template-packs';
import type { TemplateFill } from './template-fill';
import { useTemplateLibrary } from './use-template-library';
import './templates.css';

interface Props {
  onCreateDraft: (fill: TemplateFill) => void;
  /** Re-fill a draft (重新填写): open this template with these values instead of the remembered ones. */
  initialTemplateId?: string;
  initialValues?: FieldValues;
}

type Editing = { templateId?: string; initial: UserTemplateInput } | null;

const blank: UserTemplateInput = { name: '', kind: '其他', description: '', fields: [], body: '' };

/** The 模板 view: choose and fill a template, or write one's own (新建模板 / 编辑模板), or move packs. */
export function TemplateLibrary({ onCreateDraft, initialTemplateId, initialValues }: Props) {
  const { t } = useTranslation();
  const { builtin, user } = useTemplateLibrary();
  const [selectedId, setSelectedId] = useState(initialTemplateId ?? builtin[0].def.id);
  const [editing, setEditing] = useState<Editing>(null);
  const entry = [...builtin, ...user].find((candidate) => candidate.def.id === selectedId);
  const refilling = initialTemplateId !== undefined && selectedId === initialTemplateId;
  const packs = useTemplatePacks(user, setSelectedId);

  if (editing) {
    return (
      <TemplateEditor
        key={editing.templateId ?? 'new'}
        templateId={editing.templateId}
        initial={editing.initial}
        onSaved={setSelectedId}
        onClose={() => setEditing(null)}
      />
    );
  }
  const edit = () => {
    if (!entry) return;
    const { name, kind, description, fields, body } = entry.def;
    if (entry.user) setEditing({ templateId: entry.user.id, initial: { name, kind, description, fields, body } });
    else setEditing({ initial: { name: t('copyOf', name), kind, description, fields: structuredClone(fields), body } });
  };
  return (
    <section className="filler" aria-label={t('navTemplates')}>
      <div className="template-head">
        <TemplateChooser builtin={builtin} user={user} value={selectedId} onChange={setSelectedId} />
        {/* Managing templates is rarer than filling one: a menu beside the chooser, not above the form. */}
        <MenuButton
          label={t('templateMenu')}
          items={[
            { label: t('newTemplate'), onSelect: () => setEditing({ initial: { ...blank } }) },
            ...(entry ? [{ label: t(entry.user ? 'editTemplate' : 'duplicateTemplate'), onSelect: edit }] : []),
            { label: t('exportTemplates'), onSelect: packs.exportPack, disabled: user.length === 0 },
            { label: t('importTemplates'), onSelect: packs.chooseFile },
          ]}
        />
      </div>
      {packs.elements}
      {refilling && initialValues && <p className="note">{t('refillLoaded')}</p>}
      {entry ? (
        <TemplateFiller
          key={entry.def.id + (entry.user?.updatedAt ?? '')}
          entry={entry}
          initialValues={refilling ? initialValues : undefined}
          onCreateDraft={onCreateDraft}
        />
      ) : (
        <p className="note">{t('templateMissing')}</p>
      )}
    </section>
  );
}
