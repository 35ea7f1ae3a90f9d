import { zipSync } from 'fflate';
import type { Draft } from '../storage/draft';
import { buildDocx } from './docx/build-docx';
import { draftParagraphs, type TemplateLookup } from './draft-paragraphs';
import { docxFileName, uniqueFileNames } from './docx-file-name';

/**
 * The export entry the panel imports on demand (`import('…/export-docx')`): the `docx` and zip code
 * load only when a director exports, never with the panel's first view.
 */
export interface ExportedFile {
  fileName: string;
  bytes: Uint8Array;
  type: string;
}

const docxType = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
type ExportableDraft = Pick<Draft, 'title' | 'body' | 'templateId' | 'fieldValues'>;

export async function exportDocx(
  draft: ExportableDraft,
  lookup: TemplateLookup,
  fallbackName: string,
): Promise<ExportedFile> {
  const paragraphs = await draftParagraphs(draft, lookup);
  const title = paragraphs.find((p) => p.role === 'title')?.text.replace(/\n/g, '') ?? draft.title;
  return { fileName: docxFileName(title, fallbackName), bytes: await buildDocx(paragraphs, title), type: docxType };
}

/** Several drafts as one .zip of .docx files, each named after its title (`通知（2）.docx` for a repeat). */
export async function exportDocxZip(
  drafts: ExportableDraft[],
  lookup: TemplateLookup,
  fallbackName: string,
  zipName: string,
): Promise<ExportedFile> {
  const files = await Promise.all(drafts.map((draft) => exportDocx(draft, lookup, fallbackName)));
  const names = uniqueFileNames(files.map((file) => file.fileName));
  // .docx files are compressed already: stored as they are, the zip is made at once.
  const bytes = zipSync(Object.fromEntries(files.map((file, i) => [names[i], [file.bytes, { level: 0 }]])));
  return { fileName: docxFileName(zipName, 'wenshu', '.zip'), bytes, type: 'application/zip' };
}
