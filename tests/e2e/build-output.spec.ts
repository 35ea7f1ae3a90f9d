import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extensionDir } from './fixtures/launch-extension';

// Checks on the production build `npm test` just made: what ships, not what the source intends.
const read = (path: string) => readFileSync(join(extensionDir, path), 'utf8');
const manifest = JSON.parse(read('manifest.json'));
const panelScript = /src="\/(chunks\/sidepanel-[^"]+\.js)"/.exec(read('sidepanel.html'))![1];
const assets = readdirSync(join(extensionDir, 'assets'));
/** The files a page loads before any of its code runs: its scripts (entry and module preloads) or styles. */
const loadedBy = (html: string, ext: 'js' | 'css') =>
  [...read(html).matchAll(new RegExp(`(?:src|href)="/((?:chunks|assets)/[^"]+\\.${ext})"`, 'g'))].map((m) => m[1]);
const firstView = loadedBy('sidepanel.html', 'js');
const firstViewCode = firstView.map(read).join('\n');

describe('the production build', () => {
  it("starts the side panel from one chunk of shared code, which the print page loads without the panel's styles", () => {
    // The entry, the bundler's runtime and `panel-start` (scripts/panel-start-chunk.mjs): 13 requests were
    // a tenth of a warm open.
    expect(firstView).toHaveLength(3);
    expect(firstView).toContain(panelScript);
    const shared = firstView.find((script) => script.startsWith('chunks/panel-start-'));
    expect(loadedBy('print.html', 'js')).toContain(shared);
    expect(loadedBy('print.html', 'js')).not.toContain(panelScript);
    const panelStyles = loadedBy('sidepanel.html', 'css');
    expect(panelStyles).not.toEqual([]);
    for (const style of panelStyles) expect(loadedBy('print.html', 'css')).not.toContain(style);
  });

  it('starts the start-up read from a small classic script ahead of the modules, without Dexie', () => {
    // storage/read-startup-early.ts: a classic script runs as soon as it is fetched, while the modules load.
    const html = read('sidepanel.html');
    expect(html).toMatch(/<script src="\/startup-read\.js"><\/script>[\s\S]*<script type="module"/);
    const early = read('startup-read.js');
    expect(early).toContain('getAllRecords');
    expect(early).not.toContain('Dexie');
    expect(early.length).toBeLessThan(4096);
  });

  it("keeps WebLLM out of the panel's first view, in a worker of its own", () => {
    expect(firstViewCode).not.toContain('MLCEngine');
    const worker = assets.find((name) => name.startsWith('engine-worker-'));
    expect(worker && read(`assets/${worker}`)).toContain('MLCEngine');
  });

  it('loads docx and the zip library only when exporting, never with the panel', () => {
    for (const script of firstView) {
      expect(read(script), script).not.toContain('wordprocessingml/2006/main');
      expect(read(script), script).not.toContain('invalid zip data');
    }
    const exporter = readdirSync(join(extensionDir, 'chunks')).find((name) => name.startsWith('export-docx-'));
    expect(exporter && read(`chunks/${exporter}`)).toContain('invalid zip data');
  });

  it("keeps the CPU engine (wllama) out of the panel's first view, in a worker of its own, its WebAssembly bundled", () => {
    // llama.cpp's message names survive minification; the booleans keep a failure short.
    expect(firstViewCode.includes('GlueMsgLoadReq')).toBe(false);
    const worker = assets.find((name) => name.startsWith('cpu-engine-worker-'));
    expect(Boolean(worker && read(`assets/${worker}`).includes('GlueMsgLoadReq'))).toBe(true);
    expect(assets.some((name) => /^wllama-.*\.wasm$/.test(name))).toBe(true);
  });

  it('ships no test engine', () => {
    const scripts = [
      ...readdirSync(join(extensionDir, 'chunks')).map((f) => `chunks/${f}`),
      ...assets.map((f) => `assets/${f}`),
    ];
    for (const script of scripts.filter((name) => name.endsWith('.js'))) {
      expect(read(script), script).not.toMatch(/createFakeEngine|engine=fake/);
    }
  });

  it('allows WebAssembly but never eval in extension pages', () => {
    const policy: string = manifest.content_security_policy.extension_pages;
    expect(policy).toContain("'wasm-unsafe-eval'");
    expect(policy).not.toContain("'unsafe-eval'");
  });

  it('loads images only from the extension and connects only over http(s) (README "Security")', () => {
    const directives = Object.fromEntries(
      (manifest.content_security_policy.extension_pages as string).split(';').map((directive) => {
        const [name, ...sources] = directive.trim().split(/\s+/);
        return [name, sources];
      }),
    );
    expect(directives['img-src']).toEqual(["'self'", 'data:', 'blob:']);
    expect(directives['connect-src']).toEqual(["'self'", 'http:', 'https:']);
  });

  it('explains every permission it asks for in the README', () => {
    const readme = readFileSync('README.md', 'utf8');
    for (const permission of manifest.permissions as string[])
      expect(readme, permission).toContain(`| \`${permission}\``);
    expect(manifest.host_permissions ?? []).toEqual([]);
    expect(readme).toContain('optional host permission');
    expect(manifest.content_scripts.map((script: { matches: string[] }) => script.matches)).toEqual([['<all_urls>']]);
    expect(readme).toContain('content script on all pages');
  });
});
