import { generateDemoSchool } from '../shared/demo/demo-school';
import { summarize } from '../shared/domain/summary';
import { schoolSchema } from '../shared/domain/schema';
let t=performance.now(); const s = generateDemoSchool(); console.log('gen ms', performance.now()-t);
t=performance.now(); const r = schoolSchema.safeParse(s); console.log('validate ms', performance.now()-t, r.success, r.success?'':JSON.stringify(r.error.issues.slice(0,3)));
console.log(JSON.stringify(summarize(s, '2026-27'))); console.log(JSON.stringify(s).length, Object.keys(s.groups).length, Object.keys(s.students).length);
