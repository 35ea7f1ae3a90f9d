import { describe, it } from 'vitest';
import { expectCleanSession, useJourney } from '../fixtures/journey-setup';
import { blockTexts, describeEditorInsertion } from './describe-editor-insertion';
import { submitForm } from './submit-form';

const journey = useJourney();
declare const quill: { getSemanticHTML(): string };

describeEditorInsertion(journey, {
  name: 'Quill 2',
  path: '/fixtures/editors/quill.html',
  focus: (page) => page.locator('.ql-editor').click(),
  paragraphs: async (page) => blockTexts(page, await page.evaluate(() => quill.getSemanticHTML())),
  submitted: (page) => submitForm(page, 'body'),
  undo: true,
});

describe('Quill session', () => {
  it('logged no console errors and sent nothing off this machine', () => expectCleanSession(journey.session));
});
