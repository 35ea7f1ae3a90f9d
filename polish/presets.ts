import type { MessageKey } from '../i18n/messages';

export const presetIds = ['formal', 'condense', 'expand', 'proofread', 'smooth'] as const;
export type PresetId = (typeof presetIds)[number];

export interface Preset {
  id: PresetId;
  label: MessageKey;
  /** The task, in Chinese: Qwen follows Chinese instructions best for Chinese text. */
  task: string;
  /** Low for proofreading (change as little as possible), a little higher for rewriting. */
  temperature: number;
}

export const presets: Record<PresetId, Preset> = {
  formal: {
    id: 'formal',
    label: 'presetFormal',
    task: '把这段文字改写为规范的党政机关公文语体：用语庄重、准确、简洁，去掉口语化表达，符合公文写作习惯。',
    temperature: 0.3,
  },
  condense: {
    id: 'condense',
    label: 'presetCondense',
    task: '精简这段文字：删去重复、空泛和可有可无的词句，保留全部实质内容，篇幅尽量压缩。',
    temperature: 0.3,
  },
  expand: {
    id: 'expand',
    label: 'presetExpand',
    task: '把这段要点或提纲扩写为连贯、完整的公文段落。只能展开原文已有的意思，不得增加原文没有的事实、数据和做法。',
    temperature: 0.5,
  },
  proofread: {
    id: 'proofread',
    label: 'presetProofread',
    task: '只改正这段文字中的错别字、标点和语法错误，其他一律不改，不调整语序和用词风格。',
    temperature: 0.1,
  },
  smooth: {
    id: 'smooth',
    label: 'presetSmooth',
    task: '润色这段文字：使语句通顺、衔接自然、用词准确，不改变原意和语体。',
    temperature: 0.4,
  },
};
