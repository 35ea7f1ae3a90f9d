import { describe, it } from 'vitest';
import { expectCleanSession, useJourney } from '../fixtures/journey-setup';
import { blockTexts, describeEditorInsertion } from './describe-editor-insertion';
import { submitForm } from './submit-form';

const journey = useJourney();
declare const editor: { getHtml(): string };

describeEditorInsertion(journey, {
  name: 'wangEditor 5',
  path: '/fixtures/editors/wangeditor5.html',
  focus: (page) => page.locator('[data-slate-editor]').click(),
  paragraphs: async (page) => blockTexts(page, await page.evaluate(() => editor.getHtml())),
  submitted: (page) => submitForm(page, 'body'),
  undo: true,
});

describe('wangEditor 5 session', () => {
  it('logged no console errors and sent nothing off this machine', () => expectCleanSession(journey.session));
});
