export { convertDocument } from './convert-document';
export { loadScriptConverter, outputScripts, type ConvertText, type OutputScript } from './convert-script';
export { filterStyle } from './filter-style';
export { sanitizeDocumentHtml } from './sanitize-document-html';
export { plainText, type PlainTextOptions } from './plain-text';
