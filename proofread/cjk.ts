/** Character classes shared by the rules. Han alone excludes punctuation, which several rules need. */
export const hanPattern = /\p{Script=Han}/u;
export const chineseDigits = '〇一二三四五六七八九十';

/** Han, CJK punctuation (、。〈〉《》【】〔〕…), full-width forms and curly quotes. */
export function isCjk(char: string | undefined): boolean {
  if (!char) return false;
  return hanPattern.test(char) || /[\u3000-\u303f\uff00-\uffef\u2018\u2019\u201c\u201d\u2014\u2026]/.test(char);
}

export function isHan(char: string | undefined): boolean {
  return !!char && hanPattern.test(char);
}
