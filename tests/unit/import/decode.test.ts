/** decodeText: UTF-8 with/without BOM, Windows-1252 fallback with a warning, binary/zip → error. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeText, decodeUtf8Strict, decodeWindows1252, NOT_UTF8_MESSAGE } from '../../../shared/import/decode';

const bytes = (...parts: (string | number[])[]): Uint8Array =>
  Uint8Array.from(parts.flatMap((p) => (typeof p === 'string' ? [...Buffer.from(p, 'latin1')] : p)));
const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);

// Reference Windows-1252 (WHATWG): 0x80–0x9F below, every other byte = Latin-1. Written out here because
// Node 20's own TextDecoder('windows-1252') decodes as Latin-1 (0x80 → U+0080, not €).
const HIGH = '€\x81‚ƒ„…†‡ˆ‰Š‹Œ\x8DŽ\x8F\x90‘’“”•–—˜™š›œ\x9DžŸ';
const ref1252 = (input: Uint8Array): string =>
  Array.from(input, (b) => (b >= 0x80 && b <= 0x9f ? HIGH[b - 0x80]! : String.fromCharCode(b))).join('');

describe('decodeText', () => {
  it('reads plain UTF-8', () => {
    const r = decodeText(utf8('id,name\n1,José Ñúñez 日本 😀\n'), 'students.csv');
    expect(r).toEqual({ text: 'id,name\n1,José Ñúñez 日本 😀\n', encoding: 'utf-8', warnings: [] });
  });

  it('strips a UTF-8 BOM and says so in the encoding', () => {
    const r = decodeText(bytes([0xef, 0xbb, 0xbf], 'id,name\r\n'), 'a.csv');
    expect(r.text).toBe('id,name\r\n');
    expect(r.encoding).toBe('utf-8-bom');
    expect(r.warnings).toEqual([]);
  });

  it('falls back to Windows-1252 with a warning (Jos\\xe9, smart quotes, euro)', () => {
    const r = decodeText(bytes('id,name\n1,Jos\xe9 ', [0x93], 'Pepe', [0x94], ' ', [0x80], '\n'), 'students.csv');
    expect(r.encoding).toBe('windows-1252');
    expect(r.text).toBe('id,name\n1,José “Pepe” €\n');
    expect(r.warnings).toEqual([{ level: 'warning', file: 'students.csv', row: null, column: null, message: NOT_UTF8_MESSAGE }]);
  });

  it('falls back to Windows-1252 after a BOM when the rest is not UTF-8, dropping the BOM', () => {
    const r = decodeText(bytes([0xef, 0xbb, 0xbf], 'Jos\xe9'));
    expect(r.text).toBe('José');
    expect(r.encoding).toBe('windows-1252');
  });

  it.each([
    ['zip / xlsx', bytes('PK', [3, 4, 20, 0, 6, 0], '[Content_Types].xml'), /zip archive or an Excel workbook/],
    ['old xls', bytes([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]), /old Excel workbook/],
    ['UTF-16', bytes([0xff, 0xfe], [0x69, 0, 0x64, 0]), /UTF-16/],
    ['NUL bytes', bytes('id,name\n1,', [0, 0, 0x89], 'PNG'), /binary data/],
  ])('reports %s as an error, not text', (_label, input, message) => {
    const r = decodeText(input, 'roster.csv');
    expect(r.text).toBe('');
    expect(r.warnings).toHaveLength(1);
    expect(r.warnings[0]).toMatchObject({ level: 'error', file: 'roster.csv', row: null, message: expect.stringMatching(message) });
  });

  it('decodes empty bytes to empty text', () => {
    expect(decodeText(new Uint8Array(0))).toEqual({ text: '', encoding: 'utf-8', warnings: [] });
  });

  it('rejects overlong, surrogate, out-of-range and truncated UTF-8', () => {
    for (const bad of [[0xc0, 0xaf], [0xe0, 0x80, 0xaf], [0xed, 0xa0, 0x80], [0xf4, 0x90, 0x80, 0x80], [0xe2, 0x82], [0x80], [0xff]]) {
      expect(decodeUtf8Strict(Uint8Array.from(bad))).toBeNull();
    }
  });

  it('decodes a large file quickly (one 60,000-character line of UTF-8)', () => {
    const text = 'Zoë,'.repeat(15_000);
    expect(decodeText(utf8(text)).text).toBe(text);
  });

  it('property: never throws on any bytes, and agrees with the platform decoders', () => {
    const fatal = new TextDecoder('utf-8', { fatal: true });
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 200 }), (input) => {
        const r = decodeText(input);
        expect(typeof r.text).toBe('string');
        if (r.warnings.some((w) => w.level === 'error')) return;
        let expected: string;
        try {
          expected = fatal.decode(input);
          expect(r.encoding).not.toBe('windows-1252');
        } catch {
          expect(r.encoding).toBe('windows-1252');
          expected = ref1252(input);
          if (expected.startsWith('ï»¿')) expected = expected.slice(3);
        }
        expect(r.text).toBe(expected);
      }),
      { numRuns: 2000 },
    );
  });

  it('property: any string encoded as UTF-8 decodes back to itself', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 100 }), (s) => {
        fc.pre(!s.includes('\0') && !s.startsWith('\ufeff'));
        expect(decodeText(utf8(s)).text).toBe(s);
      }),
      { numRuns: 1000 },
    );
  });

  it('maps every Windows-1252 byte like the platform decoder', () => {
    const all = Uint8Array.from({ length: 256 }, (_, i) => i);
    expect(HIGH).toHaveLength(32);
    expect(decodeWindows1252(all)).toBe(ref1252(all));
    expect(decodeWindows1252(Uint8Array.from([0x80, 0x8a, 0x9f, 0xe9]))).toBe('€ŠŸé');
  });
});
