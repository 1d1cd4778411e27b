/** parseCsv / sniffDelimiter: RFC 4180, no coercion, spreadsheet row numbers, diagnostics for bad input. */
import { describe, expect, it } from 'vitest';
import { parseCsv, sniffDelimiter } from '../../../shared/import/csv';
import { hasErrors } from '../../../shared/import/diagnostics';

const file = 'students.csv';
const parse = (text: string, delimiter?: ',' | ';' | '\t' | '|') =>
  parseCsv(text, delimiter === undefined ? { file } : { file, delimiter });

describe('parseCsv: RFC 4180', () => {
  it.each([
    ['CRLF', 'id,name\r\n1,Ann\r\n2,Bob\r\n'],
    ['LF', 'id,name\n1,Ann\n2,Bob\n'],
    ['CR (old Mac Excel)', 'id,name\r1,Ann\r2,Bob'],
    ['mixed, no final newline', 'id,name\r\n1,Ann\n2,Bob'],
  ])('reads %s line ends', (_label, text) => {
    const t = parse(text);
    expect(t).toEqual({ header: ['id', 'name'], rows: [['1', 'Ann'], ['2', 'Bob']], rowNumbers: [2, 3], delimiter: ',', diagnostics: [] });
  });

  it('reads quoted fields with doubled quotes, delimiters and newlines; counts rows as a spreadsheet does', () => {
    const text = 'id,name,note\r\n1,"Smith, Ann","said ""hi""\r\nthen left"\r\n2,Bob,"a\nb\rc"\r\n3,Cy\r\n';
    const t = parse(text);
    expect(t.header).toEqual(['id', 'name', 'note']);
    expect(t.rows).toEqual([['1', 'Smith, Ann', 'said "hi"\r\nthen left'], ['2', 'Bob', 'a\nb\rc']]);
    expect(t.rowNumbers).toEqual([2, 3]);
    // The ragged row is row 4 of the spreadsheet even though it is line 6 of the file.
    expect(t.diagnostics).toEqual([
      { level: 'error', file, row: 4, column: null, message: 'Row 4 has 2 values but the header has 3 columns (fewer values than columns); the row was not read.' },
    ]);
  });

  it('never coerces values: leading zeros, formulas, booleans and dates stay text', () => {
    const values = ['09', '00123', '=HYPERLINK("http://x","y")', '+1', '-2', '@SUM(A1)', '1e5', 'TRUE', '1/05/2023', ' padded ', ''];
    const header = values.map((_, i) => `c${i}`);
    const line = values.map((v) => (/[",]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v)).join(',');
    const t = parse(`${header.join(',')}\n${line}\n`);
    expect(t.rows).toEqual([values]);
    expect(t.diagnostics).toEqual([]);
  });

  it('trims header names but not values, and strips a BOM left in the text', () => {
    const t = parse('\ufeff Student_Number , Last_Name \n 00123 , Díaz \n');
    expect(t.header).toEqual(['Student_Number', 'Last_Name']);
    expect(t.rows).toEqual([[' 00123 ', ' Díaz ']]);
  });

  it('skips fully empty lines (also ,,, and blank lines before the header) but keeps counting rows', () => {
    const t = parse('\nid,name\n\n1,Ann\n,\n   \n2,Bob\n\n\n');
    expect(t.header).toEqual(['id', 'name']);
    expect(t.rows).toEqual([['1', 'Ann'], ['2', 'Bob']]);
    expect(t.rowNumbers).toEqual([4, 7]);
    expect(t.diagnostics).toEqual([]);
  });

  it('keeps text after a closing quote, with a warning naming the column', () => {
    const t = parse('id,name\n1,"Ann" Lee\n');
    expect(t.rows).toEqual([['1', 'Ann Lee']]);
    expect(t.diagnostics).toMatchObject([{ level: 'warning', row: 2, column: 'name' }]);
  });
});

describe('parseCsv: bad input', () => {
  it.each(['', '\r\n\n', ' , \n,,\n'])('reports an empty file (%j)', (text) => {
    const t = parse(text);
    expect(t.header).toEqual([]);
    expect(t.rows).toEqual([]);
    expect(t.diagnostics).toEqual([{ level: 'error', file, row: null, column: null, message: 'The file is empty.' }]);
  });

  it('warns on a header with no rows', () => {
    const t = parse('id,name,grade\r\n\r\n');
    expect(t.header).toEqual(['id', 'name', 'grade']);
    expect(t.rows).toEqual([]);
    expect(t.diagnostics).toEqual([{ level: 'warning', file, row: 1, column: null, message: 'The file has a header but no rows.' }]);
    expect(hasErrors(t.diagnostics)).toBe(false);
  });

  it('reports ragged rows (more and fewer values) as errors with file, row and counts, and leaves them out', () => {
    const t = parse('id,name,grade\n1,Ann,09\n2,Bob\n3,Cy,10,extra\n4,Di,11\n');
    expect(t.rows).toEqual([['1', 'Ann', '09'], ['4', 'Di', '11']]);
    expect(t.rowNumbers).toEqual([2, 5]);
    expect(t.diagnostics).toEqual([
      { level: 'error', file, row: 3, column: null, message: 'Row 3 has 2 values but the header has 3 columns (fewer values than columns); the row was not read.' },
      { level: 'error', file, row: 4, column: null, message: 'Row 4 has 4 values but the header has 3 columns (more values than columns); the row was not read.' },
    ]);
  });

  it('reports duplicate header names (also differing only in case or spaces) as errors', () => {
    const t = parse('id,Grade,name, grade\n1,09,Ann,09\n');
    expect(t.diagnostics).toEqual([
      { level: 'error', file, row: 1, column: 'grade', message: 'The column “grade” appears more than once in the header (columns 2 and 4).' },
    ]);
  });

  it('warns about a column with no name', () => {
    const t = parse('id,,name\n1,x,Ann\n');
    expect(t.diagnostics).toEqual([{ level: 'warning', file, row: 1, column: null, message: 'Column 2 has no name in the header.' }]);
  });

  it('reports an unterminated quote at the row where it opened', () => {
    const t = parse('id,name\n1,Ann\n2,"Bob\n3,Cy\n4,Di\n');
    expect(t.rows).toEqual([['1', 'Ann']]);
    expect(t.diagnostics).toHaveLength(1);
    expect(t.diagnostics[0]).toMatchObject({ level: 'error', file, row: 3, column: 'name' });
    expect(t.diagnostics[0]!.message).toMatch(/quote opened in row 3 is never closed/);
  });

  it('reports an unterminated quote in the header', () => {
    const t = parse('"id,name\n1,Ann\n');
    expect(t.header).toEqual([]);
    expect(t.diagnostics).toMatchObject([{ level: 'error', row: 1 }]);
  });
});

describe('sniffDelimiter', () => {
  it.each([
    ['comma', 'id,name,grade\n1,Ann,09\n', ','],
    ['semicolon (European Excel, decimal commas)', 'id;name;gpa\r\n1;"Müller, Jörg";3,5\r\n2;Anna;2,75\r\n', ';'],
    ['tab', 'id\tname\tgrade\n1\tSmith, Ann\t09\n', '\t'],
    ['pipe', 'id|name|grade\n1|Ann; Bo|09\n', '|'],
    ['comma with quoted semicolons', 'id,note\n1,"a;b;c"\n2,"d;e"\n', ','],
    ['single column', 'id\n1\n2\n', ','],
  ])('finds %s', (_label, text, expected) => {
    expect(sniffDelimiter(text)).toBe(expected);
    expect(parse(text).delimiter).toBe(expected);
  });

  it('parses a semicolon file from European Excel without being told the delimiter', () => {
    const t = parse('Schülernummer;Nachname;Klasse\r\n00123;Müller, Jörg;09\r\n00124;"Ñúñez; Ana";10\r\n');
    expect(t.header).toEqual(['Schülernummer', 'Nachname', 'Klasse']);
    expect(t.rows).toEqual([['00123', 'Müller, Jörg', '09'], ['00124', 'Ñúñez; Ana', '10']]);
    expect(t.diagnostics).toEqual([]);
  });

  it('honours an explicit delimiter', () => {
    expect(parse('a;b\n1;2\n', ',')).toMatchObject({ header: ['a;b'], rows: [['1;2']], delimiter: ',' });
  });
});

describe('parseCsv: size', () => {
  const header = ['Student_Number', 'Last_Name', 'First_Name', 'Grade_Level', 'Gender', 'LunchStatus', 'IEP', 'ELL', 'Email', 'Homeroom', 'Advisor', 'Notes'];
  const line = (i: number): string =>
    [String(i).padStart(6, '0'), `Last${i}`, `First${i}`, '09', 'F', 'R', 'N', 'Y', `s${i}@school.example`, 'H-101', 'T12', '"Smith, ""Al"""'].join(',');

  it('parses a 4,000-row, 12-column file with no diagnostics (its speed is in npm run bench)', () => {
    const text = [header.join(','), ...Array.from({ length: 4000 }, (_, i) => line(i))].join('\r\n');
    const t = parse(text);
    expect(t.rows).toHaveLength(4000);
    expect(t.diagnostics).toEqual([]);
  });

  it('parses a 50 MB string', () => {
    const chunk = Array.from({ length: 1000 }, (_, i) => line(i)).join('\n') + '\n';
    const text = header.join(',') + '\n' + chunk.repeat(Math.ceil((50 * 1024 * 1024) / chunk.length));
    const t = parse(text);
    expect(t.diagnostics).toEqual([]);
    expect(t.rows.length).toBeGreaterThan(300_000);
  });

  it('handles one huge quoted value full of doubled quotes and an unterminated quote in a long file', () => {
    const big = '""'.repeat(2_000_000);
    expect(parse(`a,b\n1,"${big}"\n`).rows[0]![1]).toHaveLength(2_000_000);
    const open = parse(`a,b\n1,"x\n${'2,y\n'.repeat(500_000)}`);
    expect(open.diagnostics).toMatchObject([{ level: 'error', row: 2 }]);
  });
});
