import { describe, it } from 'vitest';
import { expectCleanSession, useJourney } from '../fixtures/journey-setup';
import { blockTexts, describeEditorInsertion } from './describe-editor-insertion';
import { submitForm } from './submit-form';

const journey = useJourney();
declare const tinymce: { activeEditor: { getContent(): string } };

describeEditorInsertion(journey, {
  name: 'TinyMCE 8',
  path: '/fixtures/editors/tinymce.html',
  focus: (page) => page.frameLocator('iframe').locator('body').click(),
  paragraphs: async (page) => blockTexts(page, await page.evaluate(() => tinymce.activeEditor.getContent())),
  submitted: (page) => submitForm(page, 'body'),
  undo: true,
});

describe('TinyMCE session', () => {
  it('logged no console errors and sent nothing off this machine', () => expectCleanSession(journey.session));
});
