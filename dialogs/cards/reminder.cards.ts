import { z } from 'zod';
import {
  SNOOZE_DAYS,
  type ReminderCardState,
} from '../../src/domain/reminder/reminder-actions.service.ts';
import { daysBetween } from '../../src/domain/common/calendar-date.ts';
import type { NoticeRow } from '../../src/domain/notify/notice-outbox.ts';
import type { StoredOutboxRow } from '../../src/domain/reminder/outbox.ts';
import type { ListedReminder } from '../../src/domain/reminder/reminder-query.service.ts';
import type { ReminderItem } from '../../src/domain/reminder/reminder-notifier.ts';
import { outcomesFor } from '../../src/domain/case-event/case-event.ts';
import type { Texts } from '../texts/index.ts';
import {
  adaptiveCard,
  execute,
  heading,
  paragraph,
  submit,
  userText,
  withButton,
  type AdaptiveCard,
  type CardAction,
  type CardElement,
} from './adaptive-card.ts';
import {
  chosenKey,
  executeVerb,
  numberChoice,
  onCase,
  submitVerb,
  withNamedInput,
} from './card-verb.ts';
import { outcomeButtons } from './case-event.cards.ts';
import { formatDate } from './format.ts';

/** Outbox keys name the case, the checkpoint and the date; longer was never issued. */
const MAX_REMINDER_KEY = 300;
/**
 * Not `key`: the Agents Playground writes a read-only `key` of its own into Action.Execute data,
 * and the press fails.
 */
const reminderKey = z.string({ error: 'REMINDER.NOT_FOUND' }).min(1).max(MAX_REMINDER_KEY);
/** A button names the input it reads in `field` ("snooze-0", "assign-0"): one per reminder. */
const chosenBy = (data: Readonly<Record<string, unknown>>) => data.field;

export const REMINDER_DONE = executeVerb('reminder.done', z.object({ reminderKey }));
/** "Utsett": by the days chosen beside it (an offered number, or "Fant ikke påminnelsen"). */
export const REMINDER_SNOOZE = executeVerb(
  'reminder.snooze',
  withNamedInput(
    chosenBy,
    z.object({
      reminderKey,
      input: numberChoice(SNOOZE_DAYS, 'REMINDER.NOT_FOUND'),
    }),
  ),
);
/** "Overfør": to the colleague chosen beside it ('' when none is: the service asks for one). */
export const REMINDER_HAND_OVER = executeVerb(
  'reminder.handOver',
  withNamedInput(
    chosenBy,
    z.object({
      reminderKey,
      input: chosenKey('REMINDER.CHOOSE_COLLEAGUE'),
    }),
  ),
);
/**
 * Reminders whose recipients act on another card: a hand-over proposal nobody answered goes to
 * the receiving unit's leaders, who do not own the case yet and answer on the proposal card.
 */
const ANSWERED_ELSEWHERE: ReadonlySet<string> = new Set(['handover.unanswered']);

/**
 * "Åpne sak": the owner answer for the reminder's case (Action.Submit, answered in personal
 * chat). The case id is only where to look: the service checks what the presser may see.
 */
export const CASE_OPEN = submitVerb('case.open', onCase);

/** A list row's own "Åpne sak" button; its tooltip names the case for screen readers. */
export const openCaseButton = (texts: Texts, caseId: string, reference: string): CardAction => ({
  ...submit(texts.reminders.open, CASE_OPEN, { caseId }),
  tooltip: texts.reminders.openCase(reference),
});

/**
 * The order of a digest: most urgent first. Overdue, then due today, then by day; on the same
 * day the nearest legal deadline first, then law before practice. The last tie is the outbox
 * key, so a card redrawn after a press keeps its order whatever order the rows come back in.
 */
export function byUrgency<
  T extends Pick<ReminderItem, 'outboxKey' | 'dueDate' | 'legalDeadline' | 'basis'>,
>(items: readonly T[]): T[] {
  const LAST = '9999-12-31';
  return [...items].sort(
    (a, b) =>
      a.dueDate.localeCompare(b.dueDate) ||
      (a.legalDeadline ?? LAST).localeCompare(b.legalDeadline ?? LAST) ||
      Number(b.basis === 'law') - Number(a.basis === 'law') ||
      a.outboxKey.localeCompare(b.outboxKey),
  );
}

/**
 * A reminder, or a digest of several due at once, most urgent first (`byUrgency`). With `today`
 * (the municipality's date), one due today says "i dag", and one still open on or after its day
 * is in red: act now. Reference and checkpoint only — no resident data, so the same card can
 * go to a unit channel. Buttons work in place (Action.Execute): the server redraws it from what
 * that message carried (stored with the send), never from keys in the card.
 */
export function reminderCard(
  texts: Texts,
  unordered: readonly ReminderItem[],
  states: Readonly<Record<string, ReminderCardState>> = {},
  today?: string,
): AdaptiveCard {
  const t = texts.reminders;
  const items = byUrgency(unordered);
  const body: CardElement[] = [
    heading(
      items[0] && items.length === 1 ? t.title(items[0].reference) : t.digestTitle(items.length),
    ),
  ];
  items.forEach((item, index) => {
    const [kindTitle, todo] = t.kinds[item.kind];
    const title =
      item.kind === 'F-soon' && item.legalDeadline
        ? t.evictionInDays(daysBetween(item.dueDate, item.legalDeadline))
        : kindTitle;
    const state = states[item.outboxKey] ?? {};
    const lines: CardElement[] = [
      paragraph(`**${title}**${items.length > 1 ? ` · ${t.case(item.reference)}` : ''}`),
      paragraph(todo, { isSubtle: true, spacing: 'None' }),
      paragraph(
        `${t.due}: ` +
          (item.dueDate === today ? t.dueToday : formatDate(item.dueDate, texts.locale)) +
          (item.legalDeadline
            ? ` · ${t.legalDeadline}: ${formatDate(item.legalDeadline, texts.locale)}`
            : ''),
        {
          size: 'Small',
          spacing: 'None',
          // Open, and due today or before: act now.
          ...(today && item.dueDate <= today && !state.doneBy && !state.handedTo
            ? { color: 'Attention', weight: 'Bolder' }
            : {}),
        },
      ),
    ];
    if (item.handedBy && !state.handedTo)
      lines.push(paragraph(t.handedToYou(item.handedBy), { isSubtle: true, spacing: 'None' }));
    if (state.doneBy) {
      lines.push(
        paragraph(t.doneBy(state.doneBy.name, formatDate(state.doneBy.date, texts.locale)), {
          weight: 'Bolder',
        }),
      );
      // What was done, in one tap: the outcomes this checkpoint asks for (answered in the
      // presser's personal chat, through the access gate there).
      const outcomes = outcomesFor(item.kind);
      if (outcomes.length)
        lines.push(
          paragraph(texts.events.afterDone, { size: 'Small', spacing: 'Small' }),
          ...outcomeButtons(texts, item.caseId, outcomes),
        );
    } else if (state.handedTo)
      lines.push(
        paragraph(
          t.handedTo(
            state.handedTo.name,
            state.handedTo.byName,
            formatDate(state.handedTo.date, texts.locale),
          ),
          { color: 'Accent', weight: 'Bolder' },
        ),
      );
    else if (ANSWERED_ELSEWHERE.has(item.kind)) {
      // Nothing to do on this card: the answer is given on the proposal card it points to.
    } else {
      if (state.snoozedUntil) {
        // A snooze is capped at the legal deadline: say so, so nobody expects a later reminder.
        const until = formatDate(state.snoozedUntil, texts.locale);
        const text =
          state.snoozedUntil === item.legalDeadline
            ? t.snoozedToDeadline(until)
            : t.snoozedUntil(until);
        lines.push(paragraph(text, { color: 'Accent' }));
      }
      lines.push(
        {
          type: 'Input.ChoiceSet',
          id: `snooze-${index}`,
          label: t.snoozeFor,
          value: '3',
          choices: SNOOZE_DAYS.map((d) => ({ title: t.snoozeDays(d), value: String(d) })),
        },
        ...(item.colleagues.length
          ? [
              {
                type: 'Input.ChoiceSet',
                id: `assign-${index}`,
                label: t.handOverTo,
                placeholder: t.chooseColleague,
                choices: item.colleagues.map((c) => ({ title: c.name, value: c.id })),
              },
            ]
          : []),
        {
          type: 'ActionSet',
          actions: [
            execute(t.done, REMINDER_DONE, { reminderKey: item.outboxKey }),
            execute(t.snooze, REMINDER_SNOOZE, {
              reminderKey: item.outboxKey,
              field: `snooze-${index}`,
            }),
            ...(item.colleagues.length
              ? [
                  execute(t.handOver, REMINDER_HAND_OVER, {
                    reminderKey: item.outboxKey,
                    field: `assign-${index}`,
                  }),
                ]
              : []),
            submit(t.open, CASE_OPEN, { caseId: item.caseId }),
          ],
        },
      );
    }
    body.push({ type: 'Container', separator: index > 0, spacing: 'Medium', items: lines });
  });
  return adaptiveCard(body);
}

/** "påminnelser": upcoming reminders on my cases, and those that could not be delivered. */
export function remindersListCard(
  texts: Texts,
  upcoming: readonly ListedReminder[],
  undelivered: readonly ListedReminder[],
  undeliveredNotices: readonly NoticeRow[] = [],
  today?: string,
): AdaptiveCard {
  const t = texts.reminders;
  /** Each row: when (today says "i dag", in red), the case and the checkpoint; its own button. */
  const line = (l: ListedReminder): CardElement =>
    withButton(
      userText([
        l.row.dueDate === today
          ? { text: t.dueToday, weight: 'Bolder', color: 'Attention' }
          : formatDate(l.row.dueDate, texts.locale),
        ' · ',
        { text: l.reference, weight: 'Bolder' },
        ` · ${t.kinds[l.row.kind][0]}${l.row.basis === 'law' ? ` (${t.law})` : ''}`,
      ]),
      openCaseButton(texts, l.row.caseId, l.reference),
    );
  /** Earliest first; the query's order (send time) where the day is the same. */
  const byDay = (rows: readonly ListedReminder[]) =>
    [...rows].sort((a, b) => a.row.dueDate.localeCompare(b.row.dueDate));
  const body: CardElement[] = [heading(t.listTitle)];
  body.push(
    ...(upcoming.length ? byDay(upcoming).map(line) : [paragraph(t.listEmpty, { isSubtle: true })]),
  );
  if (undelivered.length)
    body.push(
      paragraph(t.undeliveredTitle, { weight: 'Bolder', color: 'Attention', spacing: 'Medium' }),
      ...byDay(undelivered).map(line),
    );
  if (undeliveredNotices.length)
    body.push(
      paragraph(t.undeliveredNoticesTitle, {
        weight: 'Bolder',
        color: 'Attention',
        spacing: 'Medium',
      }),
      ...undeliveredNotices.map((n) =>
        userText(
          [
            `${formatDate(n.createdAt.toISOString().slice(0, 10), texts.locale)} · `,
            { text: n.reference ?? '', weight: 'Bolder' },
            ` · ${t.noticeKinds[n.kind]}`,
          ],
          { spacing: 'Small' },
        ),
      ),
    );
  return adaptiveCard(body);
}

/** "påminnelser 2026-0004": the case's follow-up plan as a timeline, legal deadlines marked §. */
export function timelineCard(
  texts: Texts,
  reference: string,
  rows: readonly StoredOutboxRow[],
  today: string,
  names: Readonly<Record<string, string>> = {},
): AdaptiveCard {
  const t = texts.reminders;
  if (rows.length === 0)
    return adaptiveCard([
      heading(t.timelineTitle(reference)),
      paragraph(t.timelineEmpty, { isSubtle: true }),
    ]);
  const status = (r: StoredOutboxRow) =>
    r.doneAt
      ? t.statuses.done
      : r.handedToId
        ? `${t.statuses.handed} ${t.to(names[r.handedToId] ?? '')}`
        : t.statuses[r.status];
  const owner = (r: StoredOutboxRow) =>
    r.assigneeId ? ` (${t.to(names[r.assigneeId] ?? '')})` : '';
  return adaptiveCard([
    heading(t.timelineTitle(reference)),
    ...rows.map((r) => {
      const past = r.dueDate < today;
      const rest =
        ` · ${t.kinds[r.kind][0]}${r.basis === 'law' ? ` (${t.law})` : ''}` +
        `${owner(r)} · ${status(r)}`;
      const color = r.status === 'dead' ? ('Attention' as const) : undefined;
      return userText(
        [
          {
            text: formatDate(r.dueDate, texts.locale),
            ...(past ? { isSubtle: true } : { weight: 'Bolder' as const }),
            ...(color ? { color } : {}),
          },
          { text: rest, ...(past ? { isSubtle: true } : {}), ...(color ? { color } : {}) },
        ],
        { spacing: 'Small' },
      );
    }),
  ]);
}
