/** The school document on disk: encode/decode round trip and every way a file can be refused. */
import { describe, expect, it } from 'vitest';
import { generateDemoSchool } from '../../shared/demo/demo-school';
import { decodeDocument, describeIssues, DOCUMENT_FORMAT, encodeDocument, type Decoded } from '../../shared/store/document';
import { SCHEMA_VERSION } from '../../shared/store/migrations';
import { smallSchool } from './helpers/school';

const SAVED_AT = '2026-11-23T10:00:00.000Z';

function failure(decoded: Decoded): Extract<Decoded, { ok: false }> {
  if (decoded.ok) throw new Error('expected the document to be refused');
  return decoded;
}

/** The parts of a parsed document the tests damage. */
interface EditableDoc {
  schemaVersion: unknown;
  revision: unknown;
  school: { students: Record<string, Record<string, unknown>>; staff?: unknown };
}

/** A document of the small school with `edit` applied to the parsed JSON. */
function edited(edit: (doc: EditableDoc) => void): string {
  const doc = JSON.parse(encodeDocument(smallSchool(), 3, SAVED_AT, '0.1.0')) as EditableDoc;
  edit(doc);
  return JSON.stringify(doc);
}

describe('encodeDocument / decodeDocument', () => {
  it('round-trips the demo school with its revision, version and save time', () => {
    const school = generateDemoSchool();
    const decoded = decodeDocument(encodeDocument(school, 42, SAVED_AT, '9.9.9'));
    if (!decoded.ok) throw new Error(decoded.message);
    expect(decoded.doc.school).toEqual(school);
    expect(decoded.doc).toMatchObject({ format: DOCUMENT_FORMAT, schemaVersion: SCHEMA_VERSION, revision: 42, savedAt: SAVED_AT, appVersion: '9.9.9' });
    expect(decoded.migrations).toEqual([]);
  });

  it('keeps ids with leading zeros as strings', () => {
    const decoded = decodeDocument(encodeDocument(smallSchool(), 0, SAVED_AT, '0.1.0'));
    if (!decoded.ok) throw new Error(decoded.message);
    expect(Object.keys(decoded.doc.school.students)).toContain('000101');
    expect(decoded.doc.school.students['000101']?.id).toBe('000101');
  });

  it('refuses text that is not JSON, and a file cut off half way', () => {
    expect(failure(decodeDocument('hello, world'))).toMatchObject({ kind: 'not-json' });
    const whole = encodeDocument(smallSchool(), 1, SAVED_AT, '0.1.0');
    const cut = failure(decodeDocument(whole.slice(0, whole.length / 2)));
    expect(cut.kind).toBe('not-json');
    expect(cut.message).toMatch(/not readable JSON/);
  });

  it.each(['{}', '[]', 'null', '42', '"school"', JSON.stringify({ format: 'something-else', school: {} })])('refuses JSON that is not ours: %s', (text) => {
    const refused = failure(decodeDocument(text));
    expect(refused.kind).toBe('not-ours');
    expect(refused.message).toBe('The file is not an Advisory Planner school.');
  });

  it('refuses an invalid school, naming the path of the problem', () => {
    const refused = failure(decodeDocument(edited((d) => (d.school.students['000101']!.classOf = 'next year'))));
    expect(refused.kind).toBe('invalid');
    expect(refused.message).toContain('students.000101.classOf');
  });

  it('refuses a school missing a whole collection, naming it', () => {
    const refused = failure(decodeDocument(edited((d) => delete d.school.staff)));
    expect(refused.kind).toBe('invalid');
    expect(refused.message).toMatch(/\bstaff\b/);
  });

  it('refuses a document without a valid revision number', () => {
    for (const revision of [-1, 1.5, 'three', undefined]) {
      const refused = failure(decodeDocument(edited((d) => (d.revision = revision))));
      expect(refused.kind).toBe('invalid');
      expect(refused.message).toMatch(/revision/);
    }
  });

  it('refuses a document from a newer schema version with kind newer-version', () => {
    const refused = failure(decodeDocument(edited((d) => (d.schemaVersion = SCHEMA_VERSION + 1))));
    expect(refused.kind).toBe('newer-version');
    expect(refused.message).toMatch(/newer version/);
  });

  it('refuses a document with no or a nonsense schema version as invalid', () => {
    for (const version of [undefined, 0, 'one']) {
      const refused = failure(decodeDocument(edited((d) => (d.schemaVersion = version))));
      expect(refused.kind).toBe('invalid');
      expect(refused.message).toMatch(/schema version/);
    }
  });
});

describe('describeIssues', () => {
  it('lists the first issues with their paths and counts the rest', () => {
    const issues = Array.from({ length: 7 }, (_, i) => ({ path: ['students', `00${i}`, 'classOf'], message: 'Expected number' }));
    const text = describeIssues(issues);
    expect(text).toContain('students.000.classOf: Expected number');
    expect(text).toContain('students.004.classOf');
    expect(text).not.toContain('students.005.classOf');
    expect(text).toMatch(/\(and 2 more\)$/);
    expect(describeIssues([{ path: [], message: 'Expected object' }])).toBe('(top): Expected object');
  });
});
