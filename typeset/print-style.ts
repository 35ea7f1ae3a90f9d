import { pageLayout } from './page-layout';
import { fontFamilyCss } from './role-css';

/**
 * The print view's page: `@page` A4 with the GB/T 9704 margins, and page numbers `— 1 —` at the outer
 * side (right on odd pages, left on even) where the browser draws page-margin boxes (Chrome 131+).
 * On screen the same sheet is shown at its real size. Type is 22 lines × 28 characters: the line
 * pitch, and letter spacing that makes 28 characters fill the 156 mm line.
 */
export function printStyleSheet(): string {
  const { marginMm: m, widthMm, heightMm, linePitchPt, charPitchPt, pageNumberPt } = pageLayout;
  const pageNumber = `content:"— " counter(page) " —";font-family:${fontFamilyCss('songti')};font-size:${pageNumberPt}pt;vertical-align:top;padding-top:5mm`;
  return `
@page { size: ${widthMm}mm ${heightMm}mm; margin: ${m.top}mm ${m.right}mm ${m.bottom}mm ${m.left}mm; }
@page :right { @bottom-right { ${pageNumber};padding-right:1em; } }
@page :left { @bottom-left { ${pageNumber};padding-left:1em; } }
.gongwen { letter-spacing: ${(charPitchPt - 16).toFixed(3)}pt; color: #000; }
.gongwen p { margin: 0; line-height: ${linePitchPt}pt; }
.gongwen .space-before { margin-top: ${linePitchPt}pt; }
@media screen {
  body { background: #e8e8e8; margin: 0; }
  .sheet { box-sizing: border-box; width: ${widthMm}mm; min-height: ${heightMm}mm; margin: 16px auto; background: #fff;
    padding: ${m.top}mm ${m.right}mm ${m.bottom}mm ${m.left}mm; box-shadow: 0 1px 4px rgb(0 0 0 / 30%); }
}
@media print {
  .no-print { display: none; }
  body { margin: 0; }
}
`;
}
