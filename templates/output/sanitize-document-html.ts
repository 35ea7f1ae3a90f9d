import DOMPurify from 'dompurify';
import { canonicalParagraphs } from './canonical-paragraphs';
import { filterStyle } from './filter-style';

type Purifier = ReturnType<typeof DOMPurify>;
let purifier: Purifier | null | undefined;

/**
 * One configured DOMPurify, or null where it cannot work: no DOM (service worker), or a DOM it does not
 * handle — happy-dom drops the first element and skips others — so it is checked once on a sample.
 */
function getPurifier(): Purifier | null {
  if (purifier !== undefined) return purifier;
  purifier = null;
  if (typeof window === 'undefined' || !DOMPurify.isSupported) return purifier;
  const candidate = DOMPurify(window);
  candidate.addHook('uponSanitizeAttribute', (_node, data) => {
    if (data.attrName !== 'style') return;
    data.attrValue = filterStyle(data.attrValue);
    if (data.attrValue === '') data.keepAttr = false;
  });
  // No event handler in the sample: even inert parsing of one is reported as a CSP violation.
  const sample = '<p style="text-align:center">a</p><p title="x">b<b>c</b></p>';
  if (candidate.sanitize(sample, config) === '<p style="text-align:center">a</p><p>bc</p>') purifier = candidate;
  return purifier;
}

const config = { ALLOWED_TAGS: ['p'], ALLOWED_ATTR: ['style'], ALLOW_DATA_ATTR: false, ALLOW_ARIA_ATTR: false };

/**
 * Defence in depth for HTML that goes into other people's OA pages. It is built from escaped text
 * already (text-to-html.ts); DOMPurify then keeps only <p> with an allowlisted style (no scripts, event
 * handlers, URLs, or styles that hide text), and the result is re-written in the one canonical shape
 * (`<p style>` + escaped text), which also makes the output the same in every environment.
 */
export function sanitizeDocumentHtml(html: string): string {
  const purify = getPurifier();
  return canonicalParagraphs(purify ? purify.sanitize(html, config) : html);
}
