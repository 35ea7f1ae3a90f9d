/** A valid backup as plain JSON data; tests break one thing at a time. */
export function validBackup() {
  return {
    format: 'wenshu-backup',
    version: 1,
    exportedAt: 1_700_000_000_000,
    drafts: [
      {
        id: 'a',
        title: '工作总结',
        body: '正文甲',
        kind: '工作总结',
        tags: ['年度'],
        status: '定稿',
        pinned: true,
        createdAt: 1,
        updatedAt: 2,
        revision: 3,
        templateId: 'work-summary',
        fieldValues: { unit: '办公室', items: [{ measure: '做法' }] },
      },
      {
        id: 'b',
        title: '通知',
        body: '正文乙',
        kind: '通知',
        tags: [],
        status: '草稿',
        pinned: false,
        createdAt: 1,
        updatedAt: 5,
        revision: 1,
        deletedAt: 6,
      },
    ],
    revisions: [
      { id: 1, draftId: 'a', draftRevision: 1, createdAt: 1, source: 'template', title: '工作总结', body: '初稿' },
      { id: 2, draftId: 'a', draftRevision: 3, createdAt: 2, source: 'save', title: '工作总结', body: '正文甲' },
    ],
    userTemplates: [
      {
        id: 't1',
        name: '我的通知',
        kind: '通知',
        description: '',
        body: '{{unit}}',
        createdAt: 1,
        updatedAt: 1,
        fields: [
          { name: 'unit', label: '单位', type: 'text', required: true },
          { name: 'rows', label: '事项', type: 'group', fields: [{ name: 'x', label: 'X', type: 'text' }] },
        ],
      },
    ],
    settings: [{ key: 'locale', value: 'zh_TW' }],
  };
}
export type BackupData = ReturnType<typeof validBackup>;
