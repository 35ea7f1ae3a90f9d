import { createBackgroundHandlers } from '../messaging/background-handlers';
import { createMessageListener } from '../messaging/create-message-handler';
import type { BackgroundProtocol } from '../messaging/protocol';
import { registerPanelOpening } from '../panel/register-panel-opening';

export default defineBackground(() => {
  browser.runtime.onMessage.addListener(createMessageListener<BackgroundProtocol>(createBackgroundHandlers(browser)));
  void registerPanelOpening(browser);
});
