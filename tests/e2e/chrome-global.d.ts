// Functions passed to worker.evaluate / page.evaluate run inside the extension, where `chrome` exists.
declare const chrome: import('wxt/browser').WxtBrowser;
