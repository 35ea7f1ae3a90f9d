import type { Page } from 'playwright-core';
import { describe, it } from 'vitest';
import { expectCleanSession, useJourney } from '../fixtures/journey-setup';
import { blockTexts, describeEditorInsertion } from './describe-editor-insertion';

const journey = useJourney();
// Playwright cannot target elements of a document.write()-en about:blank frame: click its first line.
const clickInto = (page: Page, id: string) => page.locator(`#${id}`).click({ position: { x: 30, y: 14 } });

// Old OA editors: an iframe in designMode, as srcdoc and as a script-written about:blank document.
for (const id of ['srcdoc', 'blank']) {
  describeEditorInsertion(journey, {
    name: `designMode iframe (${id})`,
    path: '/fixtures/editors/design-mode.html',
    focus: (page) => clickInto(page, id),
    paragraphs: async (page) =>
      blockTexts(
        page,
        await page.evaluate(
          (frame) => (document.getElementById(frame) as HTMLIFrameElement).contentDocument!.body.innerHTML,
          id,
        ),
      ),
    undo: id === 'srcdoc',
  });
}

describe('design mode', () => {
  it('logged no console errors and sent nothing off this machine', () => {
    expectCleanSession(journey.session);
  });
});
