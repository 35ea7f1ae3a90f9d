import { describe, it } from 'vitest';
import { expectCleanSession, useJourney } from '../fixtures/journey-setup';
import { blockTexts, describeEditorInsertion } from './describe-editor-insertion';
import { submitForm } from './submit-form';

const journey = useJourney();
declare const editor: { getData(): string };

describeEditorInsertion(journey, {
  name: 'CKEditor 5',
  path: '/fixtures/editors/ckeditor5.html',
  focus: (page) => page.locator('.ck-editor__editable').click(),
  paragraphs: async (page) => blockTexts(page, await page.evaluate(() => editor.getData())),
  submitted: (page) => submitForm(page, 'body'),
  undo: true,
});

describe('CKEditor 5 session', () => {
  it('logged no console errors and sent nothing off this machine', () => expectCleanSession(journey.session));
});
