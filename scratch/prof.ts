import fs from 'node:fs';
import { scaledSchool } from '../bench/instances';
import { encodeDocument, decodeDocument } from '../shared/store/document';
import { schoolSchema } from '../shared/domain/schema';
import { commandSchema } from '../shared/domain/commands';
const school = scaledSchool(4000);
const text = encodeDocument(school, 1, 'x', 'y');
for (let k=0;k<3;k++){
let t = performance.now(); const raw = JSON.parse(text); console.log('parse', performance.now()-t);
t = performance.now(); schoolSchema.safeParse(raw.school); console.log('zod school', performance.now()-t);
for (const key of Object.keys(schoolSchema.shape)) { t = performance.now(); (schoolSchema.shape as any)[key].safeParse(raw.school[key]); const d=performance.now()-t; if (d>5) console.log('  ', key, d.toFixed(1)); }
const s = Object.values(school.students)[0];
t = performance.now(); for (let i=0;i<200;i++) commandSchema.safeParse({type:'upsert', collection:'students', entity:{...s, preferredName:'x'+i}}); console.log('200 cmd validations', performance.now()-t);
t = performance.now(); let st:any = school; for (let i=0;i<200;i++) st = {...st, students: {...st.students, [s.id]: {...s}}}; console.log('200 spreads', performance.now()-t);
}
