import { useState } from 'react';
import { useTranslation } from '../../i18n/use-translation';
import type { UserTemplateInput } from '../../storage/user-templates-repository';
import type { FieldValues } from '../../templates/template-definition';
import { DeleteTemplateDialog } from './DeleteTemplateDialog';
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
  const [deleting, setDeleting] = useState(false);
  // Values carried into the next template (另拟请示); a new object each time, so the filler remounts.
  const [prefill, setPrefill] = useState<{ templateId: string; values: FieldValues; n: number } | null>(null);
  const choose = (id: string) => {
    setPrefill(null);
    setSelectedId(id);
  };
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
        <TemplateChooser builtin={builtin} user={user} value={selectedId} onChange={choose} />
        {/* Managing templates is rarer than filling one: a menu beside the chooser, not above the form. */}
        <MenuButton
          label={t('templateMenu')}
          items={[
            { label: t('newTemplate'), onSelect: () => setEditing({ initial: { ...blank } }) },
            ...(entry ? [{ label: t(entry.user ? 'editTemplate' : 'duplicateTemplate'), onSelect: edit }] : []),
            // Offered here too, so a template broken beyond editing never traps the user.
            ...(entry?.user ? [{ label: t('deleteTemplate'), onSelect: () => setDeleting(true) }] : []),
            { label: t('exportTemplates'), onSelect: packs.exportPack, disabled: user.length === 0 },
            { label: t('importTemplates'), onSelect: packs.chooseFile },
          ]}
        />
      </div>
      {packs.elements}
      {deleting && entry?.user && (
        <DeleteTemplateDialog
          templateId={entry.user.id}
          name={entry.def.name}
          onClose={(deleted) => {
            setDeleting(false);
            if (deleted) choose(builtin[0].def.id);
          }}
        />
      )}
      {refilling && initialValues && <p className="note">{t('refillLoaded')}</p>}
      {entry ? (
        <TemplateFiller
          key={entry.def.id + (entry.user?.updatedAt ?? '') + (prefill?.templateId === selectedId ? prefill.n : '')}
          entry={entry}
          initialValues={refilling ? initialValues : undefined}
          prefill={prefill?.templateId === selectedId ? prefill.values : undefined}
          onCreateDraft={onCreateDraft}
          onFollowUp={(templateId, values) => {
            setPrefill({ templateId, values, n: (prefill?.n ?? 0) + 1 });
            setSelectedId(templateId);
          }}
        />
      ) : (
        <p className="note">{t('templateMissing')}</p>
      )}
    </section>
  );
}
