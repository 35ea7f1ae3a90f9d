import { eventTarget } from './paste-strategy';
import type { RichStrategy } from './rich-strategy';

/**
 * A synthetic `beforeinput` (insertText), the event model-driven editors (CKEditor 5, Slate) handle
 * themselves and cancel. execCommand never fires beforeinput in Chromium, so they need this one.
 */
export const beforeInputStrategy: RichStrategy = {
  name: 'beforeinput',
  run({ host, text }) {
    const view = host.ownerDocument.defaultView ?? window;
    const event = new view.InputEvent('beforeinput', {
      inputType: 'insertText',
      data: text,
      bubbles: true,
      cancelable: true,
      composed: true,
    });
    return !eventTarget(host).dispatchEvent(event);
  },
};
