/**
 * Removes a model's reasoning (`<think>…</think>`), also while it is still open mid-stream, and the
 * wrappers small models add around an answer (code fences, 「润色后：」-style labels, quotes).
 */
export function stripThink(text: string): string {
  let out = text.replace(/<think>[\s\S]*?<\/think>/g, '');
  const open = out.indexOf('<think>');
  if (open >= 0) out = out.slice(0, open);
  out = out.replace(/^\s*```[a-z]*\n?/i, '').replace(/\n?```\s*$/, '');
  out = out.replace(/^\s*(润色后|修改后|改写后|输出|结果)[：:]\s*/, '');
  return out.trim();
}
