/** Generic CSV/TSV/XLSX import: fields, the proposed mapping, its checks, and the reader. */
export * from './generic-fields';
export { alignMapping, columnIndex, mappingSignature, proposeMapping } from './propose-mapping';
export { checkMapping } from './check-mapping';
export { readGeneric } from './read-generic';
export { parseGender, parseRole, parseStatus, splitFullName } from './generic-values';
