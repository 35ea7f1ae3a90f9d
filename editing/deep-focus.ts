/**
 * Web-component forms host their fields in open shadow roots: the document only sees the host as focused
 * and events retargeted to it. These look through open roots (nested ones too); closed roots stay closed.
 */
export function deepActiveElement(doc: Document): Element | null {
  let active = doc.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** The innermost element an event started at (composedPath crosses open roots only). */
export function deepTarget(event: Event): Element | null {
  const first = event.composedPath()[0] ?? event.target;
  return isElement(first) ? first : null;
}

/** Realm-free check: nodes of a child frame tracked from its parent fail `instanceof Element`. */
export function isElement(value: unknown): value is Element {
  return typeof value === 'object' && value !== null && (value as Node).nodeType === 1;
}

/**
 * The selection that holds a node: Chromium keeps a selection inside a shadow tree on its root
 * (`ShadowRoot.getSelection`); the document's own selection only reports the host there.
 */
export function selectionOf(node: Node): Selection | null {
  const root = node.getRootNode() as Node & { getSelection?: () => Selection | null };
  if (root.nodeType === 11 && typeof root.getSelection === 'function') return root.getSelection();
  return (node.ownerDocument ?? (node as Document)).getSelection();
}
