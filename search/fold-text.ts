const foldable = /[A-Z\uFF10-\uFF19\uFF21-\uFF3A\uFF41-\uFF5A]/;
const foldableAll = /[A-Z\uFF10-\uFF19\uFF21-\uFF3A\uFF41-\uFF5A]/g;

function foldChar(ch: string): string {
  let code = ch.charCodeAt(0);
  if (code >= 0xff10) code -= 0xfee0; // full-width ０-９ Ａ-Ｚ ａ-ｚ → ASCII
  if (code >= 65 && code <= 90) code += 32;
  return String.fromCharCode(code);
}

/**
 * Case- and width-folds Latin letters and digits so "GDP", "gdp" and "ＧＤＰ" match. Strictly one UTF-16
 * unit in, one out: offsets found in the folded text are offsets in the original, for highlighting.
 * Full-width punctuation (，。：) is left alone; it is common in Chinese text and never a search key.
 */
export function foldText(text: string): string {
  return foldable.test(text) ? text.replace(foldableAll, foldChar) : text;
}
