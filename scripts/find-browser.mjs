import { existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';

const candidates = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/usr/bin/microsoft-edge',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
  'C:\\Program Files (x86)\\Microsoft\\Edge\\Application\\msedge.exe',
];
const namesOnPath = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable', 'microsoft-edge'];

/** CHROME_PATH first, then the usual install locations, then the PATH. */
export function findBrowser(env = process.env) {
  if (env.CHROME_PATH) return existsSync(env.CHROME_PATH) ? env.CHROME_PATH : null;
  const found = candidates.find((path) => existsSync(path));
  if (found) return found;
  for (const name of namesOnPath) {
    try {
      const path = execFileSync('which', [name], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
      if (path) return path;
    } catch {
      // not on PATH
    }
  }
  return null;
}

export const browserMissingMessage = `No Chromium-based browser was found, so the end-to-end tests cannot run.
Install one, then run the command again:
  Debian/Ubuntu:  sudo apt-get install chromium      (or: chromium-browser)
  macOS:          install Google Chrome, or: brew install --cask chromium
  Any system:     set CHROME_PATH=/path/to/chrome-or-chromium-or-edge
(CHROME_PATH was ${process.env.CHROME_PATH ? `set to "${process.env.CHROME_PATH}", which does not exist` : 'not set'}.)`;

/** Said when the browser's own interface is not Chinese: the end-to-end journeys are a Chinese browser's. */
export const uiLanguageMessage = (
  language,
) => `The browser's interface language is ${language}, not zh-CN, so the end-to-end tests cannot run
as a Chinese browser (windows the extension opens itself would show its English interface).
Install the browser's Chinese interface, then run the command again:
  Debian/Ubuntu:  sudo apt-get install chromium-l10n
  Other systems:  a Chrome or Edge with Chinese installed (CHROME_PATH=/path/to/it)`;
