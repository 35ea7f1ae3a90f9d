import type { Page } from 'playwright-core';
import type { PanelPage } from '../pages/panel-page';

/** Every usual way markup runs script, around three readable lines that must still arrive. */
export const hostileHtml = [
  `<p>甲<img src="wenshu-missing.png" onerror="window.wenshuHit = 'img'"></p>`,
  `<script>window.wenshuHit = 'script'</script>`,
  `<p><a href="javascript:window.wenshuHit = 'link'">乙</a></p>`,
  `<svg id="wenshu-svg" onload="window.wenshuHit = 'svg'"><circle r="1"></circle></svg>`,
  `<p onclick="window.wenshuHit = 'click'" onmouseover="window.wenshuHit = 'hover'">丙</p>`,
  `<iframe name="wenshu-frame" srcdoc="<script>parent.wenshuHit = 'iframe'</script>"></iframe>`,
].join('');
/** Every piece of the markup carries one of these (editors' own pages have SVG icons and javascript: links). */
const markers = ['wenshuHit', 'wenshu-missing', 'wenshu-svg', 'wenshu-frame'];
/** The readable text, whitespace removed (editors differ in how they wrap pasted blocks). */
export const hostileText = '甲乙丙';

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
 * (`wenshuHit`), and any trace of the markup (its markers). Each frame first loads an image of its own
 * from the same server and waits for it to fail, so an injected image, requested earlier, would have
 * failed and fired its handler by then.
 */
export async function hostileTraces(page: Page): Promise<string[]> {
  const traces: string[] = [];
  for (const frame of page.frames()) {
    const found = await frame.evaluate(async (names) => {
      // A page as an image: the same server and round trip, an error event, and no 404 in the console.
      await new Promise((settle) => {
        const sentinel = new Image();
        sentinel.onerror = sentinel.onload = settle;
        sentinel.src = new URL(`contenteditable.html?sentinel=${Date.now()}`, document.baseURI).href;
      });
      const markup = (root: Document | ShadowRoot): string =>
        [...root.querySelectorAll('*')].reduce(
          (text, element) => (element.shadowRoot ? text + markup(element.shadowRoot) : text),
          root instanceof Document ? root.documentElement.outerHTML : root.innerHTML,
        );
      const html = markup(document);
      const hit = (window as unknown as { wenshuHit?: string }).wenshuHit;
      return [...(hit ? [`ran: ${hit}`] : []), ...names.filter((marker) => html.includes(marker))];
    }, markers);
    traces.push(...found.map((trace) => `${frame.url() || 'about:blank'}: ${trace}`));
  }
  return traces;
}
