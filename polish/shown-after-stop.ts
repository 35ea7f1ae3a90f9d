import type { SegmentResult } from './start-polish';

/**
 * What the stream shows once 停止 is clicked: every paragraph still being written keeps exactly the text
 * that was on screen at the click. Pieces the engine sent just before the click may still be queued for
 * the next paint; without this they would appear after the click and the paragraph would seem not to stop.
 * Paragraphs that had finished keep their whole reply: they were done before the click.
 */
export function shownAfterStop(results: SegmentResult[], atClick: readonly SegmentResult[]): SegmentResult[] {
  return results.map((result, index) => {
    const shown = atClick[index];
    if (!shown || (result.state !== 'writing' && result.state !== 'stopped')) return result;
    return { ...result, output: shown.output, tokens: shown.tokens, prompt: shown.prompt };
  });
}
