import type { AccessGate } from '../access/access-gate.ts';
import type { Actor } from '../actor/actor.ts';
import type { CaseRecord } from '../case/case.ts';
import { caseIdOf, type CaseTarget } from '../case/case-target.ts';
import { addDays, isIsoDate } from '../common/calendar-date.ts';
import { noCaseChangeListener, type CaseChangeListener } from '../common/case-change-listener.ts';
import type { Clock } from '../common/clock.ts';
import { localDate } from '../common/local-date.ts';
import { fail, ok, type Result } from '../common/result.ts';
import type { UnitOfWork } from '../common/unit-of-work.ts';
import {
  eventRule,
  isCaseEventType,
  isStonadDecision,
  type CaseEvent,
  type NewCaseEvent,
} from './case-event.ts';

export type CaseEventError =
  | 'CASE.NOT_FOUND'
  | 'CASE.CLOSED'
  | 'ACCESS.DENIED'
  | 'CASE_EVENT.UNKNOWN_TYPE'
  | 'CASE_EVENT.INVALID_DATE'
  | 'CASE_EVENT.DATE_IN_PAST'
  | 'CASE_EVENT.DATE_IN_FUTURE'
  | 'CASE_EVENT.INVALID_AMOUNT'
  | 'CASE_EVENT.DECISION_REQUIRED';

/** What a card sends, as strings: the domain checks each (the card is never trusted). */
export interface CaseEventInput {
  readonly type: string;
  /** stonad-vedtak: 'innvilget' | 'avslatt'. */
  readonly decision?: string;
  /** stonad-vedtak, stonad-utbetalt: whole kroner, optional ("12 500" is read as 12500). */
  readonly amount?: string;
  /** stonad-utbetalt: 'true' when it covers the whole arrears. */
  readonly covers?: string;
  /** ny-utkastelsesdato, midlertidig-botilbud, kontakt-opprettet (its day): 'YYYY-MM-DD'. */
  readonly date?: string;
}

/** No amount of økonomisk stønad for rent arrears is anywhere near this. */
const MAX_AMOUNT_NOK = 10_000_000;
/** A date for temporary accommodation further away than this is a typing error. */
const MAX_DAYS_AWAY = 366;

/**
 * Records outcome events ("what was done and decided") on a case: whoever may report the
 * arrears paid may record one; each is audited, may set the eviction date or temporary
 * accommodation, and the reminder plan is recomputed (the stop rules in case-event.ts).
 */
export class CaseEventService {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly gate: AccessGate,
    private readonly clock: Clock,
    private readonly timeZone: string,
    private readonly listener: CaseChangeListener = noCaseChangeListener,
  ) {}

  /** The case (by id or reference) for the event card, if the actor may record events on it. */
  async forForm(
    actor: Actor,
    target: CaseTarget,
  ): Promise<Result<CaseRecord, 'CASE.NOT_FOUND' | 'CASE.CLOSED' | 'ACCESS.DENIED'>> {
    return this.uow.run(async (repos) => {
      const caseId = await caseIdOf(repos, target);
      const allowed = await this.gate.authorizeOpen(repos, actor, caseId, 'case.recordEvent');
      return allowed.ok ? ok(allowed.value.kase) : allowed;
    });
  }

  /**
   * Records one event, dated today (a first contact: the day given). Bad input is refused before
   * anything is written.
   */
  async record(
    actor: Actor,
    caseId: string,
    input: CaseEventInput,
  ): Promise<Result<Recorded, CaseEventError>> {
    const now = this.clock.now();
    const today = localDate(now, this.timeZone);
    const result = await this.uow.run(async (repos): Promise<Result<Recorded, CaseEventError>> => {
      const loaded = await this.gate.authorizeOpen(repos, actor, caseId, 'case.recordEvent');
      if (!loaded.ok) return loaded;
      const { kase } = loaded.value;
      const checked = validate(input, today);
      if (!checked.ok) return checked;
      // A second press of the same button, or the same form sent twice, records nothing more.
      const same = (await repos.caseEvents.listForCase(kase.id)).find(
        (e) => e.occurredOn === checked.value.occurredOn && sameValues(e, checked.value),
      );
      if (same) return ok({ kase, event: same, repeated: true });
      const event = await repos.caseEvents.add({
        ...checked.value,
        caseId: kase.id,
        recordedById: actor.staff.id,
        recordedAt: now,
      });
      const sets = eventRule(event.type).sets;
      const updated =
        sets && event.dateValue
          ? await repos.cases.update(kase.id, {
              timeline: { ...kase.timeline, [sets]: event.dateValue },
            })
          : kase;
      await this.gate.done(repos, actor, loaded.value, 'case.recordEvent', { type: event.type });
      return ok({ kase: updated, event, repeated: false });
    });
    if (result.ok && !result.value.repeated) await this.listener.caseChanged(caseId);
    return result;
  }
}

export interface Recorded {
  readonly kase: CaseRecord;
  readonly event: CaseEvent;
  /** The same event with the same values was already recorded today: nothing was written. */
  readonly repeated: boolean;
}

const sameValues = (a: Checked, b: Checked) =>
  a.type === b.type &&
  a.decision === b.decision &&
  a.amountNok === b.amountNok &&
  a.coversArrears === b.coversArrears &&
  a.dateValue === b.dateValue;

type Checked = Pick<
  NewCaseEvent,
  'type' | 'occurredOn' | 'decision' | 'amountNok' | 'coversArrears' | 'dateValue'
>;

function validate(input: CaseEventInput, today: string): Result<Checked, CaseEventError> {
  if (!isCaseEventType(input.type)) return fail('CASE_EVENT.UNKNOWN_TYPE');
  const type = input.type;
  const value = eventRule(type).value;
  const none: Checked = {
    type,
    occurredOn: today,
    decision: null,
    amountNok: null,
    coversArrears: null,
    dateValue: null,
  };
  if (value === 'none') return ok(none);
  if (value === 'day') {
    // The day it happened: today or earlier, and the event is dated by it.
    const day = (input.date ?? '').trim();
    if (!isIsoDate(day) || day < addDays(today, -MAX_DAYS_AWAY))
      return fail('CASE_EVENT.INVALID_DATE');
    if (day > today) return fail('CASE_EVENT.DATE_IN_FUTURE');
    return ok({ ...none, occurredOn: day });
  }
  if (value === 'date') {
    const date = (input.date ?? '').trim();
    if (!isIsoDate(date) || date > addDays(today, MAX_DAYS_AWAY))
      return fail('CASE_EVENT.INVALID_DATE');
    // A new eviction date is ahead; one already passed is an eviction that happened (or not).
    if (type === 'ny-utkastelsesdato' && date < today) return fail('CASE_EVENT.DATE_IN_PAST');
    if (date < addDays(today, -MAX_DAYS_AWAY)) return fail('CASE_EVENT.INVALID_DATE');
    return ok({ ...none, dateValue: date });
  }
  const amount = parseAmount(input.amount ?? '');
  if (amount === undefined) return fail('CASE_EVENT.INVALID_AMOUNT');
  if (value === 'decision') {
    const decision = input.decision ?? '';
    if (!isStonadDecision(decision)) return fail('CASE_EVENT.DECISION_REQUIRED');
    return ok({ ...none, decision, amountNok: amount });
  }
  return ok({ ...none, amountNok: amount, coversArrears: input.covers === 'true' });
}

/**
 * Whole kroner: "12500", "12 500", "12 500 kr"; null when left empty; undefined when it is not
 * a whole amount from 1 to 10 million.
 */
function parseAmount(text: string): number | null | undefined {
  const compact = text.replace(/[\s\u00a0]/g, '').replace(/(?:kr|nok|,-)$/i, '');
  if (!compact) return null;
  if (!/^\d{1,8}$/.test(compact)) return undefined;
  const amount = Number(compact);
  return amount >= 1 && amount <= MAX_AMOUNT_NOK ? amount : undefined;
}
