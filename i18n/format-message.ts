import type { LocaleMessage } from './locale';

/** Fills chrome.i18n-style placeholders (`$COUNT$` → `$1`) so one file format serves manifest and UI. */
export function formatMessage(entry: LocaleMessage, substitutions: readonly (string | number)[]): string {
  let text = entry.message;
  for (const [name, { content }] of Object.entries(entry.placeholders ?? {})) {
    const value = content.replace(/\$(\d)/g, (_, n: string) => String(substitutions[Number(n) - 1] ?? ''));
    text = text.replace(new RegExp(`\\$${name}\\$`, 'gi'), value);
  }
  return text;
}
