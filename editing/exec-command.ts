/**
 * execCommand is deprecated and absent in some engines (and in happy-dom); a missing or throwing
 * command just means "try the next strategy".
 */
export function execCommand(doc: Document, command: string, value: string): boolean {
  if (typeof doc.execCommand !== 'function') return false;
  try {
    return doc.execCommand(command, false, value);
  } catch {
    return false;
  }
}
