/**
 * 简体 → 繁體 output. Templates are written once, in simplified Chinese; the whole finished text is
 * converted, placeholders included (【待填：单位】 → 【待填：單位】): mixing scripts in one document is
 * itself an error (docs/gongwen.md), and 待填 is written the same in both, so placeholder counting still works.
 *
 * The dictionary is over 1 MB, so it is imported on first use and never in the panel's first chunk.
 */
export const outputScripts = ['cn', 'tw', 'twp'] as const;
export type OutputScript = (typeof outputScripts)[number];

export type ConvertText = (text: string) => string;

const loaded = new Map<OutputScript, Promise<ConvertText>>();

/** 'tw' converts characters only; 'twp' also swaps Taiwan phrasing (软件 → 軟體). */
export function loadScriptConverter(script: OutputScript): Promise<ConvertText> {
  if (script === 'cn') return Promise.resolve((text) => text);
  let converter = loaded.get(script);
  if (!converter) {
    converter = import('opencc-js/cn2t').then(({ Converter }) => Converter({ from: 'cn', to: script }));
    // A failed chunk load must be retried next time, not cached forever.
    converter.catch(() => loaded.delete(script));
    loaded.set(script, converter);
  }
  return converter;
}
