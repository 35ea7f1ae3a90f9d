import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { JourneyContext } from '../fixtures/journey-setup';
import type { PanelPage } from '../pages/panel-page';
import { hostileText, hostileTraces, insertHostileHtml } from './hostile-html';
import { insertedMessage, insertFromPanel, openPanelWithDraft } from './panel-draft';
import { sampleLines, sampleText, squeeze } from './sample-text';

/** One real editor hosted offline on a fixture page, and how its own API reads its content. */
export interface EditorFixture {
  name: string;
  path: string;
  /** Clicks into the editing area, as the user does before turning to the panel. */
  focus(page: Page): Promise<void>;
  /** Block texts of the content as the editor's API returns it (getContent/getData/getHtml…). */
  paragraphs(page: Page): Promise<string[]>;
  /** Submits the page's form and returns the field that carries the editor's content. */
  submitted?(page: Page): Promise<string>;
  /** Whether one Ctrl+Z must remove the whole insertion (asserted when true). */
  undo?: boolean;
}

/** Texts of block elements in an HTML string, parsed in the page the way a server would see them. */
export function blockTexts(page: Page, html: string): Promise<string[]> {
  return page.evaluate((markup) => {
    const box = document.createElement('div');
    box.innerHTML = markup;
    const blocks = [...box.querySelectorAll('p, h1, h2, h3, h4, h5, h6, li, div')].filter(
      (block) => !block.querySelector('p, h1, h2, h3, h4, h5, h6, li, div'),
    );
    return blocks.map((block) => (block.textContent ?? '').trim()).filter(Boolean);
  }, html);
}

/**
 * The shared journey every editor spec runs: insert from the panel, read back, submit, undo, and
 * hostile HTML that must run nothing in the page.
 */
export function describeEditorInsertion(journey: JourneyContext, fixture: EditorFixture): void {
  describe(`${fixture.name}: insert from the panel`, () => {
    let page: Page;
    let panel: PanelPage;
    beforeAll(async () => {
      page = await journey.session.context.newPage();
      await page.goto(journey.server.url(fixture.path));
      await page.waitForFunction(() => (window as unknown as { editorReady?: boolean }).editorReady === true);
      panel = await openPanelWithDraft(journey.session, sampleText);
    });
    afterAll(async () => {
      await panel?.page.close();
      await page?.close();
    });

    it('puts every line of a multi-line text with headings into the editor, one paragraph each', async () => {
      await fixture.focus(page);
      const outcome = await insertFromPanel(panel);
      expect(outcome).toEqual({ ok: true, message: insertedMessage(sampleText.length) });
      await expect.poll(() => fixture.paragraphs(page)).toEqual(sampleLines);
    });

    if (fixture.submitted) {
      it('submits the inserted text with the form', async () => {
        const html = await fixture.submitted!(page);
        expect(await blockTexts(page, html)).toEqual(sampleLines);
      });
    }

    if (fixture.undo) {
      it('removes the whole insertion with one Ctrl+Z', async () => {
        await fixture.focus(page);
        await page.keyboard.press('Control+z');
        await expect.poll(async () => squeeze((await fixture.paragraphs(page)).join(''))).toBe('');
      });
    }

    it('runs nothing of hostile HTML (handlers, script, javascript: link, SVG, iframe), and its text arrives', async () => {
      await fixture.focus(page);
      expect(await insertHostileHtml(panel)).toMatchObject({ ok: true });
      await expect.poll(async () => squeeze((await fixture.paragraphs(page)).join(''))).toBe(hostileText);
      expect(await hostileTraces(page)).toEqual([]);
    });
  });
}
