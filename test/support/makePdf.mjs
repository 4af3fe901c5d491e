// Writes the small PDF fixture test/fixtures/sources/good/press-release.pdf: two pages of text in Helvetica
// (WinAnsi, so German umlauts work), the way a press release exported from a word processor looks.
// Run once with `node test/support/makePdf.mjs`; the PDF is committed.
import { writeFileSync } from 'node:fs';

export function makePdf(pages, info = {}) {
  const objects = [];
  const add = (body) => objects.push(body) && objects.length;
  const esc = (s) => s.replace(/[\\()]/g, '\\$&').replace(/„/g, '\x84').replace(/“/g, '\x93');
  const catalog = add(null);
  const pagesId = add(null);
  const font = add('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>');
  const kids = [];
  for (const lines of pages) {
    const content = ['BT', '/F1 11 Tf', '14 TL', '72 760 Td', ...lines.map((l) => `(${esc(l)}) '`), 'ET'].join('\n');
    const stream = add(`<< /Length ${Buffer.byteLength(content, 'latin1')} >>\nstream\n${content}\nendstream`);
    kids.push(add(`<< /Type /Page /Parent ${pagesId} 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 ${font} 0 R >> >> /Contents ${stream} 0 R >>`));
  }
  objects[catalog - 1] = `<< /Type /Catalog /Pages ${pagesId} 0 R >>`;
  objects[pagesId - 1] = `<< /Type /Pages /Kids [${kids.map((k) => `${k} 0 R`).join(' ')}] /Count ${kids.length} >>`;
  const infoId = add(`<< ${Object.entries(info).map(([k, v]) => `/${k} (${esc(v)})`).join(' ')} >>`);
  let out = '%PDF-1.4\n%\xe2\xe3\xcf\xd3\n';
  const offsets = [];
  objects.forEach((body, i) => {
    offsets.push(Buffer.byteLength(out, 'latin1'));
    out += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = Buffer.byteLength(out, 'latin1');
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root ${catalog} 0 R /Info ${infoId} 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(out, 'latin1');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  writeFileSync(new URL('../fixtures/sources/good/press-release.pdf', import.meta.url), makePdf([
    [
      'Pressemitteilung: Kelvo Robotics schließt Finanzierungsrunde ab',
      '',
      'München, 14. März 2025. Kelvo Robotics hat in einer Finanzierungsrunde',
      '48 Millionen Euro eingesammelt. Das Unternehmen beschäftigt 230 Mitarbeiter.',
    ],
    [
      'Die Robotersparte von Kelvo Robotics wuchs im Jahr 2024 um 37 Prozent.',
      '„Wir bauen die Produktion in Bayern aus“, sagte Mara Lindqvist, Chefin von Kelvo Robotics.',
    ],
  ], { Title: 'Kelvo Robotics schließt Finanzierungsrunde ab', Author: 'Kelvo Robotics Presse' }));
  writeFileSync(new URL('../fixtures/sources/bad/scanned.pdf', import.meta.url), makePdf([[]], { Title: 'Eingescanntes Dokument' }));
}
