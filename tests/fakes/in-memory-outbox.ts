import { randomUUID } from 'node:crypto';
import type { PlannedReminder } from '../../src/domain/reminder/follow-up-plan.ts';
import {
  handedKey,
  plannedKeyOf,
  snoozeChainPrefix,
  snoozedKey,
  type NewOutboxRow,
  type ReminderOutbox,
  type StoredOutboxRow,
} from '../../src/domain/reminder/outbox.ts';

type Stored = StoredOutboxRow & { leaseOwner: string | null; leaseUntil: Date | null };

/** A row not yet claimed, sent, done or handed over: how every new row starts. */
const UNSENT = {
  status: 'pending',
  attempts: 0,
  leaseOwner: null,
  leaseUntil: null,
  sentConversationId: null,
  sentActivityId: null,
  lastError: null,
  doneAt: null,
  doneById: null,
  handedToId: null,
  handedById: null,
  handedAt: null,
} as const;

/** The outbox in memory, with the same claim and lease rules as the SQLite one. */
export class InMemoryReminderOutbox implements ReminderOutbox {
  readonly rows: Stored[] = [];

  async sync(
    keyPrefix: string,
    planned: readonly PlannedReminder[],
    _now?: Date,
    keep: readonly string[] = [],
  ) {
    const keys = new Set([...planned.map((p) => p.key), ...keep]);
    let added = 0;
    for (const p of planned) {
      if (this.rows.some((r) => r.key === p.key)) continue;
      this.rows.push({
        id: randomUUID(),
        key: p.key,
        caseId: p.caseId,
        kind: p.kind,
        basis: p.basis,
        dueDate: p.dueDate,
        legalDeadline: p.legalDeadline,
        audience: p.audience,
        measureId: p.measureId ?? null,
        assigneeId: null,
        nextAttemptAt: p.sendAt,
        ...UNSENT,
      });
      added++;
    }
    let cancelled = 0;
    for (const [i, r] of this.rows.entries())
      if (r.key.startsWith(keyPrefix) && !keys.has(plannedKeyOf(r.key)) && r.status === 'pending') {
        this.rows[i] = { ...r, status: 'cancelled' };
        cancelled++;
      }
    return { added, cancelled };
  }

  async claimDue(now: Date, owner: string, leaseMs: number, limit: number) {
    const due = this.rows
      .filter(
        (r) =>
          (r.status === 'pending' && r.nextAttemptAt <= now) ||
          (r.status === 'claimed' && r.leaseUntil! < now),
      )
      .slice(0, limit);
    for (const r of due)
      Object.assign(r, {
        status: 'claimed',
        leaseOwner: owner,
        leaseUntil: new Date(now.getTime() + leaseMs),
      });
    return due
      .map((r) => ({ ...r }))
      .sort((a, b) => a.nextAttemptAt.getTime() - b.nextAttemptAt.getTime());
  }

  private settle(id: string, owner: string, change: Partial<Stored>, countsAsAttempt = true) {
    const row = this.rows.find(
      (r) => r.id === id && r.leaseOwner === owner && r.status === 'claimed',
    );
    if (!row) return false;
    Object.assign(row, change, { attempts: row.attempts + (countsAsAttempt ? 1 : 0) });
    return true;
  }
  async defer(id: string, owner: string, until: Date) {
    return this.settle(
      id,
      owner,
      { status: 'pending', nextAttemptAt: until, leaseOwner: null, leaseUntil: null },
      false,
    );
  }

  async markSent(
    ids: readonly string[],
    owner: string,
    delivery: { conversationId: string; activityId: string },
  ) {
    return ids.filter((id) =>
      this.settle(id, owner, {
        status: 'sent',
        sentConversationId: delivery.conversationId,
        sentActivityId: delivery.activityId,
        leaseUntil: null,
      }),
    ).length;
  }
  async retryLater(id: string, owner: string, nextAttemptAt: Date, error: string) {
    return this.settle(id, owner, {
      status: 'pending',
      nextAttemptAt,
      lastError: error,
      leaseOwner: null,
      leaseUntil: null,
    });
  }
  async cancelClaimed(id: string, owner: string) {
    return this.settle(
      id,
      owner,
      { status: 'cancelled', leaseOwner: null, leaseUntil: null },
      false,
    );
  }
  async markDead(id: string, owner: string, error: string) {
    return this.settle(id, owner, { status: 'dead', lastError: error, leaseUntil: null });
  }
  async markDone(key: string, byStaffId: string, at: Date) {
    const row = this.rows.find((r) => r.key === key);
    if (!row) return 'missing' as const;
    if (row.doneAt || row.handedToId || row.status === 'cancelled') return 'already' as const;
    Object.assign(row, { doneAt: at, doneById: byStaffId });
    const chain = snoozeChainPrefix(key);
    for (const r of this.rows)
      if (r.key !== key && r.key.startsWith(chain) && r.status === 'pending')
        Object.assign(r, { status: 'cancelled' });
    return 'done' as const;
  }
  async snooze(key: string, until: Date, dueDate: string) {
    const row = this.rows.find((r) => r.key === key);
    if (!row) return null;
    const newKey = snoozedKey(key, dueDate);
    if (!this.rows.some((r) => r.key === newKey))
      this.rows.push(this.copy(row, { key: newKey, dueDate, nextAttemptAt: until }));
    return newKey;
  }
  async handOver(key: string, toStaffId: string, byStaffId: string, at: Date) {
    const row = this.rows.find((r) => r.key === key);
    if (!row) return 'missing' as const;
    if (row.doneAt || row.handedToId || row.status === 'cancelled') return 'already' as const;
    Object.assign(row, { handedToId: toStaffId, handedById: byStaffId, handedAt: at });
    this.rows.push(
      this.copy(row, { key: handedKey(key, toStaffId), assigneeId: toStaffId, nextAttemptAt: at }),
    );
    return 'handed' as const;
  }
  private copy(row: Stored, change: Partial<Stored>): Stored {
    return { ...row, ...UNSENT, id: randomUUID(), ...change };
  }
  async forCase(caseId: string) {
    return this.rows
      .filter((r) => r.caseId === caseId && r.status !== 'cancelled')
      .sort((a, b) => a.dueDate.localeCompare(b.dueDate))
      .map((r) => ({ ...r }));
  }
  async byKey(key: string) {
    const r = this.rows.find((x) => x.key === key);
    return r ? { ...r } : null;
  }
  async bySentActivity(conversationId: string, activityId: string) {
    return this.rows
      .filter((r) => r.sentConversationId === conversationId && r.sentActivityId === activityId)
      .sort((a, b) => a.dueDate.localeCompare(b.dueDate))
      .map((r) => ({ ...r }));
  }
  async enqueue(row: NewOutboxRow) {
    if (this.rows.some((r) => r.key === row.key)) return false;
    this.rows.push({
      ...row,
      ...UNSENT,
      id: randomUUID(),
    });
    return true;
  }
  async releaseAssignedTo(staffId: string) {
    const released = this.rows
      .filter((r) => r.assigneeId === staffId && r.status === 'pending')
      .map((r) => ({ ...r }));
    for (const [i, r] of this.rows.entries())
      if (r.assigneeId === staffId && r.status === 'pending')
        this.rows[i] = { ...r, assigneeId: null };
    return released;
  }
}
