/** readSource on Excel workbooks: the text Excel shows per cell, real row numbers, sheet choice; number formats. */
import fs from 'node:fs';
import path from 'node:path';
import { Workbook } from 'exceljs';
import { describe, expect, it } from 'vitest';
import { formatDate, formatNumber } from '../../../electron/main/import/read-source-numfmt';
import { readSource, type ReadProgress } from '../../../electron/main/import/read-source';
import { useTempDirs } from '../helpers/tmp';

const tempDir = useTempDirs();
const noProgress: ReadProgress = () => undefined;

/** Writes a workbook built by `build` to a temp `.xlsx` and returns its path. */
async function writeWorkbook(name: string, build: (wb: Workbook) => void): Promise<string> {
  const wb = new Workbook();
  build(wb);
  const file = path.join(tempDir(), name);
  fs.writeFileSync(file, new Uint8Array(await wb.xlsx.writeBuffer()));
  return file;
}

describe('readSource: Excel workbooks', () => {
  it('turns each cell into the text Excel shows, never a formula, with the sheet’s row numbers', async () => {
    const file = await writeWorkbook('students.xlsx', (wb) => {
      const ws = wb.addWorksheet('Students');
      // Row 1 left empty: the header is the first non-empty row.
      ws.getRow(2).values = ['Student ID', 'Code', 'Sum', 'Birth date', 'Note', 'Active', 'Name', 'Zero'];
      ws.getRow(3).values = ['00123', 123, { formula: '1+1', result: 2 }, new Date(Date.UTC(2011, 7, 24)), '=HYPERLINK("http://x","y")', true];
      ws.getRow(5).values = ['00456', 7, { formula: 'B5*0', result: 0 }, new Date(Date.UTC(2010, 0, 2)), { text: 'site', hyperlink: 'http://x' }, false];
      ws.getCell('A3').numFmt = '@';
      ws.getCell('B3').numFmt = '00000';
      ws.getCell('B5').numFmt = '00000';
      ws.getCell('D3').numFmt = 'm/d/yy';
      ws.getCell('D5').numFmt = 'dd.mm.yyyy';
      ws.getCell('G3').value = { richText: [{ text: 'Zo' }, { text: 'ë', font: { bold: true } }] };
      ws.getCell('H5').value = { formula: '0*1', result: 0 };
      ws.getCell('H5').numFmt = '00000';
      // Styled but empty cells far to the right and below must not widen or lengthen the table.
      ws.getCell('M3').numFmt = '0.00';
      ws.getCell('M3').value = null;
      ws.getCell('A40').value = '   ';
      const other = wb.addWorksheet('Other');
      other.getCell('A1').value = 'ignored';
    });
    const result = await readSource(file, noProgress);
    expect(result).toMatchObject({ source: 'file', name: 'students.xlsx', diagnostics: [] });
    expect(result.tables).toEqual([
      {
        file: 'students.xlsx',
        header: ['Student ID', 'Code', 'Sum', 'Birth date', 'Note', 'Active', 'Name', 'Zero'],
        rows: [
          ['00123', '00123', '2', '2011-08-24', '=HYPERLINK("http://x","y")', 'TRUE', 'Zoë', ''],
          ['00456', '00007', '0', '2010-01-02', 'site', 'FALSE', '', '00000'],
        ],
        rowNumbers: [3, 5],
        diagnostics: [
          { level: 'warning', file: 'students.xlsx', row: null, column: null, message: 'Read sheet “Students”; the workbook has 2 sheets.' },
        ],
      },
    ]);
  });

  it('reads the first sheet that has data and names it in the table', async () => {
    const file = await writeWorkbook('roster.xlsx', (wb) => {
      wb.addWorksheet('Cover');
      const data = wb.addWorksheet('Data');
      data.getRow(1).values = ['id', 'id', ''];
      data.getRow(2).values = ['1', '2', '3'];
      wb.addWorksheet('Empty');
    });
    const result = await readSource(file, noProgress);
    const [table] = result.tables;
    expect(table!.file).toBe('roster.xlsx!Data');
    expect(table!.header).toEqual(['id', 'id', '']);
    expect(table!.diagnostics.map((d) => `${d.level}: ${d.message}`)).toEqual([
      'warning: Read sheet “Data”; the workbook has 3 sheets.',
      'error: The column “id” appears more than once in the header (columns 1 and 2).',
      'warning: Column 3 has no name in the header.',
    ]);
  });

  it('gives an error for a workbook with no data, and for a text file named .xlsx', async () => {
    const empty = await writeWorkbook('blank.xlsx', (wb) => void wb.addWorksheet('Sheet1'));
    expect((await readSource(empty, noProgress)).diagnostics.map((d) => d.message)).toEqual([
      'The workbook “blank.xlsx” has no data in any sheet.',
    ]);
    const fake = path.join(tempDir(), 'fake.xlsx');
    fs.writeFileSync(fake, 'id,name\n1,Ann\n');
    const result = await readSource(fake, (done, total) => expect(done).toBeLessThanOrEqual(total));
    expect(result.tables).toEqual([]);
    expect(result.diagnostics[0]).toMatchObject({ level: 'error', file: 'fake.xlsx', message: expect.stringMatching(/not an Excel workbook/) });
  });
});

describe('formatNumber: the formats rosters use', () => {
  it.each([
    ['00000', 123, '00123'],
    ['00000', 123456, '123456'],
    ['000-00-0000', 123456789, '123-45-6789'],
    ['0', 1234.5, '1235'],
    ['0.0', -2.25, '-2.3'],
    ['#,##0.00', 1234567.891, '1,234,567.89'],
    ['#,##0', 0, '0'],
    ['#.##', 0.5, '.5'],
    ['.00', 12.5, '12.50'],
    ['0.00%', 0.256, '25.60%'],
    ['"$"#,##0.00;("$"#,##0.00)', -5, '($5.00)'],
    ['[$€-407] #,##0', 1000, '€ 1,000'],
    ['[Red]0;[Blue]-0', -3, '-3'],
    ['0,"K"', 12345, '12K'],
    ['0_);(0)', 4, '4 '],
    ['General', 0.1 + 0.2, '0.3'],
    ['@', 42, '42'],
    [undefined, 20260824, '20260824'],
    ['0.00E+00', 12345, '12345'],
    ['# ?/?', 1.5, '1.5'],
  ])('%s shows %d as %s', (format, value, shown) => {
    expect(formatNumber(value, format)).toBe(shown);
  });
});

describe('formatDate', () => {
  const at = new Date(Date.UTC(2026, 7, 24, 13, 5, 9));
  it.each([
    ['m/d/yy', '2026-08-24'],
    ['d-mmm', '2026-08-24'],
    ['mmmm', '2026-08-24'],
    ['yyyy-mm-dd hh:mm:ss', '2026-08-24 13:05:09'],
    ['m/d/yy h:mm AM/PM', '2026-08-24 13:05'],
    ['h:mm', '13:05'],
    ['[h]:mm:ss', '13:05:09'],
  ])('%s gives %s', (format, shown) => {
    expect(formatDate(at, format)).toBe(shown);
  });
});
