import { createCaptureActions } from '../editing/capture-actions';
import { registerCaptureMenu } from '../editing/register-capture-menu';
import { backgroundGuards, createBackgroundHandlers } from '../editing/background-handlers';
import { createMessageListener } from '../messaging/create-message-handler';
import type { BackgroundProtocol } from '../messaging/protocol';
import { registerPanelOpening } from '../panel/register-panel-opening';
import { draftsRepository, settingsRepository } from '../storage/default-database';
import { restrictStorageAccess } from '../storage/restrict-storage-access';

// Wiring only: drafts are created here (an extension context owns IndexedDB), never in the page.
export default defineBackground(() => {
  void restrictStorageAccess(browser.storage.local);
  const capture = createCaptureActions(browser, {
    createDraft: (input) => draftsRepository.create(input),
    getDraft: (id) => draftsRepository.get(id),
    lastDraftId: () => settingsRepository.get('lastDraftId'),
    setLastDraftId: (id) => settingsRepository.set('lastDraftId', id),
  });
  browser.runtime.onMessage.addListener(
    createMessageListener<BackgroundProtocol>(createBackgroundHandlers(browser, capture), backgroundGuards(browser)),
  );
  registerCaptureMenu(browser, capture);
  void registerPanelOpening(browser);
});
