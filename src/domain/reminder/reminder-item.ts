import { isCaseworker, type Staff } from '../org/org.ts';
import { handedFromKey, type OutboxRow, type ReminderOutbox } from './outbox.ts';
import type { ReminderItem } from './reminder-notifier.ts';

/** A reminder as the card shows it: the case reference and the checkpoint, no resident data. */
export function reminderItem(
  row: OutboxRow,
  reference: string,
  colleagues: ReminderItem['colleagues'],
  handedBy: string | null = null,
): ReminderItem {
  return {
    outboxKey: row.key,
    caseId: row.caseId,
    reference,
    kind: row.kind,
    basis: row.basis,
    dueDate: row.dueDate,
    legalDeadline: row.legalDeadline,
    colleagues,
    handedBy,
  };
}

/** For a handed-over copy: the id of whoever pressed "Overfør" on the row it came from. */
export async function handedById(row: OutboxRow, outbox: ReminderOutbox): Promise<string | null> {
  const from = row.assigneeId ? handedFromKey(row.key) : null;
  return from ? ((await outbox.byKey(from))?.handedById ?? null) : null;
}

/** Who in the owning unit a reminder can be handed to: caseworkers, not admins, by name. */
export function colleaguesIn(staff: readonly Staff[]): ReminderItem['colleagues'] {
  return staff
    .filter(isCaseworker)
    .map((s) => ({ id: s.id, name: s.name }))
    .sort((a, b) => a.name.localeCompare(b.name, 'nb'));
}
