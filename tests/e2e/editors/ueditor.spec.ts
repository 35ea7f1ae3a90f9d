import { describe, it } from 'vitest';
import { expectCleanSession, useJourney } from '../fixtures/journey-setup';
import { blockTexts, describeEditorInsertion } from './describe-editor-insertion';
import { submitForm } from './submit-form';

const journey = useJourney();
declare const ue: { getContent(): string };

describeEditorInsertion(journey, {
  name: 'UEditor 1.4.3',
  path: '/fixtures/editors/ueditor.html',
  // UEditor's iframe is written by a javascript: URL: click into its first line by position.
  focus: (page) => page.locator('iframe[id^="ueditor_"]').click({ position: { x: 40, y: 14 } }),
  paragraphs: async (page) => blockTexts(page, await page.evaluate(() => ue.getContent())),
  submitted: (page) => submitForm(page, 'body'),
  // Not asserted: UEditor's Ctrl+Z replays its own undo list, which only its page-world API
  // (`ue.execCommand('inserthtml')`) feeds; execCommand from the content script bypasses it.
  undo: false,
});

describe('UEditor session', () => {
  it('logged no console errors and sent nothing off this machine', () => expectCleanSession(journey.session));
});
