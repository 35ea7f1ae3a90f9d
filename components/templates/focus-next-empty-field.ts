type Control = HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement;

/**
 * Focuses the next empty field after `from` (the field last worked on), wrapping, required fields
 * first: what 还有 N 处待填 points at. Returns the field, or null when none is empty.
 */
export function focusNextEmptyField(form: HTMLElement, from: Element | null): Control | null {
  const controls = [...form.querySelectorAll<Control>('input, textarea, select')].filter(
    (control) => control.value.trim() === '' && !control.disabled,
  );
  const required = controls.filter((control) => control.getAttribute('aria-required') === 'true');
  const candidates = required.length > 0 ? required : controls;
  const start = from && form.contains(from) ? from : null;
  const after = start
    ? candidates.find((control) => start.compareDocumentPosition(control) & Node.DOCUMENT_POSITION_FOLLOWING)
    : undefined;
  const next = after ?? candidates[0] ?? null;
  next?.focus();
  next?.scrollIntoView?.({ block: 'center' });
  return next;
}
