import { claimSql } from './outbox-claim.sql.ts';
import { dialectOf, inDialect } from './sql-dialect.ts';
import type { PlannedReminder } from '../domain/reminder/follow-up-plan.ts';
import {
  handedKey,
  plannedKeyOf,
  snoozeChainPrefix,
  snoozedKey,
  type NewOutboxRow,
  type ReminderOutbox,
  type StoredOutboxRow,
} from '../domain/reminder/outbox.ts';
import type { Db } from './database.ts';
import type { ReminderOutbox as Row } from './generated/client.ts';
import { stored } from './stored-columns.ts';
import { CorruptRowError } from './stored-value.ts';

const toRow = (r: Row): StoredOutboxRow => ({
  id: r.id,
  key: r.key,
  caseId: r.caseId,
  kind: stored('reminder_outbox.kind', r.kind),
  basis: stored('reminder_outbox.basis', r.basis),
  dueDate: r.dueDate,
  legalDeadline: r.legalDeadline,
  audience: stored('reminder_outbox.audience', r.audience),
  measureId: r.measureId,
  assigneeId: r.assigneeId,
  status: stored('reminder_outbox.status', r.status),
  attempts: r.attempts,
  nextAttemptAt: new Date(r.nextAttemptAt),
  sentConversationId: r.sentConversationId,
  sentActivityId: r.sentActivityId,
  lastError: r.lastError,
  doneAt: r.doneAt,
  doneById: r.doneById,
  handedToId: r.handedToId,
  handedById: r.handedById,
  handedAt: r.handedAt,
});

/**
 * A DateTime column's text as the Prisma SQLite adapter
 * writes it (ISO-8601 with an explicit offset).
 */
const sqliteDateTime = (at: Date) => at.toISOString().replace('Z', '+00:00');

/** The columns a snoozed or handed-over copy takes from its row. */
const copyOf = (row: Row) => ({
  caseId: row.caseId,
  kind: row.kind,
  basis: row.basis,
  legalDeadline: row.legalDeadline,
  audience: row.audience,
  measureId: row.measureId,
  assigneeId: row.assigneeId,
});

export class PrismaReminderOutbox implements ReminderOutbox {
  constructor(private readonly db: Db) {}

  async sync(
    keyPrefix: string,
    planned: readonly PlannedReminder[],
    now: Date,
    keep: readonly string[] = [],
  ) {
    const keys = planned.map((p) => p.key);
    const existing = new Set(
      (
        await this.db.reminderOutbox.findMany({
          where: { key: { in: keys } },
          select: { key: true },
        })
      ).map((r) => r.key),
    );
    let added = 0;
    for (const p of planned) {
      if (existing.has(p.key)) continue;
      await this.db.reminderOutbox.create({
        data: {
          key: p.key,
          caseId: p.caseId,
          kind: p.kind,
          basis: p.basis,
          dueDate: p.dueDate,
          legalDeadline: p.legalDeadline,
          audience: p.audience,
          measureId: p.measureId ?? null,
          status: 'pending',
          nextAttemptAt: p.sendAt.toISOString(),
        },
      });
      added++;
    }
    // Pending rows no longer planned are cancelled, with their snoozed and handed-over copies.
    const plannedKeys = new Set([...keys, ...keep]);
    const stale = (
      await this.db.reminderOutbox.findMany({
        where: { key: { startsWith: keyPrefix, notIn: keys }, status: 'pending' },
        select: { id: true, key: true },
      })
    ).filter((r) => !plannedKeys.has(plannedKeyOf(r.key)));
    const { count } = await this.db.reminderOutbox.updateMany({
      where: { id: { in: stale.map((r) => r.id) }, status: 'pending' },
      data: { status: 'cancelled', updatedAt: now },
    });
    return { added, cancelled: count };
  }

  async claimDue(now: Date, owner: string, leaseMs: number, limit: number) {
    const at = now.toISOString();
    // One statement, so two instances never take the same row (see claimSql).
    const rows = await this.db.$queryRawUnsafe<Row[]>(
      claimSql('reminder_outbox', dialectOf(this.db)),
      owner,
      new Date(now.getTime() + leaseMs).toISOString(),
      sqliteDateTime(now),
      at,
      at,
      limit,
    );
    const claimed: StoredOutboxRow[] = [];
    for (const row of rows) {
      try {
        claimed.push(toRow(row));
      } catch (error) {
        if (!(error instanceof CorruptRowError)) throw error;
        // Refusing the whole claim would stop every reminder, tick after tick, for one bad row:
        // it is set aside as dead instead, the column named for whoever repairs it.
        await this.settle(row.id, owner, {
          status: 'dead',
          lastError: error.message.slice(0, 200),
          leaseUntil: null,
        });
      }
    }
    return claimed.sort((a, b) => a.nextAttemptAt.getTime() - b.nextAttemptAt.getTime());
  }

  private async settle(id: string, owner: string, data: Record<string, unknown>) {
    const { count } = await this.db.reminderOutbox.updateMany({
      where: { id, leaseOwner: owner, status: 'claimed' },
      data,
    });
    return count === 1;
  }

  /**
   * One statement per delivered message (raw SQL: a tick settles
   * many, and Prisma's query building costs twice the write).
   */
  async markSent(
    ids: readonly string[],
    owner: string,
    delivery: { conversationId: string; activityId: string },
    at: Date,
  ) {
    if (ids.length === 0) return 0;
    const stamp = sqliteDateTime(at);
    return this.db.$executeRawUnsafe(
      inDialect(
        `UPDATE reminder_outbox SET status = 'sent', sentAt = ?, sentConversationId = ?, ` +
          `sentActivityId = ?, leaseUntil = NULL, attempts = attempts + 1, updatedAt = ?
       WHERE id IN (${ids.map(() => '?').join(', ')}) AND leaseOwner = ? AND status = 'claimed'`,
        dialectOf(this.db),
      ),
      stamp,
      delivery.conversationId,
      delivery.activityId,
      stamp,
      ...ids,
      owner,
    );
  }

  retryLater(id: string, owner: string, nextAttemptAt: Date, error: string) {
    return this.settle(id, owner, {
      status: 'pending',
      nextAttemptAt: nextAttemptAt.toISOString(),
      lastError: error.slice(0, 200),
      leaseOwner: null,
      leaseUntil: null,
      attempts: { increment: 1 },
    });
  }

  defer(id: string, owner: string, until: Date) {
    return this.settle(id, owner, {
      status: 'pending',
      nextAttemptAt: until.toISOString(),
      leaseOwner: null,
      leaseUntil: null,
    });
  }

  markDead(id: string, owner: string, error: string) {
    return this.settle(id, owner, {
      status: 'dead',
      lastError: error.slice(0, 200),
      leaseUntil: null,
      attempts: { increment: 1 },
    });
  }

  cancelClaimed(id: string, owner: string) {
    return this.settle(id, owner, { status: 'cancelled', leaseOwner: null, leaseUntil: null });
  }

  async markDone(key: string, byStaffId: string, at: Date) {
    const count = await this.db.$transaction(async (tx) => {
      const done = await tx.reminderOutbox.updateMany({
        where: { key, doneAt: null, handedToId: null, status: { not: 'cancelled' } },
        data: { doneAt: at, doneById: byStaffId },
      });
      if (done.count === 1)
        await tx.reminderOutbox.updateMany({
          where: { key: { startsWith: snoozeChainPrefix(key), not: key }, status: 'pending' },
          data: { status: 'cancelled' },
        });
      return done.count;
    });
    if (count === 1) return 'done' as const;
    return (await this.db.reminderOutbox.findUnique({ where: { key }, select: { id: true } }))
      ? ('already' as const)
      : ('missing' as const);
  }

  async snooze(key: string, until: Date, dueDate: string) {
    const row = await this.db.reminderOutbox.findUnique({ where: { key } });
    if (!row) return null;
    const newKey = snoozedKey(key, dueDate);
    await this.db.reminderOutbox.upsert({
      where: { key: newKey },
      create: {
        key: newKey,
        ...copyOf(row),
        dueDate,
        status: 'pending',
        nextAttemptAt: until.toISOString(),
      },
      update: {},
    });
    return newKey;
  }

  async handOver(key: string, toStaffId: string, byStaffId: string, at: Date) {
    return this.db.$transaction(async (tx) => {
      const { count } = await tx.reminderOutbox.updateMany({
        where: { key, doneAt: null, handedToId: null, status: { not: 'cancelled' } },
        data: { handedToId: toStaffId, handedById: byStaffId, handedAt: at },
      });
      const row = await tx.reminderOutbox.findUnique({ where: { key } });
      if (!row) return 'missing' as const;
      if (count === 0) return 'already' as const;
      await tx.reminderOutbox.create({
        data: {
          key: handedKey(key, toStaffId),
          ...copyOf(row),
          assigneeId: toStaffId,
          dueDate: row.dueDate,
          status: 'pending',
          nextAttemptAt: at.toISOString(),
        },
      });
      return 'handed' as const;
    });
  }

  async forCase(caseId: string) {
    return (
      await this.db.reminderOutbox.findMany({
        where: { caseId, status: { not: 'cancelled' } },
        orderBy: { dueDate: 'asc' },
      })
    ).map(toRow);
  }

  async byKey(key: string) {
    const row = await this.db.reminderOutbox.findUnique({ where: { key } });
    return row ? toRow(row) : null;
  }

  async bySentActivity(conversationId: string, activityId: string) {
    return (
      await this.db.reminderOutbox.findMany({
        where: { sentConversationId: conversationId, sentActivityId: activityId },
        orderBy: { dueDate: 'asc' },
      })
    ).map(toRow);
  }

  async enqueue(row: NewOutboxRow) {
    if (await this.db.reminderOutbox.findUnique({ where: { key: row.key }, select: { id: true } }))
      return false;
    await this.db.reminderOutbox.create({
      data: { ...row, status: 'pending', nextAttemptAt: row.nextAttemptAt.toISOString() },
    });
    return true;
  }

  async releaseAssignedTo(staffId: string, at: Date) {
    const rows = await this.db.reminderOutbox.findMany({
      where: { assigneeId: staffId, status: 'pending' },
    });
    await this.db.reminderOutbox.updateMany({
      where: { id: { in: rows.map((r) => r.id) }, status: 'pending' },
      data: { assigneeId: null, updatedAt: at },
    });
    return rows.map(toRow);
  }
}
