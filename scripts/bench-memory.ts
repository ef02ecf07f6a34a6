// Peak memory of `esep check` on very large sheets: a 200 000-row estimate-like sheet and a
// 7 000 000-cell sheet (refused at the stated limit of stored cells). Prints figures; run with
// `npm run bench:memory` after `npm run build:cli`.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { deflateRawSync } from 'node:zlib';
import { columnName } from '../engine/grid/address';
import { makeZip } from '../test/fixtures/zip';

const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

/** A one-sheet workbook whose sheet XML is produced row by row and deflated in pieces. */
function bigWorkbook(rows: number, cols: number): Buffer {
  const parts: Buffer[] = [];
  let size = 0;
  let piece = '<worksheet><sheetData>';
  const flush = (final: boolean) => {
    const bytes = Buffer.from(piece);
    size += bytes.length;
    parts.push(deflateRawSync(bytes, { finishFlush: final ? 4 : 2 }));
    piece = '';
  };
  for (let r = 1; r <= rows; r++) {
    piece += `<row r="${r}">`;
    for (let c = 0; c < cols; c++)
      piece +=
        c === 1
          ? `<c r="B${r}" t="inlineStr"><is><t>Line ${r}</t></is></c>`
          : `<c r="${columnName(c)}${r}"><v>${r * 10 + c}</v></c>`;
    piece += '</row>';
    if (piece.length > 4 * 1024 * 1024) flush(false);
  }
  piece += '</sheetData></worksheet>';
  flush(true);
  const text = (name: string, xml: string) => ({ name, data: Buffer.from(xml) });
  return makeZip([
    text(
      '_rels/.rels',
      `<Relationships><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    ),
    text(
      'xl/workbook.xml',
      `<workbook xmlns:r="${REL}"><sheets><sheet name="Big" sheetId="1" r:id="rId1"/></sheets></workbook>`,
    ),
    text(
      'xl/_rels/workbook.xml.rels',
      `<Relationships><Relationship Id="rId1" Type="${REL}/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`,
    ),
    {
      name: 'xl/worksheets/sheet1.xml',
      data: Buffer.alloc(0),
      raw: Buffer.concat(parts),
      declaredSize: size,
    },
  ]);
}

function main(): void {
  const cli = join(__dirname, '..', 'dist', 'cli', 'esep.cjs');
  if (!existsSync(cli)) throw new Error('build the CLI first: npm run build:cli');
  const dir = mkdtempSync(join(tmpdir(), 'esep-bench-memory-'));
  try {
    for (const [label, rows, cols] of [
      ['200 000 rows × 8 columns', 200_000, 8],
      ['7 000 000 cells (700 000 rows × 10)', 700_000, 10],
    ] as const) {
      const file = join(dir, 'big.xlsx');
      const bytes = bigWorkbook(rows, cols);
      writeFileSync(file, bytes);
      const t0 = process.hrtime.bigint();
      const r = spawnSync('/usr/bin/time', ['-f', '%M', process.execPath, cli, 'check', file], {
        encoding: 'utf8',
      });
      const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
      const lines = r.stderr.trim().split('\n');
      const rssMb = Number(lines.pop()) / 1024;
      const said = (r.stdout.split('\n')[1] ?? '').trim();
      console.log(
        `${label}: ${(bytes.length / 1024 / 1024).toFixed(1)} MB file, exit ${r.status}, ${seconds.toFixed(1)} s, peak RSS ${rssMb.toFixed(0)} MB — ${said}`,
      );
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

main();
