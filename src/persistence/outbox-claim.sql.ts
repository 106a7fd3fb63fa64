import type { Provider } from './provider.ts';
import { inDialect } from './sql-dialect.ts';

/**
 * The statement that claims due rows of an outbox (`reminder_outbox`, `notice_outbox`): pending
 * rows that are due, and claimed rows whose lease has run out (their instance died), marked
 * claimed by the caller with a new lease and returned. Parameters: owner, lease end, now (as
 * stored), now, now, limit.
 *
 * One statement on both databases, so no two instances take the same row:
 * - SQLite runs it under its single write lock;
 * - PostgreSQL locks the rows it picks (`FOR UPDATE SKIP LOCKED`: another instance claiming at
 *   the same moment skips them and takes the next), and the outer statement checks the status
 *   again on the locked row.
 */
export function claimSql(table: 'reminder_outbox' | 'notice_outbox', dialect: Provider): string {
  const set = `UPDATE ${table}
       SET status = 'claimed', leaseOwner = ?, leaseUntil = ?, updatedAt = ?`;
  if (dialect === 'sqlite')
    return `${set}
       WHERE id IN (
         SELECT id FROM ${table} WHERE status = 'pending' AND nextAttemptAt <= ?
         UNION ALL
         SELECT id FROM ${table} WHERE status = 'claimed' AND leaseUntil < ?
         LIMIT ?)
       RETURNING *`;
  return inDialect(
    `${set}
       WHERE id IN (
         SELECT id FROM ${table}
         WHERE (status = 'pending' AND nextAttemptAt <= ?)
            OR (status = 'claimed' AND leaseUntil < ?)
         LIMIT ? FOR UPDATE SKIP LOCKED)
       AND status IN ('pending', 'claimed')
       RETURNING *`,
    dialect,
  );
}
