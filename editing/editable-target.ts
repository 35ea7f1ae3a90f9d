/** Input types that hold free text; password and the rest are never written into. */
const textInputTypes = new Set(['', 'text', 'search', 'url', 'tel', 'email']);

export type TextField = HTMLInputElement | HTMLTextAreaElement;

export function isTextField(element: Element): element is TextField {
  const tag = element.tagName;
  if (tag === 'TEXTAREA') return true;
  if (tag !== 'INPUT') return false;
  return textInputTypes.has(((element as HTMLInputElement).getAttribute('type') ?? '').toLowerCase());
}

export function isRichEditable(element: Element): element is HTMLElement {
  return (element as HTMLElement).isContentEditable === true;
}

/** The element insertion should target, given what received focus (e.g. a child of a contenteditable). */
export function editableTargetOf(element: Element | null): HTMLElement | null {
  if (!element) return null;
  if (isTextField(element)) return element;
  if (isRichEditable(element)) {
    let host = element;
    // Stop at <body>: in a designMode document <html> is editable too, and <head> is no place for text.
    while (host.parentElement?.isContentEditable && host !== host.ownerDocument.body) host = host.parentElement;
    return host;
  }
  return null;
}
