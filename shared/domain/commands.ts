/**
 * Commands: the only way the school changes. Plain serialisable objects, validated with zod when
 * they cross a boundary (IPC, journal replay), applied by the pure reducer in ./reducer.ts.
 */
import { z } from 'zod';
import type { Id, SchoolYearId } from './ids';
import { collectionNames, collectionSchemas, placementSchema, schoolPolicySchema, schoolSchema, type CollectionName } from './schema';
import type { AnyEntity, Placement, School, SchoolInfo } from './types';

/** The fields of the school's info a command may change. */
export type InfoPatch = Partial<Pick<SchoolInfo, 'name' | 'currentYearId' | 'isDemo' | 'policy'>>;

export type Command =
  | { readonly type: 'upsert'; readonly collection: CollectionName; readonly entity: AnyEntity }
  | { readonly type: 'remove'; readonly collection: CollectionName; readonly id: Id }
  | {
      readonly type: 'setPlacement';
      readonly yearId: SchoolYearId;
      readonly studentId: Id;
      readonly placement: Placement | null;
    }
  | { readonly type: 'updateInfo'; readonly patch: InfoPatch }
  | { readonly type: 'replaceSchool'; readonly school: School }
  | { readonly type: 'batch'; readonly commands: readonly Command[] };

export type CommandType = Command['type'];

const upsertSchema = z
  .object({
    type: z.literal('upsert'),
    collection: z.enum(collectionNames as [CollectionName, ...CollectionName[]]),
    entity: z.unknown(),
  })
  .superRefine((value, ctx) => {
    const result = collectionSchemas[value.collection].safeParse(value.entity);
    if (!result.success) {
      for (const issue of result.error.issues) {
        ctx.addIssue({ code: 'custom', message: issue.message, path: ['entity', ...issue.path] });
      }
    }
  });

const infoPatchSchema = z
  .object({
    name: z.string().min(1).max(200),
    currentYearId: z.string().regex(/^\d{4}-\d{2}$/),
    isDemo: z.boolean(),
    policy: schoolPolicySchema,
  })
  .partial()
  .strict();

/** Runtime schema for any command, batches included (bounded depth via z.lazy recursion). */
export const commandSchema: z.ZodType<Command, Command> = z.lazy(() =>
  z.union([
    upsertSchema,
    z.object({
      type: z.literal('remove'),
      collection: z.enum(collectionNames as [CollectionName, ...CollectionName[]]),
      id: z.string().min(1).max(200),
    }),
    z.object({
      type: z.literal('setPlacement'),
      yearId: z.string().regex(/^\d{4}-\d{2}$/),
      studentId: z.string().min(1).max(200),
      placement: placementSchema.nullable(),
    }),
    z.object({ type: z.literal('updateInfo'), patch: infoPatchSchema }),
    z.object({ type: z.literal('replaceSchool'), school: schoolSchema }),
    z.object({ type: z.literal('batch'), commands: z.array(commandSchema).max(200_000) }),
  ]),
) as unknown as z.ZodType<Command, Command>;

/** Commands the renderer may send through `commit`; whole-school replacement has its own routes. */
export function isRendererCommand(command: Command): boolean {
  if (command.type === 'replaceSchool') return false;
  if (command.type === 'batch') return command.commands.every(isRendererCommand);
  return true;
}

/** Counts the leaf commands in a command (a batch counts its parts). */
export function commandSize(command: Command): number {
  return command.type === 'batch' ? command.commands.reduce((n, c) => n + commandSize(c), 0) : 1;
}
