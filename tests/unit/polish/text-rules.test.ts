import { describe, expect, it } from 'vitest';
import { buildMessages } from '../../../polish/build-messages';
import { findPlaceholders, keepsPlaceholders } from '../../../polish/placeholders';
import { presets } from '../../../polish/presets';
import { splitParagraphs } from '../../../polish/split-paragraphs';
import { stripThink } from '../../../polish/strip-think';

describe('splitParagraphs', () => {
  it('gives back the input exactly when joined, polishing only non-blank lines', () => {
    const text = '一、总体情况\r\n\r\n　　今年以来，我局扎实推进。  \n\n二、下步打算';
    const segments = splitParagraphs(text);
    expect(segments.map((s) => s.text).join('')).toBe(text);
    expect(segments.filter((s) => s.polish).map((s) => s.text)).toEqual([
      '一、总体情况',
      '今年以来，我局扎实推进。',
      '二、下步打算',
    ]);
  });

  it('cuts a long paragraph at sentence ends to fit the context window', () => {
    const sentence = '这是一个用于测试的句子。';
    const paragraph = sentence.repeat(30);
    const segments = splitParagraphs(paragraph, 100);
    expect(segments.every((s) => s.text.length <= 100)).toBe(true);
    expect(segments.every((s) => s.text.endsWith('。'))).toBe(true);
    expect(segments.map((s) => s.text).join('')).toBe(paragraph);
  });

  it('hard-cuts a single sentence longer than the limit', () => {
    const long = '字'.repeat(250);
    expect(splitParagraphs(long, 100).map((s) => s.text.length)).toEqual([100, 100, 50]);
  });
});

describe('placeholders', () => {
  it('finds 【待填：…】 and requires each to survive unchanged, as often as before', () => {
    expect(findPlaceholders('完成【待填：数量】件，占【待填：比例】')).toEqual(['【待填：数量】', '【待填：比例】']);
    expect(keepsPlaceholders('达到【待填：完成率】', '已达【待填：完成率】')).toBe(true);
    expect(keepsPlaceholders('达到【待填：完成率】', '达到95%')).toBe(false);
    expect(keepsPlaceholders('达到【待填：完成率】', '达到【待填：完成比例】')).toBe(false);
    expect(keepsPlaceholders('无占位符', '出现【待填：新】')).toBe(false);
  });
});

describe('stripThink', () => {
  it('removes closed and still-open think blocks and answer wrappers', () => {
    expect(stripThink('<think>\n推理\n</think>\n\n正文。')).toBe('正文。');
    expect(stripThink('正文<think>还在想')).toBe('正文');
    expect(stripThink('<think>还在想')).toBe('');
    expect(stripThink('```\n正文。\n```')).toBe('正文。');
    expect(stripThink('润色后：正文。')).toBe('正文。');
  });
});

describe('buildMessages', () => {
  it('puts 实事求是 and the placeholder rule in the system prompt and the paragraph alone in the user turn', () => {
    const [system, user] = buildMessages(presets.condense, '原文段落。', '语气委婉');
    expect(system.content).toContain('不得增加原文没有的事实、数字、人名');
    expect(system.content).toContain('【待填：……】');
    expect(system.content).toContain(presets.condense.task);
    expect(system.content).toContain('语气委婉');
    expect(user).toEqual({ role: 'user', content: '原文段落。' });
    expect(buildMessages(presets.formal, 'x')[0].content).not.toContain('另外');
  });
});
