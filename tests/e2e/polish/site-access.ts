import type { ExtensionSession } from '../fixtures/launch-extension';

interface DeveloperPrivate {
  addHostPermission(extensionId: string, host: string): Promise<void>;
}

/**
 * Grants the extension access to one site the way a user does in Chrome's own settings
 * (chrome://extensions → 详细信息 → 网站访问权限 → 在特定网站上 → 添加): that page calls
 * `chrome.developerPrivate.addHostPermission`. Headless Chromium never answers the prompt of
 * `permissions.request` (the promise stays pending), but once the site is granted the request resolves
 * `true` without a prompt, so the product's own 使用此地址 path runs unchanged. (Until then
 * `permissions.contains` stays false: the site is user-permitted, not yet active for the extension.)
 */
export async function grantSiteAccess(session: ExtensionSession, origin: string): Promise<void> {
  const pattern = `${origin}/*`;
  const settings = await session.context.newPage();
  await settings.goto('chrome://extensions');
  await settings.evaluate(
    ([id, host]) =>
      (
        globalThis as unknown as { chrome: { developerPrivate: DeveloperPrivate } }
      ).chrome.developerPrivate.addHostPermission(id, host),
    [session.extensionId, pattern] as const,
  );
  await settings.close();
}
