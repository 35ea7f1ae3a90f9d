/** Characters Windows forbids in file names, and control characters. */
const forbidden = /[<>:"/\\|?*\u0000-\u001f]/g; // eslint-disable-line no-control-regex -- matching them is the point
/** Names Windows reserves for devices, whatever the extension. */
const reserved = /^(con|prn|aux|nul|com\d|lpt\d)$/i;
/** Windows paths stop at 260 characters; a name well under it leaves room for the folder. */
const maxLength = 80;

/**
 * `关于……的通知.docx` from a title: one line, Windows-forbidden characters replaced by full-width
 * look-alikes where they have one, no trailing dot or space, never empty or a reserved device name.
 */
export function docxFileName(title: string, fallback: string, extension = '.docx'): string {
  const fullWidth: Record<string, string> = {
    ':': '：',
    '?': '？',
    '*': '＊',
    '"': '＂',
    '<': '＜',
    '>': '＞',
    '|': '｜',
    '/': '／',
    '\\': '＼',
  };
  let name = title
    .replace(/\s+/g, ' ')
    .replace(forbidden, (char) => fullWidth[char] ?? '')
    .trim()
    .replace(/[. ]+$/, '');
  name = [...name]
    .slice(0, maxLength)
    .join('')
    .replace(/[. ]+$/, '');
  if (!name || reserved.test(name)) name = fallback;
  return `${name}${extension}`;
}

/** Distinct names for a batch: a second `通知.docx` becomes `通知（2）.docx` (Windows ignores case). */
export function uniqueFileNames(names: string[]): string[] {
  const used = new Set<string>();
  return names.map((name) => {
    const dot = name.lastIndexOf('.');
    const [stem, extension] = dot > 0 ? [name.slice(0, dot), name.slice(dot)] : [name, ''];
    let candidate = name;
    for (let n = 2; used.has(candidate.toLowerCase()); n++) candidate = `${stem}（${n}）${extension}`;
    used.add(candidate.toLowerCase());
    return candidate;
  });
}
