import { describe, expect, it } from 'vitest';
import { expectCleanSession, useJourney } from './fixtures/journey-setup';

// A content script (or code running in its world, e.g. a compromised renderer) must not be able to rewrite
// the extension's settings, such as the model source the panel downloads from.
const journey = useJourney();

describe('extension storage', () => {
  it('refuses chrome.storage.local to the content script world', async () => {
    const { context, extensionId, worker } = journey.session;
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    const worlds: number[] = [];
    cdp.on('Runtime.executionContextCreated', ({ context: created }) => {
      if (created.origin === `chrome-extension://${extensionId}` || created.name.includes('文书'))
        worlds.push(created.id);
    });
    await cdp.send('Runtime.enable');
    await page.goto(journey.server.url('/demo/oa-form.html'));
    await expect.poll(() => worlds.length).toBeGreaterThan(0);
    const { result } = await cdp.send('Runtime.evaluate', {
      contextId: worlds[0],
      awaitPromise: true,
      returnByValue: true,
      expression: `(async () => {
        if (typeof chrome === 'undefined' || !chrome.runtime?.id) return 'not the content script world';
        try {
          await chrome.storage.local.set({ polishSettings: { source: { kind: 'mirror', baseUrl: 'http://attacker.example' } } });
          return 'written';
        } catch (error) {
          return 'refused';
        }
      })()`,
    });
    expect(result.value).toBe('refused');
    expect(await worker.evaluate(() => chrome.storage.local.get('polishSettings'))).toEqual({});
    await page.close();
  });

  it('logged no console errors and sent nothing off this machine', () => {
    expectCleanSession(journey.session);
  });
});
