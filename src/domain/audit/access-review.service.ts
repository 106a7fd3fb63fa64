import { redactNumbers, type AccessGate } from '../access/access-gate.ts';
import { BREAK_GLASS_HOURS, type BreakGlassGrant } from '../access/break-glass.ts';
import type { Actor } from '../actor/actor.ts';
import { isWorkingDay } from '../calendar/norwegian-calendar.ts';
import { isoInZone, localTime, zonedInstant } from '../calendar/zoned-time.ts';

export { isoInZone };
import { addDays, isIsoDate } from '../common/calendar-date.ts';
import { localDate } from '../common/local-date.ts';
import { fail, ok, type Result } from '../common/result.ts';
import type { Repositories, UnitOfWork } from '../common/unit-of-work.ts';
import type { Staff } from '../org/org.ts';
import type { StoredAuditEvent } from './audit-event.ts';

/**
 * The access review (Normen's "kontroll av tilgang"): who looked at what they had no relation
 * to, who looked up many different people, every break-glass, lookups outside working hours and
 * every throttling hit, for a period. Built from the audit trail only, so a finding holds codes,
 * staff and case references: never a resident's name or number, never a purpose note. The one
 * free text is a break-glass justification, which the reviewer must be able to judge.
 * Running a review is itself audited ('audit.review').
 */

export const REVIEW_CATEGORIES = [
  'lookup-without-relation',
  'many-people',
  'break-glass',
  'outside-working-hours',
  'throttled',
] as const;
export type ReviewCategory = (typeof REVIEW_CATEGORIES)[number];

/**
 * Looking a case up: owner facts for anyone, but without a relation it is the exception to review.
 */
const LOOKUP_ACTIONS = ['case.lookup', 'person.lookup', 'case.open'] as const;
/** Lookups and reads of case data that are flagged when done outside working hours. */
const READ_ACTIONS = [
  'case.lookup',
  'person.lookup',
  'case.open',
  'plan.read',
  'case.timeline',
] as const;
/** Working hours in the municipality's time zone, on working days: [07:00, 17:00). */
const WORKING_HOURS = { start: '07:00', end: '17:00' } as const;

/** Relations that make a successful lookup a finding (see AccessBasis in access-gate.ts). */
const WITHOUT_RELATION: readonly unknown[] = ['none', 'reporter'];
/**
 * The only audit detail keys a finding copies: codes,
 * counts and instants, nothing typed by a person.
 */
const DETAIL_KEYS = [
  'relation',
  'audience',
  'shown',
  'queryKind',
  'result',
  'purpose',
  'scope',
  'limit',
  'breakGlass',
  'until',
  'code',
] as const;

export type FindingDetail = Readonly<Record<string, string | number | boolean>>;

export interface AccessReviewFinding {
  readonly category: ReviewCategory;
  /** When it happened; for an aggregate ('many-people') the last event counted. */
  readonly at: Date;
  /** Aggregates only: the first and last event counted; null for single events. */
  readonly first: Date | null;
  readonly last: Date | null;
  readonly staffId: string | null;
  readonly staffName: string | null;
  /** The staff member's unit now (the review is read against today's organisation). */
  readonly unitName: string | null;
  readonly caseReference: string | null;
  /** The audit action behind the finding, e.g. 'person.lookup'. */
  readonly action: string;
  /** Codes and counts only (see DETAIL_KEYS and each category's own). */
  readonly detail: FindingDetail;
  /** 'break-glass' only: the justification given, with identity-number-like digit runs removed. */
  readonly justification: string | null;
}

export interface AccessReview {
  /** [from, to): `to` is exclusive. */
  readonly period: { readonly from: Date; readonly to: Date };
  readonly scope: { readonly unitId: string | null; readonly unitName: string | null };
  readonly manyPeopleThreshold: number;
  /** Findings per category (every category present, 0 when none). */
  readonly counts: Readonly<Record<ReviewCategory, number>>;
  /** Oldest first. */
  readonly findings: readonly AccessReviewFinding[];
  /** Audit events in the period that were looked at (before the unit scope). */
  readonly eventsReviewed: number;
}

export interface AccessReviewOptions {
  readonly timeZone: string;
  /**
   * A staff member who looked up at least this many different people in the period is a finding.
   */
  readonly manyPeopleThreshold: number;
}

/**
 * Who may run a review from Teams: a leader, for their own unit. An operator's command line
 * (actor null) may review any unit or the whole municipality. Admins configure Husly and see no
 * resident data, and break-glass justifications may hold some, so they may not.
 * TODO(lead): move to PERMISSIONS as 'audit.review' when permissions.ts is free to edit.
 */
const REVIEW_ROLES: readonly Staff['role'][] = ['leder'];

export class AccessReviewService {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly gate: AccessGate,
    private readonly options: AccessReviewOptions,
  ) {}

  /**
   * Reviews [period.from, period.to). `scope.unitId` limits it to staff whose unit is that unit
   * now (deactivated leavers included: they are the ones to look at). A leader's review is always
   * of their own unit, in personal chat; anyone else in Teams is refused (audited).
   */
  review(
    period: { readonly from: Date; readonly to: Date },
    scope: { readonly unitId?: string },
    actor: Actor | null = null,
  ): Promise<Result<AccessReview, 'ACCESS.DENIED' | 'UNIT.NOT_FOUND' | 'CHANNEL.PERSONAL_ONLY'>> {
    if (!(period.from.getTime() < period.to.getTime()))
      throw new RangeError('access review: `from` must be before `to`');
    return this.uow.read(async (repos) => {
      const audience = actor ? (actor.audience ?? 'personal') : 'cli';
      if (
        actor &&
        (!REVIEW_ROLES.includes(actor.staff.role) ||
          (scope.unitId !== undefined && scope.unitId !== actor.unit.id))
      ) {
        await this.gate.record(repos.audit, actor, {
          action: 'audit.review',
          outcome: 'denied',
          detail: { code: 'ACCESS.DENIED', audience },
        });
        return fail('ACCESS.DENIED');
      }
      // Who looked at what is itself confidential: never shown to a channel or group chat.
      if (audience === 'channel' || audience === 'groupChat') {
        await this.gate.record(repos.audit, actor, {
          action: 'audit.review',
          outcome: 'denied',
          detail: { code: 'CHANNEL.PERSONAL_ONLY', audience },
        });
        return fail('CHANNEL.PERSONAL_ONLY');
      }
      const unitId = actor ? actor.unit.id : (scope.unitId ?? null);
      const unit = unitId ? await repos.org.findUnitById(unitId) : null;
      if (unitId && !unit) return fail('UNIT.NOT_FOUND');

      const events = await repos.audit.listBetween(period.from, period.to);
      // A grant is written just before its audit event,
      // in the same transaction: look a little earlier.
      const grants = await repos.breakGlass.listBetween(
        new Date(period.from.getTime() - 3_600_000),
        period.to,
      );
      const people = new People(repos);
      const inScope = async (e: StoredAuditEvent) => {
        if (!unitId) return true;
        const staff = e.actorStaffId ? await people.staff(e.actorStaffId) : null;
        if (staff?.unitId === unitId) return true;
        // Someone from another unit broke the glass on a
        // case this unit owns: its leader reviews it too.
        return (
          ((e.action === 'case.breakGlass' && e.outcome === 'ok') ||
            e.detail?.breakGlass === true) &&
          e.caseId !== null &&
          e.caseId !== undefined &&
          (await people.caseOwner(e.caseId)) === unitId
        );
      };
      const scoped: StoredAuditEvent[] = [];
      for (const e of events) if (await inScope(e)) scoped.push(e);

      const findings: AccessReviewFinding[] = [];
      const single = async (
        category: ReviewCategory,
        e: StoredAuditEvent,
        extra: FindingDetail = {},
        justification: string | null = null,
      ) =>
        findings.push({
          category,
          at: e.at,
          first: null,
          last: null,
          ...(await people.describe(e.actorStaffId ?? null)),
          caseReference: e.caseId ? await people.caseReference(e.caseId) : null,
          action: e.action,
          detail: { ...codesOf(e), ...extra },
          justification,
        });

      for (const e of scoped) {
        const relation = e.detail?.relation;
        if (
          isOneOf(e.action, LOOKUP_ACTIONS) &&
          e.outcome === 'ok' &&
          WITHOUT_RELATION.includes(relation)
        )
          await single('lookup-without-relation', e);
        // A refused break-glass (someone who already reads the case) is no use of it.
        if (e.action === 'case.breakGlass' && e.outcome === 'ok') {
          const grant = grantFor(e, grants);
          const until =
            grant?.expiresAt ?? new Date(e.at.getTime() + BREAK_GLASS_HOURS * 3_600_000);
          const reads = scoped.filter(
            (r) =>
              r.action !== 'case.breakGlass' &&
              r.caseId === e.caseId &&
              r.actorStaffId === e.actorStaffId &&
              r.detail?.breakGlass === true &&
              r.at >= e.at &&
              r.at < until,
          ).length;
          await single(
            'break-glass',
            e,
            { readsUnderGrant: reads },
            grant ? redactNumbers(grant.justification) : null,
          );
        }
        if (isOneOf(e.action, READ_ACTIONS)) {
          const when = outsideWorkingHours(e.at, this.options.timeZone);
          if (when) await single('outside-working-hours', e, { outcome: e.outcome, when });
        }
        if (e.action === 'lookup.throttled') await single('throttled', e);
      }
      findings.push(...(await this.manyPeople(scoped, people)));
      findings.sort(
        (a, b) =>
          a.at.getTime() - b.at.getTime() ||
          REVIEW_CATEGORIES.indexOf(a.category) - REVIEW_CATEGORIES.indexOf(b.category),
      );

      const counts = Object.fromEntries(
        REVIEW_CATEGORIES.map((c) => [c, findings.filter((f) => f.category === c).length]),
      ) as Record<ReviewCategory, number>;
      await this.gate.record(repos.audit, actor, {
        action: 'audit.review',
        outcome: 'ok',
        detail: {
          audience,
          from: period.from.toISOString(),
          to: period.to.toISOString(),
          scope: unitId ?? 'all',
          findings: findings.length,
          ...counts,
        },
      });
      return ok({
        period: { from: period.from, to: period.to },
        scope: { unitId, unitName: unit?.name ?? null },
        manyPeopleThreshold: this.options.manyPeopleThreshold,
        counts,
        findings,
        eventsReviewed: events.length,
      });
    });
  }

  /**
   * One finding per staff member whose person lookups reached at least the threshold of
   * different people: distinct residents looked up or listed by a name search, plus every lookup
   * that found nobody (an attempt at someone; enumerating numbers looks exactly like that).
   */
  private async manyPeople(
    events: readonly StoredAuditEvent[],
    people: People,
  ): Promise<AccessReviewFinding[]> {
    const byStaff = new Map<
      string,
      { residents: Set<string>; withoutResident: number; lookups: number; first: Date; last: Date }
    >();
    for (const e of events) {
      if (!e.actorStaffId || (e.action !== 'person.lookup' && e.action !== 'resident.listed'))
        continue;
      let s = byStaff.get(e.actorStaffId);
      if (!s)
        byStaff.set(
          e.actorStaffId,
          (s = { residents: new Set(), withoutResident: 0, lookups: 0, first: e.at, last: e.at }),
        );
      if (e.action === 'person.lookup') s.lookups++;
      if (e.residentId) s.residents.add(e.residentId);
      // A name search that listed several residents is
      // counted through its 'resident.listed' events.
      else if (e.action === 'person.lookup' && e.detail?.result !== 'choices') s.withoutResident++;
      if (e.at < s.first) s.first = e.at;
      if (e.at > s.last) s.last = e.at;
    }
    const out: AccessReviewFinding[] = [];
    for (const [staffId, s] of byStaff) {
      const total = s.residents.size + s.withoutResident;
      if (total < this.options.manyPeopleThreshold) continue;
      out.push({
        category: 'many-people',
        at: s.last,
        first: s.first,
        last: s.last,
        ...(await people.describe(staffId)),
        caseReference: null,
        action: 'person.lookup',
        detail: {
          people: total,
          distinctResidents: s.residents.size,
          withoutResident: s.withoutResident,
          lookups: s.lookups,
          threshold: this.options.manyPeopleThreshold,
        },
        justification: null,
      });
    }
    return out;
  }
}

/**
 * Whole calendar days in `timeZone`, `lastDay` included: [first day 00:00, the day after the
 * last 00:00). 'YYYY-MM-DD' dates; throws if they are not dates or out of order (callers check).
 */
export function calendarPeriod(
  firstDay: string,
  lastDay: string,
  timeZone: string,
): { from: Date; to: Date } {
  if (!isIsoDate(firstDay) || !isIsoDate(lastDay) || lastDay < firstDay)
    throw new RangeError(`access review: bad period ${firstDay}–${lastDay}`);
  return {
    from: zonedInstant(firstDay, '00:00', timeZone),
    to: zonedInstant(addDays(lastDay, 1), '00:00', timeZone),
  };
}

/**
 * Why an instant is outside working hours in `timeZone` ('after-hours' before 07:00 or from 17:00,
 * 'weekend', 'holiday'), or null.
 */
export function outsideWorkingHours(
  at: Date,
  timeZone: string,
): 'after-hours' | 'weekend' | 'holiday' | null {
  const date = localDate(at, timeZone);
  if (!isWorkingDay(date)) {
    const day = new Date(`${date}T12:00:00Z`).getUTCDay();
    return day === 0 || day === 6 ? 'weekend' : 'holiday';
  }
  const time = localTime(at, timeZone);
  return time < WORKING_HOURS.start || time >= WORKING_HOURS.end ? 'after-hours' : null;
}

function isOneOf<T extends string>(value: string, list: readonly T[]): value is T {
  return (list as readonly string[]).includes(value);
}

function codesOf(e: StoredAuditEvent): FindingDetail {
  const out: Record<string, string | number | boolean> = {};
  for (const key of DETAIL_KEYS) {
    const value = e.detail?.[key];
    if (value !== undefined) out[key] = value;
  }
  return out;
}

/**
 * The grant a 'case.breakGlass' event recorded: same case
 * and person, the same expiry (or the nearest before).
 */
function grantFor(e: StoredAuditEvent, grants: readonly BreakGlassGrant[]): BreakGlassGrant | null {
  const mine = grants.filter(
    (g) => g.caseId === e.caseId && g.staffId === e.actorStaffId && g.grantedAt <= e.at,
  );
  return (
    mine.find((g) => g.expiresAt.toISOString() === e.detail?.until) ??
    mine.sort((a, b) => b.grantedAt.getTime() - a.grantedAt.getTime())[0] ??
    null
  );
}

/** Staff, units and case references, each loaded once per review. */
class People {
  private readonly staffById = new Map<string, Promise<Staff | null>>();
  private readonly unitNames = new Map<string, Promise<string | null>>();
  private readonly references = new Map<string, Promise<string | null>>();
  private readonly owners = new Map<string, Promise<string | null>>();
  constructor(private readonly repos: Repositories) {}

  staff(id: string): Promise<Staff | null> {
    let s = this.staffById.get(id);
    if (!s) this.staffById.set(id, (s = this.repos.org.findStaffById(id)));
    return s;
  }

  async describe(
    staffId: string | null,
  ): Promise<{ staffId: string | null; staffName: string | null; unitName: string | null }> {
    const staff = staffId ? await this.staff(staffId) : null;
    if (!staff) return { staffId, staffName: null, unitName: null };
    let unit = this.unitNames.get(staff.unitId);
    if (!unit)
      this.unitNames.set(
        staff.unitId,
        (unit = this.repos.org.findUnitById(staff.unitId).then((u) => u?.name ?? null)),
      );
    return { staffId, staffName: staff.name, unitName: await unit };
  }

  caseOwner(caseId: string): Promise<string | null> {
    let o = this.owners.get(caseId);
    if (!o)
      this.owners.set(
        caseId,
        (o = this.repos.cases.findById(caseId).then((c) => c?.owningUnitId ?? null)),
      );
    return o;
  }

  caseReference(caseId: string): Promise<string | null> {
    let r = this.references.get(caseId);
    if (!r)
      this.references.set(
        caseId,
        (r = this.repos.cases.findById(caseId).then((c) => c?.reference ?? null)),
      );
    return r;
  }
}

// ---------------------------------------------------------------------------------------------
// CSV for Excel (Norwegian locale: semicolon-separated)

export const CATEGORY_LABELS: Readonly<Record<ReviewCategory, string>> = {
  'lookup-without-relation': 'Oppslag uten tilknytning',
  'many-people': 'Mange ulike personer',
  'break-glass': 'Nødtilgang',
  'outside-working-hours': 'Utenfor arbeidstid',
  throttled: 'Sperret (for mange oppslag)',
};

export const CSV_HEADER = [
  'Tidspunkt',
  'Første',
  'Siste',
  'Kategori',
  'Ansatt',
  'Ansatt-ID',
  'Enhet',
  'Sak',
  'Handling',
  'Detaljer',
  'Begrunnelse',
] as const;

/**
 * The findings as CSV for Excel: `;`-separated, a Norwegian header row, CRLF line ends, instants
 * as ISO 8601 in `timeZone` with their offset (2026-11-24T21:00:00+01:00). Fields with `;`, `"`
 * or line breaks are quoted with `"` doubled; a field starting with = + - @ gets a leading `'`
 * so Excel never runs it as a formula. No byte-order mark: the caller adds one for a file.
 */
export function toCsv(findings: readonly AccessReviewFinding[], timeZone = 'Europe/Oslo'): string {
  const iso = (d: Date | null) => (d ? isoInZone(d, timeZone) : '');
  const rows = findings.map((f) => [
    iso(f.at),
    iso(f.first),
    iso(f.last),
    CATEGORY_LABELS[f.category],
    f.staffName ?? '',
    f.staffId ?? '',
    f.unitName ?? '',
    f.caseReference ?? '',
    f.action,
    formatDetail(f.detail),
    f.justification ?? '',
  ]);
  return [[...CSV_HEADER], ...rows].map((row) => row.map(csvField).join(';')).join('\r\n') + '\r\n';
}

/** 'relation=none, audience=channel': a finding's codes as one short text. */
export function formatDetail(detail: FindingDetail): string {
  return Object.entries(detail)
    .map(([k, v]) => `${k}=${String(v)}`)
    .join(', ');
}

function csvField(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[;"\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}
