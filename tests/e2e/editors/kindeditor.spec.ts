import { describe, it } from 'vitest';
import { expectCleanSession, useJourney } from '../fixtures/journey-setup';
import { blockTexts, describeEditorInsertion } from './describe-editor-insertion';
import { submitForm } from './submit-form';

const journey = useJourney();
declare const editor: { html(): string };

describeEditorInsertion(journey, {
  name: 'KindEditor 4.1.10',
  path: '/fixtures/editors/kindeditor.html',
  focus: (page) => page.locator('iframe.ke-edit-iframe').click({ position: { x: 40, y: 14 } }),
  paragraphs: async (page) => blockTexts(page, await page.evaluate(() => editor.html())),
  submitted: (page) => submitForm(page, 'body'),
  undo: true,
});

describe('KindEditor session', () => {
  it('logged no console errors and sent nothing off this machine', () => expectCleanSession(journey.session));
});
