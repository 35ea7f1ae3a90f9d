import { downloadFile } from './download-file';

/** Saves text (a backup, a template pack) as a JSON file. */
export function downloadText(text: string, fileName: string, doc: Document = document): void {
  downloadFile(text, 'application/json', fileName, doc);
}
