import type { DraftStatus } from '../storage/draft';
import { documentKinds } from '../domain/document-kind';
import type { SearchableDraft } from './search-types';

/** mulberry32: tiny, fast and deterministic, so every benchmark run searches the same corpus. */
function prng(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

// Phrases of official prose plus rarer words, so queries range from "in every draft" to "in a few".
const common = [
  '工作 推进 落实 加强 全面 深入 重点 任务 完成 情况',
  '进一步 坚持 问题 发展 建设 管理 服务 机制 制度 会议',
  '部署 要求 群众 单位 领导 责任 目标 措施 成效 提升',
  '质量 安全 经济 社会 改革 创新 基层 治理 组织 党建',
]
  .join(' ')
  .split(' ');
const rare = [
  '乡村振兴 营商环境 数字政府 安全生产 生态环保 招商引资 民生实事 作风建设 应急管理 疫情防控',
  '人才引进 城市更新 社区治理 信访维稳 防汛抗旱 耕地保护 债务化解 科技创新 文化旅游 养老服务',
]
  .join(' ')
  .split(' ');
const latin = ['GDP', '5G', 'AI', 'PPP', 'OA', '2024年', '15%', '3.5亿元'];
const punctuation = ['，', '，', '，', '、', '。', '；'];
const kinds = documentKinds.filter((kind) => kind !== '其他');
const statuses: DraftStatus[] = ['草稿', '定稿', '已报送'];

export interface SyntheticCorpusOptions {
  seed?: number;
  /** Approximate body length in characters. */
  bodyLength?: number;
  /** updatedAt of draft i is start + i minutes. */
  start?: number;
}

/** N drafts of ~2,000 Chinese characters each, identical for a given seed. Pure: runs in any page. */
export function buildSyntheticCorpus(count: number, options: SyntheticCorpusOptions = {}): SearchableDraft[] {
  const random = prng(options.seed ?? 20_240_501);
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)];
  const bodyLength = options.bodyLength ?? 2_000;
  const start = options.start ?? Date.UTC(2024, 0, 1);
  const drafts: SearchableDraft[] = [];
  for (let i = 0; i < count; i++) {
    const parts: string[] = [];
    let length = 0;
    while (length < bodyLength) {
      const roll = random();
      const word = roll < 0.04 ? pick(rare) : roll < 0.06 ? pick(latin) : pick(common);
      const part = random() < 0.15 ? word + pick(punctuation) : word;
      parts.push(part);
      length += part.length;
    }
    drafts.push({
      id: `synthetic-${i}`,
      title: `${pick(rare)}${pick(common)}${pick(kinds)}（第${i}号）`,
      body: parts.join(''),
      kind: pick(kinds),
      tags: random() < 0.3 ? [pick(['年度', '重点', '上报', '内部'])] : [],
      status: pick(statuses),
      pinned: random() < 0.01,
      updatedAt: start + i * 60_000,
      revision: 1,
    });
  }
  return drafts;
}
