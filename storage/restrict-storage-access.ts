/** The part of a chrome.storage area this needs (setAccessLevel: Chrome 102+). */
export interface AccessLevelArea {
  setAccessLevel?(options: { accessLevel: 'TRUSTED_CONTEXTS' | 'TRUSTED_AND_UNTRUSTED_CONTEXTS' }): Promise<void>;
}

/**
 * chrome.storage.local is open to content scripts by default, and it holds the polishing settings, model
 * source included: a hostile page's content-script world could point downloads elsewhere. Content scripts
 * need nothing from it (they talk to the background through messages), so only extension pages may use it.
 */
export async function restrictStorageAccess(area: AccessLevelArea): Promise<void> {
  await area.setAccessLevel?.({ accessLevel: 'TRUSTED_CONTEXTS' });
}
