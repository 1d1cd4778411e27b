/**
 * Process boundaries: `shared/` runs in the main process, the renderer and workers, so it may use
 * neither Electron, Node built-ins nor the DOM, and may not reach into electron/ or renderer/.
 * The renderer is sandboxed: no Electron, no Node. Parsed with the TypeScript compiler, so
 * comments, strings and local names (`history`, `decodeDocument`) are not mistaken for uses.
 */
import fs from 'node:fs';
import { builtinModules } from 'node:module';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from './helpers/store';
import { useTempDirs } from './helpers/tmp';

const DOM_GLOBALS = new Set(['window', 'document', 'localStorage', 'sessionStorage', 'navigator', 'indexedDB']);
const builtins = new Set(builtinModules.filter((m) => !m.startsWith('_')));

interface ImportSite {
  readonly file: string;
  readonly line: number;
  readonly specifier: string;
}

function sourceFiles(root: string): string[] {
  if (!fs.existsSync(root)) return [];
  const out: string[] = [];
  for (const entry of fs.readdirSync(root, { withFileTypes: true })) {
    const full = path.join(root, entry.name);
    if (entry.isDirectory()) {
      if (entry.name !== 'node_modules') out.push(...sourceFiles(full));
    } else if (/\.tsx?$/.test(entry.name)) out.push(full);
  }
  return out.sort();
}

function parse(file: string): ts.SourceFile {
  return ts.createSourceFile(file, fs.readFileSync(file, 'utf8'), ts.ScriptTarget.ES2022, true, file.endsWith('.tsx') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
}

function lineOf(source: ts.SourceFile, node: ts.Node): number {
  return source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1;
}

/** Every module a file imports, re-exports, require()s or import()s, and `/// <reference types>`. */
function importsOf(file: string): ImportSite[] {
  const source = parse(file);
  const sites: ImportSite[] = [];
  const add = (node: ts.Node, specifier: string): void => {
    sites.push({ file, line: lineOf(source, node), specifier });
  };
  const visit = (node: ts.Node): void => {
    if ((ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier)) {
      add(node, node.moduleSpecifier.text);
    } else if (ts.isImportEqualsDeclaration(node) && ts.isExternalModuleReference(node.moduleReference) && ts.isStringLiteral(node.moduleReference.expression)) {
      add(node, node.moduleReference.expression.text);
    } else if (ts.isCallExpression(node) && node.arguments.length > 0 && ts.isStringLiteralLike(node.arguments[0]!)) {
      const callee = node.expression;
      if (callee.kind === ts.SyntaxKind.ImportKeyword || (ts.isIdentifier(callee) && callee.text === 'require')) add(node, node.arguments[0].text);
    } else if (ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument) && ts.isStringLiteral(node.argument.literal)) {
      add(node, node.argument.literal.text);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  for (const ref of source.typeReferenceDirectives) sites.push({ file, line: source.getLineAndCharacterOfPosition(ref.pos).line + 1, specifier: ref.fileName });
  return sites;
}

function isElectronOrNode(specifier: string): boolean {
  if (specifier === 'electron' || specifier.startsWith('electron/') || specifier.startsWith('@electron/')) return true;
  if (specifier.startsWith('node:') || specifier === 'node') return true;
  return builtins.has(specifier.split('/')[0]!);
}

function show(site: ImportSite, root: string): string {
  return `${path.relative(root, site.file)}:${site.line} imports '${site.specifier}'`;
}

/** Imports of Electron or Node built-ins in the given files. */
function forbiddenImports(files: readonly string[], root: string): string[] {
  return files.flatMap(importsOf).filter((s) => isElectronOrNode(s.specifier)).map((s) => show(s, root));
}

/** Relative imports that leave `allowedDir` (e.g. shared/ reaching into ../electron). */
function importsLeaving(files: readonly string[], allowedDir: string, root: string): string[] {
  return files
    .flatMap(importsOf)
    .filter((s) => s.specifier.startsWith('.'))
    .filter((s) => {
      const target = path.resolve(path.dirname(s.file), s.specifier);
      return path.relative(allowedDir, target).startsWith('..');
    })
    .map((s) => show(s, root));
}

/** Uses of DOM globals, resolved with the type checker against the DOM lib (locals and properties do not count). */
function domGlobalUses(files: readonly string[], root: string): string[] {
  if (files.length === 0) return [];
  const program = ts.createProgram(files, {
    lib: ['lib.es2022.full.d.ts'],
    types: [],
    noResolve: true,
    noEmit: true,
    skipLibCheck: true,
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.ESNext,
    jsx: ts.JsxEmit.ReactJSX,
  });
  const checker = program.getTypeChecker();
  const uses: string[] = [];
  for (const file of files) {
    const source = program.getSourceFile(file);
    if (!source) throw new Error(`not parsed: ${file}`);
    const visit = (node: ts.Node): void => {
      if (ts.isIdentifier(node) && DOM_GLOBALS.has(node.text)) {
        const symbol = checker.getSymbolAtLocation(node);
        const fromDomLib = symbol?.declarations?.some((d) => /[\\/]lib\.dom\.d\.ts$/.test(d.getSourceFile().fileName)) ?? false;
        if (fromDomLib) uses.push(`${path.relative(root, file)}:${lineOf(source, node)} uses the DOM global '${node.text}'`);
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return uses;
}

const SHARED = path.join(REPO_ROOT, 'shared');
const RENDERER = path.join(REPO_ROOT, 'renderer');
const sharedFiles = sourceFiles(SHARED);

describe('process boundaries', () => {
  it('there is shared code to check', () => {
    expect(sharedFiles.length).toBeGreaterThan(10);
  });

  it('shared/ imports neither electron nor Node built-ins (node:*, fs, path, os, crypto, worker_threads…)', () => {
    expect(forbiddenImports(sharedFiles, REPO_ROOT)).toEqual([]);
  });

  it('shared/ does not use DOM globals (window, document, localStorage, navigator…)', () => {
    expect(domGlobalUses(sharedFiles, REPO_ROOT)).toEqual([]);
  });

  it('shared/ does not import from ../electron or ../renderer (or anything outside shared/)', () => {
    expect(importsLeaving(sharedFiles, SHARED, REPO_ROOT)).toEqual([]);
  });

  it('renderer/ imports neither electron nor Node built-ins', () => {
    expect(forbiddenImports(sourceFiles(RENDERER), REPO_ROOT)).toEqual([]);
  });
});

describe('the boundary scanner itself', () => {
  const tempDir = useTempDirs();

  it('finds every kind of forbidden use, with file and line, and ignores comments, strings, locals and properties', () => {
    const root = tempDir();
    const dir = path.join(root, 'shared');
    fs.mkdirSync(dir);
    fs.writeFileSync(
      path.join(dir, 'bad.ts'),
      [
        "import fs from 'fs';", // 1
        "import { join } from 'node:path';", // 2
        "import { ipcRenderer } from 'electron';", // 3
        "export { cpus } from 'os';", // 4
        "const w = require('worker_threads');", // 5
        "const c = await import('crypto');", // 6
        'export const title = document.title;', // 7
        'export const store = window.localStorage;', // 8
        "export const lang = navigator.language;", // 9
        "import { applyCommand } from '../electron/main/store/school-store';", // 10
        "import type { X } from 'fs/promises';", // 11
      ].join('\n'),
    );
    fs.writeFileSync(
      path.join(dir, 'fine.ts'),
      [
        "import { z } from 'zod';",
        "import { decodeDocument } from './document';",
        '// window, document and localStorage in a comment',
        "export const words = 'the document on disk, the window of time, fs and path';",
        'export function history(document: string): string { const window = 3; return document + window; }',
        'export const info = { navigator: 1, document: 2 }.document;',
      ].join('\n'),
    );
    const files = sourceFiles(dir);
    expect(forbiddenImports(files, root)).toEqual([
      "shared/bad.ts:1 imports 'fs'",
      "shared/bad.ts:2 imports 'node:path'",
      "shared/bad.ts:3 imports 'electron'",
      "shared/bad.ts:4 imports 'os'",
      "shared/bad.ts:5 imports 'worker_threads'",
      "shared/bad.ts:6 imports 'crypto'",
      "shared/bad.ts:11 imports 'fs/promises'",
    ]);
    expect(domGlobalUses(files, root)).toEqual([
      "shared/bad.ts:7 uses the DOM global 'document'",
      "shared/bad.ts:8 uses the DOM global 'window'",
      "shared/bad.ts:8 uses the DOM global 'localStorage'",
      "shared/bad.ts:9 uses the DOM global 'navigator'",
    ]);
    expect(importsLeaving(files, dir, root)).toEqual(["shared/bad.ts:10 imports '../electron/main/store/school-store'"]);
  });
});
