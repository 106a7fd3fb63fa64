import { claimSql } from './outbox-claim.sql.ts';
import { dialectOf } from './sql-dialect.ts';
import type { NewNoticeRow, NoticeOutbox, NoticeRow } from '../domain/notify/notice-outbox.ts';
import type { Db } from './database.ts';
import type { NoticeOutbox as Row } from './generated/client.ts';
import { stored } from './stored-columns.ts';
import { CorruptRowError } from './stored-value.ts';

const toRow = (r: Row): NoticeRow => ({
  id: r.id,
  key: r.key,
  recipient: { kind: stored('notice_outbox.recipientKind', r.recipientKind), id: r.recipientId },
  kind: stored('notice_outbox.kind', r.kind),
  caseId: r.caseId,
  reference: r.reference,
  payload: r.payload,
  status: stored('notice_outbox.status', r.status),
  attempts: r.attempts,
  nextAttemptAt: new Date(r.nextAttemptAt),
  lastError: r.lastError,
  sentConversationId: r.sentConversationId,
  sentActivityId: r.sentActivityId,
  createdAt: new Date(r.createdAt),
});

/** A DateTime as the Prisma SQLite adapter writes it (ISO-8601 with an explicit offset). */
const sqliteDateTime = (at: Date) => at.toISOString().replace('Z', '+00:00');

/** `notice_outbox`, claimed like `reminder_outbox` (one `UPDATE … RETURNING`, with a lease). */
export class PrismaNoticeOutbox implements NoticeOutbox {
  constructor(private readonly db: Db) {}

  async add(row: NewNoticeRow, owner: string, now: Date, leaseMs: number) {
    const existing = await this.db.noticeOutbox.findUnique({ where: { key: row.key } });
    if (existing) return { created: false, row: toRow(existing) };
    try {
      const created = await this.db.noticeOutbox.create({
        data: {
          key: row.key,
          recipientKind: row.recipient.kind,
          recipientId: row.recipient.id,
          kind: row.kind,
          caseId: row.caseId,
          reference: row.reference,
          payload: row.payload,
          status: 'claimed',
          nextAttemptAt: now.toISOString(),
          leaseOwner: owner,
          leaseUntil: new Date(now.getTime() + leaseMs).toISOString(),
          createdAt: now,
        },
      });
      return { created: true, row: toRow(created) };
    } catch (error) {
      // Written by someone else between the two statements (unique key): theirs stands.
      const theirs = await this.db.noticeOutbox.findUnique({ where: { key: row.key } });
      if (!theirs) throw error;
      return { created: false, row: toRow(theirs) };
    }
  }

  async claimDue(now: Date, owner: string, leaseMs: number, limit: number) {
    const at = now.toISOString();
    const rows = await this.db.$queryRawUnsafe<Row[]>(
      claimSql('notice_outbox', dialectOf(this.db)),
      owner,
      new Date(now.getTime() + leaseMs).toISOString(),
      sqliteDateTime(now),
      at,
      at,
      limit,
    );
    const claimed: NoticeRow[] = [];
    for (const row of rows) {
      try {
        claimed.push(toRow(row));
      } catch (error) {
        if (!(error instanceof CorruptRowError)) throw error;
        await this.markDead(row.id, owner, error.message);
      }
    }
    return claimed.sort((a, b) => a.nextAttemptAt.getTime() - b.nextAttemptAt.getTime());
  }

  private async settle(id: string, owner: string, data: Record<string, unknown>) {
    const { count } = await this.db.noticeOutbox.updateMany({
      where: { id, leaseOwner: owner, status: 'claimed' },
      data,
    });
    return count === 1;
  }

  markSent(
    id: string,
    owner: string,
    delivery: { conversationId: string; activityId: string },
    at: Date,
  ) {
    return this.settle(id, owner, {
      status: 'sent',
      sentAt: at,
      sentConversationId: delivery.conversationId,
      sentActivityId: delivery.activityId,
      payload: null,
      leaseUntil: null,
      attempts: { increment: 1 },
    });
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

  markUnreachable(id: string, owner: string, error: string) {
    return this.settle(id, owner, {
      status: 'unreachable',
      lastError: error.slice(0, 200),
      payload: null,
      leaseUntil: null,
      attempts: { increment: 1 },
    });
  }

  markDead(id: string, owner: string, error: string) {
    return this.settle(id, owner, {
      status: 'dead',
      lastError: error.slice(0, 200),
      payload: null,
      leaseUntil: null,
      attempts: { increment: 1 },
    });
  }

  async byKey(key: string) {
    const row = await this.db.noticeOutbox.findUnique({ where: { key } });
    return row ? toRow(row) : null;
  }

  async deadFor(references: readonly string[]) {
    if (references.length === 0) return [];
    return (
      await this.db.noticeOutbox.findMany({
        where: { status: 'dead', reference: { in: [...references] } },
        orderBy: { createdAt: 'desc' },
      })
    ).map(toRow);
  }
}
