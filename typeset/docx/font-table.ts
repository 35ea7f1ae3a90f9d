import { typefaces } from '../page-layout';

/** 86 = GB2312 character set: tells Word/WPS a missing font is a Chinese one, so they pick a Chinese substitute. */
const chineseCharset = '86';
/** Chinese faces every Windows since Vista installs, by both their names. */
const windowsFaces = new Set(['宋体', 'SimSun', '仿宋', 'FangSong', '楷体', 'KaiTi', '黑体', 'SimHei']);

/**
 * word/fontTable.xml with every face and its fallback as `w:altName`: Word uses the alternative name
 * when the font itself is not installed (仿宋_GB2312 → 仿宋, 方正小标宋简体 → 宋体, 仿宋 → FangSong), so a PC without the GB2312
 * fonts still shows the right face instead of the default 宋体.
 */
export function fontTableXml(): string {
  const fonts = new Map<string, string>();
  for (const faces of Object.values(typefaces)) {
    faces.forEach((face, i) => {
      // Word does not follow a chain of alternatives: each name points at a face Windows has.
      const alternative = faces.slice(i + 1).find((name) => windowsFaces.has(name));
      if (!fonts.has(face) && alternative) fonts.set(face, alternative);
    });
  }
  const entries = [...fonts].map(
    ([name, alternative]) =>
      `<w:font w:name="${name}"><w:altName w:val="${alternative}"/><w:charset w:val="${chineseCharset}"/>` +
      `<w:family w:val="auto"/><w:pitch w:val="variable"/></w:font>`,
  );
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    '<w:fonts xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">' +
    entries.join('') +
    '</w:fonts>'
  );
}
