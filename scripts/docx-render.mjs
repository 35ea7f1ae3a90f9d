// Golden check by eye, outside `npm test`: exports every built-in template's example as .docx (the same
// code the panel runs), converts them to PDF with LibreOffice headless and renders page 1 with pdftoppm.
// Output: test-results/docx-render/<template>.{docx,pdf,png}; the 通知 also goes to docs/docx-notice.png.
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createServer } from 'vite';

const outDir = resolve('test-results/docx-render');
const has = (command) => spawnSync('sh', ['-c', `command -v ${command}`]).status === 0;
const missing = ['soffice', 'pdftoppm'].filter((command) => !has(command));
if (missing.length > 0) {
  console.error(
    `docx:render needs LibreOffice Writer and poppler (missing: ${missing.join(', ')}).\n` +
      'Debian/Ubuntu: sudo apt-get install -y libreoffice-writer poppler-utils\n' +
      'Fedora: sudo dnf install libreoffice-writer poppler-utils · macOS: brew install --cask libreoffice && brew install poppler',
  );
  process.exit(1);
}

// Vite loads the TypeScript sources as they are, so the files are exactly what the panel would export.
const vite = await createServer({ appType: 'custom', logLevel: 'error', server: { middlewareMode: true } });
let ids;
let typefaces;
try {
  ({ typefaces } = await vite.ssrLoadModule('/typeset/page-layout.ts'));
  const { builtinTemplates } = await vite.ssrLoadModule('/templates/builtin/index.ts');
  const { exampleValues } = await vite.ssrLoadModule('/templates/example-values.ts');
  const { renderDocument } = await vite.ssrLoadModule('/templates/render-document.ts');
  const { exportDocx } = await vite.ssrLoadModule('/typeset/export-docx.ts');
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });
  ids = [];
  for (const template of builtinTemplates) {
    const values = exampleValues(template.fields);
    const doc = renderDocument(template, values);
    const draft = { title: doc.title, body: doc.text, templateId: template.id, fieldValues: values };
    const file = await exportDocx(draft, () => template, template.id);
    writeFileSync(join(outDir, `${template.id}.docx`), file.bytes);
    ids.push(template.id);
  }
} finally {
  await vite.close();
}

// A private LibreOffice profile: a running office (or another conversion) never blocks this one.
const profile = join(tmpdir(), `wenshu-docx-render-${process.pid}`);
mkdirSync(profile, { recursive: true });
// Linux has none of the 公文 faces: map them to Noto CJK (fonts-noto-cjk), serif for 仿宋/楷体/宋体/小标宋 and
// sans for 黑体, for this conversion only, so the picture shows the layout rather than a fallback sans.
const alias = (family, target) =>
  `<alias binding="same"><family>${family}</family><prefer><family>${target}</family></prefer></alias>`;
const aliases = Object.entries(typefaces).flatMap(([face, families]) =>
  families.map((family) => alias(family, face === 'heiti' ? 'Noto Sans CJK SC' : 'Noto Serif CJK SC')),
);
const fontConfig = join(profile, 'fonts.conf');
writeFileSync(
  fontConfig,
  `<?xml version="1.0"?><!DOCTYPE fontconfig SYSTEM "fonts.dtd"><fontconfig>` +
    `<include ignore_missing="yes">/etc/fonts/fonts.conf</include>${aliases.join('')}</fontconfig>`,
);
const convert = spawnSync(
  'soffice',
  [
    `-env:UserInstallation=file://${profile}`,
    '--headless',
    '--convert-to',
    'pdf',
    '--outdir',
    outDir,
    ...ids.map((id) => join(outDir, `${id}.docx`)),
  ],
  { stdio: 'inherit', env: { ...process.env, FONTCONFIG_FILE: fontConfig } },
);
rmSync(profile, { recursive: true, force: true });
if (convert.status !== 0) process.exit(convert.status ?? 1);

for (const id of ids) {
  const page = spawnSync('pdftoppm', ['-png', '-r', '80', '-f', '1', '-l', '1', '-singlefile', `${id}.pdf`, id], {
    cwd: outDir,
    stdio: 'inherit',
  });
  if (page.status !== 0) process.exit(page.status ?? 1);
}
mkdirSync('docs', { recursive: true });
copyFileSync(join(outDir, 'notice.png'), 'docs/docx-notice.png');
console.log(`Page 1 of each example: ${outDir}/<template>.png; the 通知: docs/docx-notice.png`);
