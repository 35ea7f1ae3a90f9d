import { toText } from '../engine/to-text';
import { isPlaceholder } from '../placeholder';

/** The 文种 a forwarded or issued document's title ends with. */
const kinds = '意见|报告|通知|请示|方案|办法|规定|决定|批复|复函|函|通报|纪要|规划|计划|要点|细则|条例|预案|指引|措施';
const trailingDe = new RegExp(`的(${kinds})$`);

/**
 * A forwarded document's title as it sits inside the forwarding notice's title: 书名号 dropped and the
 * 的 before its 文种 removed, so `关于清理整顿社会团体的意见` gives `转发民政部关于清理整顿社会团体意见的通知`
 * (国办发〔1997〕11号) instead of `…的意见的通知`.
 */
export function forwardedTitle(value: unknown): string {
  const text = toText(value).trim();
  if (!text || isPlaceholder(text)) return text;
  return text.replace(/^《(.*)》$/, '$1').replace(trailingDe, '$1');
}
