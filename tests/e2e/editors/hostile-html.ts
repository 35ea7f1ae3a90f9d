import type { Page } from 'playwright-core';
import type { PanelPage } from '../pages/panel-page';

/** Every usual way markup runs script, around three readable lines that must still arrive. */
export const hostileHtml = [
  `<p>甲<img src="wenshu-missing.png" onerror="window.wenshuHit = 'img'"></p>`,
  `<script>window.wenshuHit = 'script'</script>`,
  `<p><a href="javascript:window.wenshuHit = 'link'">乙</a></p>`,
  `<svg onload="window.wenshuHit = 'svg'"><circle r="1"></circle></svg>`,
  `<p onclick="window.wenshuHit = 'click'" onmouseover="window.wenshuHit = 'hover'">丙</p>`,
  `<iframe srcdoc="<script>parent.wenshuHit = 'iframe'</script>"></iframe>`,
].join('');
export const hostileLines = ['甲', '乙', '丙'];

/**
 * Sends the HTML the way the panel does (insertIntoPage from an extension page, so the background
 * accepts it) into the field already chosen in the page: the content script must sanitise it itself.
 */
export function insertHostileHtml(panel: PanelPage): Promise<unknown> {
  return panel.page.evaluate(
    (html) =>
      chrome.runtime.sendMessage({
        kind: 'insertIntoPage',
        text: '甲\n乙\n丙',
        html,
        mode: 'replaceAll',
        format: 'html',
      }),
    hostileHtml,
  );
}

/**
 * What ran or survived of it in any frame or open shadow root of `page`: handlers that fired
 * (`wenshuHit`), and any trace of the markup. Each frame first loads a missing image of its own and
 * waits for its error, so an injected image, requested earlier, would have failed and fired by then.
 */
export async function hostileTraces(page: Page): Promise<string[]> {
  const traces: string[] = [];
  for (const frame of page.frames()) {
    const found = await frame.evaluate(async () => {
      await new Promise((settle) => {
        const sentinel = new Image();
        sentinel.onerror = sentinel.onload = settle;
        sentinel.src = `wenshu-sentinel-${Date.now()}.png`;
      });
      const markup = (root: Document | ShadowRoot): string =>
        [...root.querySelectorAll('*')].reduce(
          (text, element) => (element.shadowRoot ? text + markup(element.shadowRoot) : text),
          root instanceof Document ? root.documentElement.outerHTML : root.innerHTML,
        );
      const html = markup(document);
      const hit = (window as unknown as { wenshuHit?: string }).wenshuHit;
      return [
        ...(hit ? [`ran: ${hit}`] : []),
        ...['wenshuHit', 'wenshu-missing', 'javascript:', '<svg', 'srcdoc="&lt;script'].filter((trace) =>
          html.includes(trace),
        ),
      ];
    });
    traces.push(...found.map((trace) => `${frame.url() || 'about:blank'}: ${trace}`));
  }
  return traces;
}
