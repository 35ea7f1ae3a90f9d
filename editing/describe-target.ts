import type { TargetDescription, TargetKind } from '../messaging/protocol';
import { isTextField } from './editable-target';

const maxLabel = 24;

/** Text of a label without the text of the controls inside it (a textarea's content is not its name). */
function labelText(label: Element): string {
  const copy = label.cloneNode(true) as Element;
  copy.querySelectorAll('input, textarea, select, button, [contenteditable]').forEach((control) => control.remove());
  return copy.textContent ?? '';
}

function nameOf(element: HTMLElement): string {
  const aria = element.getAttribute('aria-label');
  if (aria?.trim()) return aria;
  const root = element.getRootNode() as Document | ShadowRoot;
  const labelledBy = (element.getAttribute('aria-labelledby') ?? '').split(/\s+/).filter(Boolean);
  const byId = labelledBy.map((id) => root.getElementById?.(id)?.textContent ?? '').join(' ');
  if (byId.trim()) return byId;
  const labels = isTextField(element) ? [...(element.labels ?? [])] : [];
  const labelled = labels.map(labelText).join(' ');
  if (labelled.trim()) return labelled;
  return element.getAttribute('placeholder') ?? element.getAttribute('title') ?? '';
}

/** The page's own words for the field, shown in the panel as "将插入到：站点 的 标签". */
export function describeTarget(element: HTMLElement): TargetDescription {
  const kind: TargetKind = !isTextField(element) ? 'rich' : element.tagName === 'INPUT' ? 'singleLine' : 'multiLine';
  const label = nameOf(element).replace(/\s+/g, ' ').trim();
  return { kind, label: label.length > maxLabel ? `${label.slice(0, maxLabel)}…` : label };
}
