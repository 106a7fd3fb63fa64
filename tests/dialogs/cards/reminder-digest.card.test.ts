import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  byUrgency,
  reminderCard,
  remindersListCard,
} from '../../../dialogs/cards/reminder.cards.ts';
import { nb } from '../../../dialogs/texts/nb.ts';
import { validateAdaptiveCard } from '../../../scripts/lib/schemas.ts';
import type { ReminderItem } from '../../../src/domain/reminder/reminder-notifier.ts';

type Node = Readonly<Record<string, unknown>>;
const isNode = (value: unknown): value is Node =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const nodesOf = (value: unknown): Node[] =>
  Array.isArray(value)
    ? value.flatMap(nodesOf)
    : isNode(value)
      ? [value, ...Object.values(value).flatMap(nodesOf)]
      : [];

const TODAY = '2026-11-26';
const item = (
  reference: string,
  dueDate: string,
  extra: Partial<ReminderItem> = {},
): ReminderItem => ({
  outboxKey: `case:c-${reference}:F-7:${dueDate}`,
  caseId: `c-${reference}`,
  reference,
  kind: 'F-7',
  basis: 'practice',
  dueDate,
  legalDeadline: null,
  colleagues: [{ id: 's1', name: 'Jonas Aas' }],
  handedBy: null,
  ...extra,
});

/** The digest's items as shown: each item's Container, top to bottom. */
const shown = (card: unknown) =>
  ((card as { body?: unknown }).body as Node[])
    .filter((n) => n.type === 'Container')
    .map((c) => JSON.stringify(c));
const referencesOf = (card: unknown) =>
  shown(card).map((c) => /Sak (\d{4}-\d{4})/.exec(c)?.[1] ?? '?');

describe('reminder digests: most urgent first, "i dag" on what is due today', () => {
  const later = item('2026-0003', '2026-11-30');
  const today = item('2026-0002', TODAY);
  const overdue = item('2026-0001', '2026-11-20');
  const todayLaw = item('2026-0004', TODAY, { basis: 'law', legalDeadline: '2026-11-28' });

  it('orders overdue, then today (the nearest legal deadline first), then by day', () => {
    const card = reminderCard(nb, [later, today, overdue, todayLaw], {}, TODAY);
    assert.deepEqual(validateAdaptiveCard(card), []);
    assert.deepEqual(referencesOf(card), ['2026-0001', '2026-0004', '2026-0002', '2026-0003']);
  });

  it('keeps that order however the rows come back (a redraw after a press)', () => {
    const orders = [
      [later, today, overdue, todayLaw],
      [todayLaw, overdue, later, today],
      [today, todayLaw, later, overdue],
    ].map((items) => byUrgency(items).map((i) => i.reference));
    assert.deepEqual(orders[1], orders[0]);
    assert.deepEqual(orders[2], orders[0]);
  });

  it('says "i dag" for what is due today, in red and bold; other days by date', () => {
    const card = reminderCard(nb, [later, today, overdue], {}, TODAY);
    /** Each item's "Gjelder" line. */
    const due = (card.body as readonly Node[])
      .filter((n) => n.type === 'Container')
      .map((c) => nodesOf(c).find((n) => String(n.text).startsWith('Gjelder:')));
    assert.deepEqual(
      due.map((d) => [String(d?.text).replace(/\s/g, ' '), d?.color, d?.weight]),
      [
        ['Gjelder: 20. november 2026', 'Attention', 'Bolder'],
        ['Gjelder: i dag', 'Attention', 'Bolder'],
        ['Gjelder: 30. november 2026', undefined, undefined],
      ],
    );
  });

  it('without today (not known), dates only and nothing in red', () => {
    const json = JSON.stringify(reminderCard(nb, [today]));
    assert.doesNotMatch(json, /i dag|Attention/);
  });

  it('a reminder done or handed over is no longer red, even on its day', () => {
    const card = reminderCard(
      nb,
      [today],
      { [today.outboxKey]: { doneBy: { name: 'Kristin', date: TODAY } } },
      TODAY,
    );
    assert.doesNotMatch(JSON.stringify(card), /Attention/);
  });

  it('labels every input (placeholders vanish while typing)', () => {
    const card = reminderCard(nb, [later, today, overdue], {}, TODAY);
    const inputs = nodesOf(card).filter((n) => String(n.type).startsWith('Input.'));
    assert.equal(inputs.length, 6, 'a snooze and a hand-over choice per reminder');
    for (const input of inputs)
      assert.ok(typeof input.label === 'string' && input.label.trim(), String(input.id));
  });
});

describe('"påminnelser": each row says "i dag" when due today and has its own button', () => {
  const row = (key: string, dueDate: string, caseId: string) => ({
    id: key,
    key,
    caseId,
    kind: 'F-7' as const,
    basis: 'law' as const,
    dueDate,
    legalDeadline: null,
    audience: 'coordinator' as const,
    measureId: null,
    assigneeId: null,
    status: 'pending' as const,
    attempts: 0,
    nextAttemptAt: new Date('2026-11-26T07:00:00Z'),
    sentConversationId: null,
    sentActivityId: null,
    lastError: null,
    doneAt: null,
    doneById: null,
    handedToId: null,
    handedById: null,
    handedAt: null,
  });

  it('marks today, earliest first, one "Åpne sak" per row naming its case', () => {
    const card = remindersListCard(
      nb,
      [
        { row: row('b', '2026-12-01', 'case-b'), reference: '2026-0002' },
        { row: row('a', TODAY, 'case-a'), reference: '2026-0001' },
      ],
      [{ row: { ...row('c', '2026-11-20', 'case-c'), status: 'dead' }, reference: '2026-0003' }],
      [],
      TODAY,
    );
    assert.deepEqual(validateAdaptiveCard(card), []);
    const rows = nodesOf(card).filter((n) => n.type === 'ColumnSet');
    assert.equal(rows.length, 3);
    const buttons = rows.map((r) => nodesOf(r).find((n) => n.type === 'Action.Submit'));
    assert.deepEqual(
      buttons.map((b) => (b?.data as Node | undefined)?.caseId),
      ['case-a', 'case-b', 'case-c'],
    );
    assert.deepEqual(
      buttons.map((b) => [b?.title, b?.tooltip]),
      [
        ['Åpne sak', 'Åpne sak 2026-0001'],
        ['Åpne sak', 'Åpne sak 2026-0002'],
        ['Åpne sak', 'Åpne sak 2026-0003'],
      ],
    );
    const firstRun = nodesOf(rows[0]).find((n) => n.type === 'TextRun');
    assert.deepEqual(firstRun, {
      type: 'TextRun',
      text: 'i dag',
      weight: 'Bolder',
      color: 'Attention',
    });
    assert.doesNotMatch(JSON.stringify(rows[1]), /i dag/);
  });
});
