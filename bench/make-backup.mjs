// Backup files for the bench: drafts cut from the real 公文 in tests/corpus/gongwen, so the index sees
// the vocabulary and punctuation of real documents. Deterministic: every run loads the same drafts.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const kinds = ['通知', '请示', '情况汇报', '工作总结', '调研报告', '会议纪要', '领导讲话', '典型经验材料'];
const statuses = ['草稿', '定稿', '已报送'];

function corpusText(folder) {
  return readdirSync(folder)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((name) => readFileSync(join(folder, name), 'utf8'))
    .join('\n');
}

/** A wenshu-backup object with `count` drafts of about `length` characters each (newest last). */
export function makeBackup(
  count,
  { length = 2_000, corpus = 'tests/corpus/gongwen', start = Date.UTC(2024, 0, 1) } = {},
) {
  const text = corpusText(corpus);
  const lines = text.split('\n').filter((line) => line.trim().length > 0);
  const drafts = [];
  let cursor = 0;
  for (let i = 0; i < count; i++) {
    // Start each draft at another line (a stride coprime to the line count), so drafts overlap but differ.
    cursor = (cursor + 7919) % lines.length;
    const title = lines[cursor].slice(0, 40);
    const body = [];
    let size = 0;
    for (let j = cursor + 1; size < length; j++) {
      const line = lines[j % lines.length];
      body.push(line);
      size += line.length + 1;
    }
    const updatedAt = start + i * 60_000;
    drafts.push({
      id: `bench-${String(i).padStart(5, '0')}`,
      title: `${title}（${i}）`,
      body: body.join('\n').slice(0, length),
      kind: kinds[i % kinds.length],
      tags: i % 3 === 0 ? [['年度', '重点', '上报', '内部'][i % 4]] : [],
      status: statuses[i % statuses.length],
      pinned: false,
      createdAt: updatedAt,
      updatedAt,
      revision: 1,
    });
  }
  return {
    format: 'wenshu-backup',
    version: 1,
    exportedAt: Date.now(),
    drafts,
    revisions: [],
    userTemplates: [],
    settings: [],
  };
}

/** `length` characters of real prose, for the typing measurements. */
export function proseOf(length, corpus = 'tests/corpus/gongwen') {
  const text = corpusText(corpus);
  let out = '';
  while (out.length < length) out += text;
  return out.slice(0, length);
}
