import type { Actor } from '@/lib/auth/rules';
import type { FieldChange } from '@/lib/audit-diff';
import type { Db } from '..';
import { auditLog } from '../schema';

type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];
export type Entity = (typeof auditLog.$inferInsert)['entity'];

/** One row per changed field, written inside the caller's transaction so a failed write leaves no trace. */
export function writeAudit(
  tx: Tx | Db,
  actor: Actor,
  entity: Entity,
  entityId: number,
  entityLabel: string,
  changes: FieldChange[],
  at = new Date(),
): void {
  if (changes.length === 0) return;
  tx.insert(auditLog)
    .values(
      changes.map((c) => ({
        at,
        actorId: actor.userId,
        actorEmail: actor.email,
        entity,
        entityId,
        entityLabel,
        field: c.field,
        oldValue: c.oldValue,
        newValue: c.newValue,
      })),
    )
    .run();
}

export type { Tx };
