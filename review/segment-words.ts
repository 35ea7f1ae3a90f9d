/**
 * Chinese has no spaces between words, so a word-level diff needs a segmenter. Intl.Segmenter ships with
 * Chromium's ICU dictionary for Chinese; where it is missing, characters are the fallback unit.
 */
export function segmentWords(text: string, locale = 'zh-CN'): string[] {
  if (typeof Intl.Segmenter !== 'function') return Array.from(text);
  const segmenter = new Intl.Segmenter(locale, { granularity: 'word' });
  return Array.from(segmenter.segment(text), (segment) => segment.segment);
}
