// `npm start`: build the extension, serve the demo OA page on 127.0.0.1 and open a browser with
// Wenshu loaded beside it. Without a display it says so and points to the built folder.
import { resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { browserMissingMessage, findBrowser } from './find-browser.mjs';
import { runStep } from './run-step.mjs';
import { serveDemo } from './serve-demo.mjs';

const extensionDir = resolve('.output/chrome-mv3');
if (!runStep('build the extension', 'npx', ['wxt', 'build'])) process.exit(1);

const headlessOnly = process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY;
if (headlessOnly) {
  console.log(`
No display is available here, so no browser window can be opened.
The extension is built in: ${extensionDir}
Load it in Chrome, Edge or 360: open chrome://extensions, turn on Developer mode,
click "Load unpacked" and choose that folder. Run \`npm start\` on a desktop to get the demo too.`);
  process.exit(0);
}

const executablePath = findBrowser();
if (!executablePath) {
  console.error(browserMissingMessage);
  process.exit(1);
}
const demo = await serveDemo(Number(process.env.PORT ?? 0));
const context = await chromium.launchPersistentContext(resolve('.output/start-profile'), {
  executablePath,
  headless: false,
  viewport: null,
  args: [`--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`, '--no-first-run'],
});
const page = context.pages()[0] ?? (await context.newPage());
await page.goto(demo.url);
console.log(`
Demo OA page: ${demo.url}
Click the 文书 icon in the toolbar (pin it from the puzzle-piece menu) to open the side panel.
Close the browser window to stop.`);
context.on('close', () => {
  demo.close();
  process.exit(0);
});
