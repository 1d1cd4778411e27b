/**
 * Turns the bytes of an import file into text: UTF-8 with or without BOM, else Windows-1252
 * (Excel's default "CSV" on Windows) with a warning. Binary files, zip archives and Excel
 * workbooks posing as CSV give an error diagnostic instead of garbage rows.
 *
 * Pure (no TextDecoder, which ES2022 does not type): a strict UTF-8 decoder and the small
 * Windows-1252 table are written here, so the result is the same in Node, browsers and workers.
 * (Node 20's TextDecoder('windows-1252') is in fact Latin-1: 0x80 gives U+0080, not €.)
 */
import { error, warning, type Diagnostic } from './diagnostics';

/** The encodings the importer recognises. */
export type TextEncodingName = 'utf-8' | 'utf-8-bom' | 'windows-1252';

/** Decoded text, the encoding it was read as, and diagnostics (an error means "not a text file"). */
export type DecodedText = {
  readonly text: string;
  readonly encoding: TextEncodingName;
  readonly warnings: readonly Diagnostic[];
};

/** The warning given when a file is read as Windows-1252 because it is not valid UTF-8. */
export const NOT_UTF8_MESSAGE =
  "The file is not UTF-8; read it as Windows-1252 (Excel's default). Check accented names.";

// Windows-1252 0x80–0x9F; the five undefined bytes map to the C1 controls, as WHATWG does.
const CP1252_HIGH: readonly number[] = [
  0x20ac, 0x81, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0x8d,
  0x017d, 0x8f, 0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a,
  0x0153, 0x9d, 0x017e, 0x0178,
];

/** Builds a string from UTF-16 code units without blowing the argument limit. */
function unitsToString(units: Uint16Array, length: number): string {
  const parts: string[] = [];
  const chunk = 0x2000;
  for (let i = 0; i < length; i += chunk) {
    const slice = units.subarray(i, Math.min(i + chunk, length));
    parts.push(String.fromCharCode.apply(null, slice as unknown as number[]));
  }
  return parts.join('');
}

/** Strict UTF-8 decoding (no overlongs, surrogates or truncated sequences); null when invalid. */
export function decodeUtf8Strict(bytes: Uint8Array, start = 0): string | null {
  const n = bytes.length;
  const out = new Uint16Array(Math.max(0, n - start));
  let o = 0;
  let i = start;
  while (i < n) {
    const b0 = bytes[i]!;
    if (b0 < 0x80) {
      out[o++] = b0;
      i += 1;
      continue;
    }
    let need: number;
    let cp: number;
    let min: number;
    if (b0 >= 0xc2 && b0 <= 0xdf) [need, cp, min] = [1, b0 & 0x1f, 0x80];
    else if (b0 >= 0xe0 && b0 <= 0xef) [need, cp, min] = [2, b0 & 0x0f, 0x800];
    else if (b0 >= 0xf0 && b0 <= 0xf4) [need, cp, min] = [3, b0 & 0x07, 0x10000];
    else return null;
    if (i + need >= n) return null; // truncated sequence at the end
    for (let k = 1; k <= need; k += 1) {
      const b = bytes[i + k]!;
      if ((b & 0xc0) !== 0x80) return null;
      cp = (cp << 6) | (b & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return null;
    if (cp >= 0x10000) {
      const v = cp - 0x10000;
      out[o++] = 0xd800 + (v >> 10);
      out[o++] = 0xdc00 + (v & 0x3ff);
    } else {
      out[o++] = cp;
    }
    i += need + 1;
  }
  return unitsToString(out, o);
}

/** Decodes bytes as Windows-1252 (never fails: every byte maps to a character). */
export function decodeWindows1252(bytes: Uint8Array, start = 0): string {
  const out = new Uint16Array(Math.max(0, bytes.length - start));
  for (let i = start; i < bytes.length; i += 1) {
    const b = bytes[i]!;
    out[i - start] = b >= 0x80 && b <= 0x9f ? CP1252_HIGH[b - 0x80]! : b;
  }
  return unitsToString(out, out.length);
}

/** Names what the bytes are when they are clearly not a text file, else null. */
export function detectBinary(bytes: Uint8Array): string | null {
  const starts = (sig: readonly number[]): boolean => sig.every((b, k) => bytes[k] === b);
  if (starts([0x50, 0x4b, 0x03, 0x04]) || starts([0x50, 0x4b, 0x05, 0x06])) {
    return 'The file is a zip archive or an Excel workbook (.xlsx), not CSV. In Excel, use Save As › CSV UTF-8 and import that file.';
  }
  if (starts([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) {
    return 'The file is an old Excel workbook (.xls), not CSV. In Excel, use Save As › CSV UTF-8 and import that file.';
  }
  if (starts([0xff, 0xfe]) || starts([0xfe, 0xff])) {
    return 'The file is UTF-16 text (Excel\'s "Unicode Text"), which is not supported. In Excel, use Save As › CSV UTF-8 and import that file.';
  }
  if (starts([0x25, 0x50, 0x44, 0x46])) return 'The file is a PDF, not CSV. Import the CSV export instead.';
  if (bytes.indexOf(0) !== -1) {
    return 'The file contains binary data (NUL bytes), so it is not a CSV or text file. Import the CSV export instead.';
  }
  return null;
}

/** Decodes an import file's bytes: UTF-8 (BOM stripped) or Windows-1252 with a warning; binary → error. */
export function decodeText(bytes: Uint8Array, file = ''): DecodedText {
  const binary = detectBinary(bytes);
  if (binary !== null) return { text: '', encoding: 'utf-8', warnings: [error({ file }, binary)] };
  const bom = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const start = bom ? 3 : 0;
  const utf8 = decodeUtf8Strict(bytes, start);
  if (utf8 !== null) return { text: utf8, encoding: bom ? 'utf-8-bom' : 'utf-8', warnings: [] };
  return { text: decodeWindows1252(bytes, start), encoding: 'windows-1252', warnings: [warning({ file }, NOT_UTF8_MESSAGE)] };
}
