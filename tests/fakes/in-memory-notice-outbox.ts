import { randomUUID } from 'node:crypto';
import type {
  NewNoticeRow,
  NoticeOutbox,
  NoticeRow,
  NoticeStatus,
} from '../../src/domain/notify/notice-outbox.ts';

interface Stored {
  row: NoticeRow;
  leaseOwner: string | null;
  leaseUntil: Date | null;
}

/** The notice outbox in memory, with the same contract as PrismaNoticeOutbox. */
export class InMemoryNoticeOutbox implements NoticeOutbox {
  private readonly rows = new Map<string, Stored>();

  /** Every row, as stored (tests look at status, attempts and payload). */
  all(): NoticeRow[] {
    return [...this.rows.values()].map((s) => s.row);
  }

  async add(row: NewNoticeRow, owner: string, now: Date, leaseMs: number) {
    const existing = [...this.rows.values()].find((s) => s.row.key === row.key);
    if (existing) return { created: false, row: existing.row };
    const stored: Stored = {
      row: {
        id: randomUUID(),
        ...row,
        status: 'claimed',
        attempts: 0,
        nextAttemptAt: now,
        lastError: null,
        sentConversationId: null,
        sentActivityId: null,
        createdAt: now,
      },
      leaseOwner: owner,
      leaseUntil: new Date(now.getTime() + leaseMs),
    };
    this.rows.set(stored.row.id, stored);
    return { created: true, row: stored.row };
  }

  async claimDue(now: Date, owner: string, leaseMs: number, limit: number) {
    const due = [...this.rows.values()]
      .filter(
        (s) =>
          (s.row.status === 'pending' && s.row.nextAttemptAt <= now) ||
          (s.row.status === 'claimed' && s.leaseUntil !== null && s.leaseUntil < now),
      )
      .slice(0, limit);
    for (const s of due) {
      s.row = { ...s.row, status: 'claimed' };
      s.leaseOwner = owner;
      s.leaseUntil = new Date(now.getTime() + leaseMs);
    }
    return due
      .map((s) => s.row)
      .sort((a, b) => a.nextAttemptAt.getTime() - b.nextAttemptAt.getTime());
  }

  private settle(id: string, owner: string, change: Partial<NoticeRow>, counts = true) {
    const s = this.rows.get(id);
    if (!s || s.leaseOwner !== owner || s.row.status !== 'claimed') return Promise.resolve(false);
    s.row = { ...s.row, ...change, attempts: s.row.attempts + (counts ? 1 : 0) };
    s.leaseUntil = null;
    if (change.status === 'pending') s.leaseOwner = null;
    return Promise.resolve(true);
  }

  private final(status: NoticeStatus, error: string | null): Partial<NoticeRow> {
    return { status, payload: null, ...(error === null ? {} : { lastError: error.slice(0, 200) }) };
  }

  markSent(id: string, owner: string, delivery: { conversationId: string; activityId: string }) {
    return this.settle(id, owner, {
      ...this.final('sent', null),
      sentConversationId: delivery.conversationId,
      sentActivityId: delivery.activityId,
    });
  }

  retryLater(id: string, owner: string, nextAttemptAt: Date, error: string) {
    return this.settle(id, owner, {
      status: 'pending',
      nextAttemptAt,
      lastError: error.slice(0, 200),
    });
  }

  markUnreachable(id: string, owner: string, error: string) {
    return this.settle(id, owner, this.final('unreachable', error));
  }

  markDead(id: string, owner: string, error: string) {
    return this.settle(id, owner, this.final('dead', error));
  }

  async byKey(key: string) {
    return [...this.rows.values()].find((s) => s.row.key === key)?.row ?? null;
  }

  async deadFor(references: readonly string[]) {
    return this.all()
      .filter(
        (r) => r.status === 'dead' && r.reference !== null && references.includes(r.reference),
      )
      .sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime());
  }
}
