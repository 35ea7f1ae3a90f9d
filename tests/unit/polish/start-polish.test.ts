import { describe, expect, it } from 'vitest';
import { createFakeEngine } from '../../../polish/fake-engine';
import { presets } from '../../../polish/presets';
import { polishedText, startPolish, type SegmentResult } from '../../../polish/start-polish';

const immediate = () => Promise.resolve();

describe('startPolish with the fake engine', () => {
  it('streams paragraph by paragraph and keeps blank lines and indentation untouched', async () => {
    const engine = createFakeEngine({ wait: immediate });
    const updates: SegmentResult[][] = [];
    const text = '　　我们要搞好工作。\n\n　　很多同志马上行动。';
    const results = await startPolish({ engine, text, preset: presets.formal, onUpdate: (r) => updates.push(r) }).done;
    expect(engine.calls).toHaveLength(2);
    expect(engine.calls[0][1]).toEqual({ role: 'user', content: '我们要搞好工作。' });
    expect(polishedText(results)).toBe('　　我们要做好工作。\n\n　　大量同志立即行动。');
    // Partial text is published while the first paragraph is still being written.
    expect(updates.some((r) => r.some((s) => s.state === 'writing' && s.output === '我们'))).toBe(true);
    const firstDone = updates.findIndex((r) => r.filter((s) => s.state === 'done').length === 1);
    const secondWriting = updates.findIndex(
      (r) => r.filter((s) => s.state === 'writing').length === 1 && r.some((s) => s.state === 'done'),
    );
    expect(firstDone).toBeGreaterThan(-1);
    expect(secondWriting).toBeGreaterThan(firstDone);
  });

  it('stops at once: the interrupted and remaining paragraphs keep their original text', async () => {
    let run: ReturnType<typeof startPolish> | undefined;
    let pieces = 0;
    const engine = createFakeEngine({
      wait: async () => {
        if (++pieces === 3) run?.stop();
      },
    });
    const text = '第一段需要搞好。\n第二段很多内容。\n第三段马上开始。';
    const updates: SegmentResult[][] = [];
    run = startPolish({ engine, text, preset: presets.smooth, onUpdate: (r) => updates.push(r) });
    const results = await run.done;
    expect(results.map((r) => r.state)).toEqual(['stopped', 'kept', 'stopped', 'kept', 'stopped']);
    // Two pieces arrived before the stop (the third wait stopped it); the count never grew after it.
    expect(results[0].tokens).toBe(2);
    expect(Math.max(...updates.map((r) => r[0].tokens))).toBe(2);
    expect(polishedText(results)).toBe(text);
    expect(engine.calls).toHaveLength(1);
  });

  it('flags a paragraph whose placeholder was filled in and keeps its original', async () => {
    const engine = createFakeEngine({ wait: immediate, rewrite: (t) => t.replace('【待填：完成率】', '95%') });
    const text = '全年完成率达到【待填：完成率】。\n很多工作取得进展。';
    const results = await startPolish({ engine, text, preset: presets.formal, onUpdate: () => undefined }).done;
    expect(results.map((r) => r.state)).toEqual(['flagged', 'kept', 'done']);
    expect(polishedText(results)).toBe(text);
  });

  it('strips a <think> block from the reply', async () => {
    const engine = createFakeEngine({ wait: immediate, rewrite: (t) => `<think>先想一想</think>\n${t}` });
    const results = await startPolish({ engine, text: '原文。', preset: presets.proofread, onUpdate: () => undefined })
      .done;
    expect(polishedText(results)).toBe('原文。');
  });

  it('rejects with what the engine threw so the view can normalise it', async () => {
    const engine = createFakeEngine({ wait: immediate });
    engine.generate = () => Promise.reject('TypeError: Failed to fetch');
    await expect(
      startPolish({ engine, text: '一段。', preset: presets.formal, onUpdate: () => undefined }).done,
    ).rejects.toBe('TypeError: Failed to fetch');
  });
});
