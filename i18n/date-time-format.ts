import type { Locale } from './locale';

const formats = new Map<string, Intl.DateTimeFormat>();

/**
 * One shared formatter per language and precision: building an Intl.DateTimeFormat costs far more than
 * formatting with it, and a list row used to build one per render.
 */
export function dateTimeFormat(locale: Locale, timeStyle: 'short' | 'medium' = 'short'): Intl.DateTimeFormat {
  const key = `${locale}/${timeStyle}`;
  let format = formats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locale.replace('_', '-'), { dateStyle: 'short', timeStyle });
    formats.set(key, format);
  }
  return format;
}
