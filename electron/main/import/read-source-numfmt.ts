/**
 * The text Excel shows for a number or date under the cell's number format. ExcelJS's `cell.text`
 * is only `String(value)` (123 formatted `00000` gives "123", a date gives `Date.toString()`), so
 * the formats that matter for rosters are applied here: zero-padded ids (`00000`), literals
 * between digits (`000-00-0000`), decimals, thousands, percent, currency and quoted text.
 * Anything fancier (fractions, scientific) falls back to General, which keeps every digit.
 * Dates are always written `yyyy-MM-dd` (with `HH:mm` when the format shows a time), whatever
 * the sheet's locale format, so later date parsing sees one unambiguous form.
 */

/** Excel's General format, but never rounding an id to scientific notation: 15 significant digits at most. */
export function formatGeneral(value: number): string {
  if (!Number.isFinite(value)) return String(value);
  if (Number.isInteger(value)) return String(value);
  return String(Number(value.toPrecision(15))); // 0.1+0.2 shows 0.3, as in Excel
}

/** Splits a format into its `;` sections, ignoring `;` inside quotes, brackets or after a backslash. */
function splitSections(format: string): string[] {
  const sections: string[] = [];
  let current = '';
  let quoted = false;
  let bracket = false;
  for (let i = 0; i < format.length; i += 1) {
    const c = format[i]!;
    if (c === '\\' && !quoted && i + 1 < format.length) {
      current += c + format[i + 1]!;
      i += 1;
      continue;
    }
    if (c === '"' && !bracket) quoted = !quoted;
    else if (c === '[' && !quoted) bracket = true;
    else if (c === ']' && !quoted) bracket = false;
    else if (c === ';' && !quoted && !bracket) {
      sections.push(current);
      current = '';
      continue;
    }
    current += c;
  }
  sections.push(current);
  return sections;
}

/** A format section cut into digit placeholders and the literal text around them. */
type Token = { readonly kind: 'digit'; readonly char: '0' | '#' | '?' } | { readonly kind: 'literal'; readonly text: string } | { readonly kind: 'point' };

type Parsed = {
  readonly tokens: readonly Token[];
  readonly thousands: boolean;
  /** Powers of 100 from `%` and of 1/1000 from commas after the last digit. */
  readonly scale: number;
};

/** Parses one section; null for what is not handled here (fractions, scientific, text `@`, conditions). */
function parseSection(section: string): Parsed | null {
  const tokens: Token[] = [];
  let thousands = false;
  let scale = 1;
  let pendingCommas = 0;
  const literal = (text: string): void => {
    if (pendingCommas > 0 && tokens.some((t) => t.kind === 'digit')) scale /= 1000 ** pendingCommas;
    pendingCommas = 0;
    tokens.push({ kind: 'literal', text });
  };
  for (let i = 0; i < section.length; i += 1) {
    const c = section[i]!;
    if (c === '0' || c === '#' || c === '?') {
      if (pendingCommas > 0 && tokens.some((t) => t.kind === 'digit')) thousands = true;
      pendingCommas = 0;
      tokens.push({ kind: 'digit', char: c });
    } else if (c === ',') pendingCommas += 1;
    else if (c === '.') {
      if (tokens.some((t) => t.kind === 'point')) literal('.');
      else tokens.push({ kind: 'point' });
    } else if (c === '"') {
      const end = section.indexOf('"', i + 1);
      literal(section.slice(i + 1, end === -1 ? section.length : end));
      i = end === -1 ? section.length : end;
    } else if (c === '\\') {
      literal(section[i + 1] ?? '');
      i += 1;
    } else if (c === '_') {
      literal(' '); // `_)` pads with the width of `)`
      i += 1;
    } else if (c === '*') i += 1; // fill character: repeats to the column width, nothing to show in text
    else if (c === '[') {
      const end = section.indexOf(']', i);
      const inner = section.slice(i + 1, end === -1 ? section.length : end);
      if (/^[<>=]/.test(inner)) return null; // conditional sections
      const currency = /^\$([^-]*)/.exec(inner); // `[$€-407]` shows `€`; colours like `[Red]` show nothing
      if (currency !== null) literal(currency[1]!);
      i = end === -1 ? section.length : end;
    } else if (c === '%') {
      scale *= 100;
      literal('%');
    } else if (c === '@' || c === '/' || c === 'E' || c === 'e') return null;
    else literal(c);
  }
  if (pendingCommas > 0) scale /= 1000 ** pendingCommas;
  return { tokens, thousands, scale };
}

/** Fills the integer placeholders right to left with digits, the leftmost taking all that remain. */
function renderInteger(tokens: readonly Token[], digits: string, thousands: boolean): string {
  const slots = tokens.filter((t) => t.kind === 'digit').length;
  if (slots === 0) return tokens.map((t) => (t.kind === 'literal' ? t.text : '')).join('') + digits; // `.00`: digits still show
  if (thousands) {
    const zeros = tokens.filter((t) => t.kind === 'digit' && t.char === '0').length;
    const padded = digits.padStart(zeros, '0');
    const grouped = padded.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
    const lead = tokens.findIndex((t) => t.kind === 'digit');
    const literalText = (part: readonly Token[]): string => part.map((t) => (t.kind === 'literal' ? t.text : '')).join('');
    return literalText(tokens.slice(0, Math.max(lead, 0))) + grouped + literalText(tokens.slice(lead + slots));
  }
  let out = '';
  let d = digits.length;
  let slot = slots;
  for (let k = tokens.length - 1; k >= 0; k -= 1) {
    const t = tokens[k]!;
    if (t.kind === 'literal') out = t.text + out;
    else if (t.kind === 'digit') {
      slot -= 1;
      if (slot === 0 && d > 0) {
        out = digits.slice(0, d) + out;
        d = 0;
      } else if (d > 0) out = digits[(d -= 1)]! + out;
      else out = (t.char === '0' ? '0' : t.char === '?' ? ' ' : '') + out;
    }
  }
  return out;
}

/** Fills the decimal placeholders left to right; trailing zeros under `#` vanish, under `?` become spaces. */
function renderFraction(tokens: readonly Token[], fraction: string): string {
  const digits = tokens.filter((t): t is Extract<Token, { kind: 'digit' }> => t.kind === 'digit');
  const shown = [...fraction];
  for (let k = digits.length - 1; k >= 0 && shown[k] === '0' && digits[k]!.char !== '0'; k -= 1) {
    shown[k] = digits[k]!.char === '?' ? ' ' : '';
  }
  let slot = 0;
  return tokens.map((t) => (t.kind === 'literal' ? t.text : t.kind === 'digit' ? shown[slot++]! : '.')).join('');
}

/** The text Excel shows for a number under a format such as `00000`, `#,##0.00` or `"$"0.00;(0.00)`. */
export function formatNumber(value: number, format: string | undefined): string {
  const fmt = (format ?? '').trim();
  if (!Number.isFinite(value) || fmt === '' || /^general$/i.test(fmt) || fmt === '@') return formatGeneral(value);
  const sections = splitSections(fmt);
  const useNegative = value < 0 && sections.length >= 2;
  const section = value === 0 && sections.length >= 3 ? sections[2]! : useNegative ? sections[1]! : sections[0]!;
  if (/^general$/i.test(section.trim())) return (value < 0 && !useNegative ? '-' : '') + formatGeneral(Math.abs(value));
  const parsed = parseSection(section);
  if (parsed === null || !parsed.tokens.some((t) => t.kind === 'digit')) return formatGeneral(value);
  const point = parsed.tokens.findIndex((t) => t.kind === 'point');
  const intTokens = point === -1 ? parsed.tokens : parsed.tokens.slice(0, point);
  const fracTokens = point === -1 ? [] : parsed.tokens.slice(point + 1);
  const decimals = fracTokens.filter((t) => t.kind === 'digit').length;
  const scaled = Number((Math.abs(value) * parsed.scale).toPrecision(15));
  if (scaled >= 1e21) return formatGeneral(value); // toFixed switches to exponent notation there
  const [intPart = '0', fracPart = ''] = scaled.toFixed(decimals).split('.');
  const integer = renderInteger(intTokens, intPart === '0' ? '' : intPart, parsed.thousands);
  const text = point === -1 ? integer : `${integer}.${renderFraction(fracTokens, fracPart)}`;
  const negative = value < 0 && !useNegative && /[1-9]/.test(intPart + fracPart);
  return (negative ? '-' : '') + text;
}

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

/** A date as `yyyy-MM-dd`, a time of day as `HH:mm` (`:ss` when the format shows seconds), both when the format has both. */
export function formatDate(date: Date, format: string | undefined): string {
  const ms = Math.round(date.getTime() / 1000) * 1000; // Excel serials carry float noise below a second
  if (!Number.isFinite(ms)) return '';
  const d = new Date(ms);
  const bare = (format ?? '').replace(/"[^"]*"/g, '').replace(/\[[^\]]*\]/g, '');
  const hasTime = /[hs]/i.test(bare) || /AM\/PM/i.test(bare);
  const hasDate = /[yd]/i.test(bare) || !hasTime; // a bare `mmm` is a month
  const ymd = `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
  const hm = `${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}${/s/i.test(bare) ? `:${pad(d.getUTCSeconds())}` : ''}`;
  if (hasDate && hasTime) return `${ymd} ${hm}`;
  return hasDate ? ymd : hm;
}
