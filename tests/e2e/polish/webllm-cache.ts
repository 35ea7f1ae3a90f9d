import type { Page } from 'playwright-core';

/** Every URL in WebLLM's three Cache Storage caches, read in an extension page. */
export function webLlmCachedUrls(page: Page): Promise<string[]> {
  return page.evaluate(async () => {
    const names = ['webllm/config', 'webllm/model', 'webllm/wasm'];
    const keys = await Promise.all(
      names.map(async (name) => (await (await caches.open(name)).keys()).map((request) => request.url)),
    );
    return keys.flat();
  });
}
