import { sanitizeDocumentHtml } from './sanitize-document-html';
import { textToHtml } from '../text-to-html';
import { countPlaceholders } from '../placeholder';
import type { RenderedDocument } from '../template-definition';
import type { ConvertText } from './convert-script';

/**
 * Converts a rendered document's text and rebuilds its HTML from the converted text. The HTML is
 * never converted itself: its font names (方正小标宋简体, 仿宋_GB2312) must stay as installed fonts are named.
 */
export function convertDocument(doc: RenderedDocument, convert: ConvertText): RenderedDocument {
  const text = convert(doc.text);
  return {
    title: convert(doc.title),
    text,
    html: sanitizeDocumentHtml(textToHtml(text)),
    placeholders: countPlaceholders(text),
  };
}
