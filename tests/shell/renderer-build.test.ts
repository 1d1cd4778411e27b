/**
 * The built renderer (out/renderer) is an offline page: a strict CSP in the HTML, only its own
 * scripts and styles, and no remote URL the page could reach. Scripts are parsed so that comments
 * do not count; libraries still carry a few inert URL strings (XML namespaces, links in error
 * messages), listed below each with why it is harmless. Anything new fails until it is reviewed.
 */
import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { rendererDir, rendererHtml } from './support/build-output';

const built = fs.existsSync(rendererHtml);
if (!built) console.log('out/renderer/index.html is not built (run `npm run build`): renderer build checks skipped');

/** URL strings found in bundled libraries that are never fetched. Anything else fails the test. */
const inertUrls: readonly [RegExp, string][] = [
  [/^http:\/\/www\.w3\.org\//, 'XML namespace URIs (react-dom: SVG, MathML, xlink)'],
  [/^https?:\/\/json-schema\.org\//, "zod's JSON Schema `$schema` identifiers"],
  [/^https:\/\/react\.dev\/errors\//, "React's minified-error help link (text in an error message)"],
  [/^https:\/\/github\.com\/date-fns\/date-fns\/blob\//, 'date-fns documentation link in an error message'],
  [/^http:\/\/\[$/, "zod's IPv6 check parses `http://[<address>]` with new URL(); nothing is fetched"],
];

const networkApis = new Set(['fetch', 'XMLHttpRequest', 'WebSocket', 'EventSource', 'sendBeacon', 'importScripts', 'RTCPeerConnection']);

/** The string and template literal texts of a script, and the network APIs it names. */
function scanScript(file: string, text: string): { literals: string[]; networkApis: string[] } {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, false, ts.ScriptKind.JS);
  const literals: string[] = [];
  const apis: string[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isStringLiteralLike(node) || ts.isTemplateHead(node) || ts.isTemplateMiddle(node) || ts.isTemplateTail(node)) literals.push(node.text);
    else if (ts.isIdentifier(node) && networkApis.has(node.text)) apis.push(node.text);
    ts.forEachChild(node, visit);
  };
  visit(source);
  return { literals, networkApis: [...new Set(apis)] };
}

function filesUnder(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? filesUnder(path.join(dir, e.name)) : [path.join(dir, e.name)]));
}

function attributes(tag: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of tag.matchAll(/([\w-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) out[(m[1] as string).toLowerCase()] = m[2] ?? m[3] ?? '';
  return out;
}

/**
 * True for a reference that stays inside the built folder: no scheme, no `//` host, and not
 * root-absolute (main loads the page from file://, where `/assets/x.js` means the disk's root).
 */
function isRelativeReference(ref: string): boolean {
  return !/^[a-z][a-z0-9+.-]*:/i.test(ref) && !ref.startsWith('/');
}

describe.skipIf(!built)('built renderer (out/renderer)', () => {
  const html = built ? fs.readFileSync(rendererHtml, 'utf8') : '';

  it("declares a strict Content-Security-Policy meta: default-src 'none', script-src 'self'", () => {
    const metas = [...html.matchAll(/<meta\b[^>]*>/gis)].map((m) => attributes(m[0]));
    const csp = metas.filter((a) => a['http-equiv']?.toLowerCase() === 'content-security-policy');
    expect(csp).toHaveLength(1);
    const directives = new Map(
      (csp[0]?.['content'] ?? '')
        .split(';')
        .map((d) => d.trim().split(/\s+/))
        .filter((d) => d[0])
        .map((d) => [d[0] as string, d.slice(1)]),
    );
    expect(directives.get('default-src')).toEqual(["'none'"]);
    expect(directives.get('script-src')).toEqual(["'self'"]);
    for (const [name, sources] of directives) {
      for (const source of sources) expect(source, `${name} ${source}`).toMatch(/^('self'|'none'|data:)$/);
    }
  });

  it('loads only its own scripts and styles, each present in the build', () => {
    const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)];
    expect(scripts.length, 'the page loads its bundle').toBeGreaterThan(0);
    for (const [, attrs, body] of scripts) {
      const src = attributes(`<x ${attrs}>`)['src'];
      expect(src, 'a <script> without src is inline, which the CSP blocks').toBeTruthy();
      expect(body?.trim(), 'inline script body').toBe('');
    }
    const refs = [...html.matchAll(/<(?:script|link)\b[^>]*>/gi)].flatMap((m) => {
      const a = attributes(m[0]);
      return [a['src'], a['href']].filter((r): r is string => r !== undefined);
    });
    for (const ref of refs) {
      expect(isRelativeReference(ref), `${ref} must be relative to index.html (file:// load)`).toBe(true);
      expect(fs.existsSync(path.join(rendererDir, ref.split(/[?#]/)[0] as string)), `${ref} is missing from out/renderer`).toBe(true);
    }
  });

  it('has no remote URL in its code, HTML or CSS, and no network API: it talks to main only through window.api', () => {
    const offenders: string[] = [];
    const checkUrls = (where: string, text: string): void => {
      for (const m of text.matchAll(/\b(?:https?|wss?):\/\/[^\s"'`<>)\\]*/gi)) {
        if (!inertUrls.some(([pattern]) => pattern.test(m[0]))) offenders.push(`${where}: ${m[0]}`);
      }
    };
    for (const file of filesUnder(rendererDir)) {
      const rel = path.relative(rendererDir, file);
      const text = fs.readFileSync(file, 'utf8');
      if (/\.m?js$/.test(file)) {
        // Parsed, so comments (licence headers, doc links: the bundle is not minified) do not count.
        const code = scanScript(file, text);
        for (const literal of code.literals) checkUrls(rel, literal);
        for (const api of code.networkApis) offenders.push(`${rel}: uses ${api}`);
      } else if (/\.css$/.test(file)) checkUrls(rel, text.replace(/\/\*[\s\S]*?\*\//g, ''));
      else if (/\.html$/.test(file)) checkUrls(rel, text.replace(/<!--[\s\S]*?-->/g, ''));
    }
    expect(offenders).toEqual([]);
  });
});
