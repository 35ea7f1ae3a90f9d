import { strFromU8, unzipSync } from 'fflate';

/** The parts of a .docx a test reads, unzipped as the file is. */
export function docxParts(bytes: Uint8Array): {
  document: string;
  styles: string;
  fontTable: string;
  settings: string;
  footers: string[];
} {
  const files = unzipSync(bytes);
  const text = (path: string) => strFromU8(files[path] ?? new Uint8Array());
  const footers = Object.keys(files)
    .filter((path) => /^word\/footer\d*\.xml$/.test(path))
    .sort();
  return {
    document: text('word/document.xml'),
    styles: text('word/styles.xml'),
    fontTable: text('word/fontTable.xml'),
    settings: text('word/settings.xml'),
    footers: footers.map(text),
  };
}

/** Each <w:p> of document.xml: its style id and its text. */
export function paragraphsOf(documentXml: string): { style: string; text: string; xml: string }[] {
  return [...documentXml.matchAll(/<w:p>[\s\S]*?<\/w:p>|<w:p [\s\S]*?<\/w:p>/g)].map(([xml]) => ({
    style: /<w:pStyle w:val="([^"]+)"\/>/.exec(xml)?.[1] ?? '',
    text: [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join(''),
    xml,
  }));
}

/** The <w:style> element with this id. */
export function styleXml(stylesXml: string, id: string): string {
  return new RegExp(`<w:style [^>]*w:styleId="${id}"[\\s\\S]*?</w:style>`).exec(stylesXml)?.[0] ?? '';
}
