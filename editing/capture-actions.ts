import type { WxtBrowser } from 'wxt/browser';
import { ProtocolFailure, type InsertResult } from '../messaging/protocol';
import { callFrame } from '../messaging/protocol-client';
import type { Draft, NewDraft } from '../storage/draft';
import { textToHtml } from '../templates/text-to-html';
import { capturedSelectionItem } from './captured-selection';

/** What the capture actions need from storage; the default database in the extension, fakes in tests. */
export interface CaptureStore {
  createDraft(input: NewDraft): Promise<Draft>;
  getDraft(id: string): Promise<Draft | undefined>;
  lastDraftId(): Promise<string | null>;
  setLastDraftId(id: string): Promise<void>;
}

export interface FrameRef {
  tabId: number;
  frameId: number;
}

/** The actions behind the context menu and the keyboard shortcut, all in the service worker. */
export function createCaptureActions(browser: WxtBrowser, store: CaptureStore) {
  // Read from the page, not info.selectionText: that one joins lines with spaces.
  const readSelection = (at: FrameRef) => callFrame(browser.tabs, at.tabId, at.frameId, { kind: 'readSelection' });

  return {
    /** 润色所选: keep the selection for the polishing view (which later replaces it in place). */
    async polishSelection(at: FrameRef): Promise<void> {
      const { text } = await readSelection(at);
      await capturedSelectionItem.setValue({ text, ...at, capturedAt: Date.now() });
    },

    /** 存为草稿: a new draft of kind 其他, titled by its first line, opened next time the panel opens. */
    async saveAsDraft(at: FrameRef): Promise<Draft> {
      const { text } = await readSelection(at);
      const title = text.split('\n')[0].trim().slice(0, 40);
      const draft = await store.createDraft({ title, body: text, kind: '其他' });
      await store.setLastDraftId(draft.id);
      return draft;
    },

    /** 插入草稿到此处 / the shortcut: the draft open in the panel goes into the focused field. */
    async insertCurrentDraft(at: FrameRef): Promise<InsertResult> {
      const id = await store.lastDraftId();
      const draft = id ? await store.getDraft(id) : undefined;
      if (!draft || draft.deletedAt !== undefined) throw new ProtocolFailure('noDraft');
      const request = {
        kind: 'insertIntoFrame',
        text: draft.body,
        html: textToHtml(draft.body),
        mode: 'replaceSelection',
      } as const;
      return callFrame(browser.tabs, at.tabId, at.frameId, request);
    },

    /** For the polishing view: put the polished text where the captured selection was. */
    async replaceCapturedSelection(text: string, html: string): Promise<InsertResult> {
      const captured = await capturedSelectionItem.getValue();
      if (!captured) throw new ProtocolFailure('noSelection');
      const request = { kind: 'insertIntoFrame', text, html, mode: 'replaceSelection' } as const;
      return callFrame(browser.tabs, captured.tabId, captured.frameId, request);
    },
  };
}

export type CaptureActions = ReturnType<typeof createCaptureActions>;
