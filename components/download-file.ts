/** Saves bytes as a file through the browser's download flow; no permission and no network needed. */
export function downloadFile(data: BlobPart, type: string, fileName: string, doc: Document = document): void {
  const url = URL.createObjectURL(new Blob([data], { type }));
  const link = doc.createElement('a');
  link.href = url;
  link.download = fileName;
  doc.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
