import { randomBytes } from 'node:crypto';
import type { AccessGate, CaseAccess } from '../../access/access-gate.ts';
import type { Actor } from '../../actor/actor.ts';
import type {
  CaseLevel,
  CaseRecord,
  CaseStatus,
  CloseReason,
  EvictionTimeline,
  Resident,
} from '../../case/case.ts';
import type { CaseEvent } from '../../case-event/case-event.ts';
import type { Clock } from '../../common/clock.ts';
import { mustExist } from '../../common/must-exist.ts';
import { fail, ok, type Result } from '../../common/result.ts';
import type { Repositories, UnitOfWork } from '../../common/unit-of-work.ts';
import type { StoredConcern } from '../../concern/concern.ts';
import { hashNationalId } from '../../identity/national-id-hash.ts';
import { parseNationalId, type NationalIdError } from '../../identity/national-id.ts';
import { seal, unseal } from '../../identity/sealed-text.ts';
import type { Notifier } from '../../notify/notifier.ts';
import { parseNameQuery, type NameQuery } from './name-query.ts';
import { PENDING_LOOKUP_MINUTES, type PendingLookupRecord } from './pending-lookup.ts';
import { isLeader } from '../../org/org.ts';

/** A person looked up after "hvem eier" (a reference is answered at once by `byReference`). */
export type PersonQuery =
  | { readonly kind: 'nationalId'; readonly input: string }
  | { readonly kind: 'name'; readonly text: string };

export const LOOKUP_PURPOSES = [
  'ny-bekymring',
  'samarbeid-tiltak',
  'henvendelse-beboer',
  'annet',
] as const;
type LookupPurposeCode = (typeof LOOKUP_PURPOSES)[number];
export interface LookupPurpose {
  readonly code: LookupPurposeCode;
  /** Required for 'annet'; at most 200 characters. Stored once, on the lookup it explains. */
  readonly note?: string;
}

/**
 * A concern as the reader may see it: the free text and amounts only where its sharing basis
 * allows.
 */
export interface ConcernView {
  readonly concern: StoredConcern;
  readonly reporterUnitName: string;
  /** False: the description and the amounts are withheld from this reader. */
  readonly textShown: boolean;
}

export interface CaseDetails {
  readonly resident: Resident;
  readonly timeline: EvictionTimeline;
  readonly arrearsPaidDate: string | null;
  readonly closedReason: CloseReason | null;
  readonly concerns: readonly ConcernView[];
  /** What was done and decided (outcome events), oldest first, with who recorded each. */
  readonly events?: readonly { readonly event: CaseEvent; readonly recordedByName: string }[];
}

/**
 * Who owns a case. Owner facts (reference, owning unit, contact) for anyone; the case's state
 * (`context`) and content (`details`) only for someone with a relation to it.
 */
export interface OwnerAnswer {
  readonly caseId: string;
  readonly reference: string;
  readonly owningUnit: { readonly id: string; readonly name: string };
  readonly coordinator: {
    readonly id: string;
    readonly name: string;
    readonly email: string;
  } | null;
  readonly context: {
    readonly level: CaseLevel;
    readonly status: CaseStatus;
    readonly since: Date;
    readonly involvedUnits: readonly { readonly id: string; readonly name: string }[];
  } | null;
  readonly details: CaseDetails | null;
  /** For a unit that only reported: the concerns it reported itself (owner facts otherwise). */
  readonly ownConcerns: readonly ConcernView[];
  readonly breakGlassUntil: Date | null;
  /** The asker is the case's coordinator (no "chat with the coordinator" button for themselves). */
  readonly askerIsCoordinator: boolean;
  readonly hasPlan: boolean;
  readonly may: {
    /** "Ta saken": the asker works in the owning unit, and nobody has taken the open case. */
    readonly take: boolean;
    readonly handOver: boolean;
    readonly startPlan: boolean;
    readonly changeClassification: boolean;
    readonly markArrearsPaid: boolean;
    /** Record an outcome event ("Registrer hendelse"). */
    readonly recordEvent: boolean;
    readonly close: boolean;
    readonly grantAccess: boolean;
    readonly consent: boolean;
    readonly breakGlass: boolean;
  };
}

/** A resident in a name search: listed only when the asker's unit works on every match. */
export interface ResidentChoice {
  readonly residentId: string;
  readonly name: string;
  readonly birthYear: string | null;
  readonly maskedId: string | null;
  /** Owner facts of the resident's open case, so the asker can tell the rows apart. */
  readonly reference: string;
  readonly owningUnitName: string;
}

export type LookupOutcome =
  | { readonly kind: 'answer'; readonly answer: OwnerAnswer }
  | {
      readonly kind: 'choices';
      readonly lookupId: string;
      readonly residents: readonly ResidentChoice[];
    };

export type LookupError =
  | NationalIdError
  | 'LOOKUP.NOT_FOUND'
  | 'LOOKUP.PURPOSE_REQUIRED'
  | 'LOOKUP.PURPOSE_NOTE_REQUIRED'
  | 'LOOKUP.NAME_TOO_SHORT'
  | 'LOOKUP.AMBIGUOUS'
  | 'LOOKUP.EXPIRED'
  | 'LOOKUP.THROTTLED';

const MAX_NAME_MATCHES = 5;

type Sealed =
  | { readonly kind: 'nationalId'; readonly idHash: string }
  | { readonly kind: 'name'; readonly name: NameQuery }
  | {
      readonly kind: 'choices';
      readonly residentIds: readonly string[];
      readonly purpose: LookupPurpose;
    };

/**
 * "Hvem eier saken?" Anyone registered may ask; the answer shows more than owner facts only to
 * staff with a relation to the case. Looking a person up (by number or name) needs a stated
 * purpose, a full name (or a name and birth date), and is throttled per staff member. The
 * question waits server-side, sealed, behind an opaque id: no name or number in card data.
 * Every lookup, found or not, is audited: never with the number itself.
 */
export class LookupOwnerService {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly gate: AccessGate,
    private readonly notifier: Notifier,
    private readonly clock: Clock,
    private readonly options: { readonly idSecret: string; readonly allowSyntheticIds: boolean },
  ) {}

  /** By reference: owner facts at once (more only for the case's people). Audited. */
  byReference(actor: Actor, reference: string): Promise<Result<OwnerAnswer, 'LOOKUP.NOT_FOUND'>> {
    return this.uow.read(async (repos) => {
      const kase = await repos.cases.findByReference(reference);
      if (!kase) {
        await this.gate.record(repos.audit, actor, {
          action: 'case.lookup',
          outcome: 'denied',
          detail: { queryKind: 'reference', result: 'LOOKUP.NOT_FOUND' },
        });
        return fail('LOOKUP.NOT_FOUND');
      }
      return ok(
        await describeOwner(
          repos,
          await this.gate.read(repos, actor, kase, 'case.lookup', { queryKind: 'reference' }),
        ),
      );
    });
  }

  /** The owner answer for a case the actor is working from (a button on a card). Audited. */
  byCaseId(actor: Actor, caseId: string): Promise<OwnerAnswer | null> {
    return this.uow.read(async (repos) => {
      const kase = caseId ? await repos.cases.findById(caseId) : null;
      return kase
        ? describeOwner(repos, await this.gate.read(repos, actor, kase, 'case.open'))
        : null;
    });
  }

  /**
   * A person lookup starts here: the number is checked (a wrong one is said at once and costs
   * nothing), the name must be full, and the question is kept sealed for the purpose step.
   */
  begin(
    actor: Actor,
    query: PersonQuery,
  ): Promise<Result<{ lookupId: string }, NationalIdError | 'LOOKUP.NAME_TOO_SHORT'>> {
    let sealed: Sealed;
    if (query.kind === 'nationalId') {
      const id = parseNationalId(query.input, { allowSynthetic: this.options.allowSyntheticIds });
      if (!id.ok) return Promise.resolve(fail(id.code));
      sealed = { kind: 'nationalId', idHash: hashNationalId(id.value, this.options.idSecret) };
    } else {
      const name = parseNameQuery(query.text);
      if (!name) return Promise.resolve(fail('LOOKUP.NAME_TOO_SHORT'));
      sealed = { kind: 'name', name };
    }
    return this.uow.run(async ({ pendingLookups }) => {
      const now = this.clock.now();
      await pendingLookups.deleteExpired(now);
      const lookupId = randomBytes(18).toString('base64url');
      await pendingLookups.add({
        id: lookupId,
        staffId: actor.staff.id,
        kind: 'person',
        payload: this.seal(sealed),
        createdAt: now,
        expiresAt: this.expiry(),
      });
      return ok({ lookupId });
    });
  }

  /** The purpose was given: the lookup runs (if the asker is within the hourly limit). */
  async answer(
    actor: Actor,
    lookupId: string,
    purpose: LookupPurpose | null,
  ): Promise<Result<LookupOutcome, LookupError>> {
    const result = await this.uow.run(
      async (repos): Promise<Result<LookupOutcome, LookupError> & { tellLeaders?: boolean }> => {
        const pending = await this.pending(repos, actor, lookupId, 'person');
        if (!pending) return fail('LOOKUP.EXPIRED');
        const checked = checkPurpose(purpose);
        if (!checked.ok) return checked;
        const throttle = await this.gate.personLookupAllowed(repos, actor);
        if (!throttle.allowed)
          return { ...fail('LOOKUP.THROTTLED'), tellLeaders: throttle.tellLeaders };
        return this.run(repos, actor, pending, checked.value);
      },
    );
    if (
      !result.ok &&
      result.code === 'LOOKUP.THROTTLED' &&
      'tellLeaders' in result &&
      result.tellLeaders
    )
      await this.tellLeaders(actor);
    return result;
  }

  /** One resident picked from a name search's list: only a resident that list held. */
  choose(
    actor: Actor,
    lookupId: string,
    residentId: string,
  ): Promise<Result<LookupOutcome, LookupError>> {
    return this.uow.run(async (repos) => {
      const pending = await this.pending(repos, actor, lookupId, 'choices');
      if (
        !pending ||
        pending.sealed.kind !== 'choices' ||
        !pending.sealed.residentIds.includes(residentId)
      )
        return fail('LOOKUP.EXPIRED');
      const kase = await repos.cases.findOpenForResident(residentId);
      await repos.pendingLookups.delete(lookupId);
      const purpose = pending.sealed.purpose;
      if (!kase) return this.notFound(repos, actor, 'resident', purpose, residentId);
      const access = await this.gate.read(
        repos,
        actor,
        kase,
        'person.lookup',
        { queryKind: 'resident', result: 'found' },
        purpose,
      );
      return ok({ kind: 'answer' as const, answer: await describeOwner(repos, access) });
    });
  }

  private async run(
    repos: Repositories,
    actor: Actor,
    pending: { record: PendingLookupRecord; sealed: Sealed },
    purpose: LookupPurpose,
  ): Promise<Result<LookupOutcome, LookupError>> {
    const { sealed } = pending;
    const found = async (kase: CaseRecord, queryKind: string) => {
      await repos.pendingLookups.delete(pending.record.id);
      const access = await this.gate.read(
        repos,
        actor,
        kase,
        'person.lookup',
        { queryKind, result: 'found' },
        purpose,
      );
      return ok({ kind: 'answer' as const, answer: await describeOwner(repos, access) });
    };
    if (sealed.kind === 'nationalId') {
      const resident = await repos.residents.findByIdHash(sealed.idHash);
      const kase = resident ? await repos.cases.findOpenForResident(resident.id) : null;
      if (kase) return found(kase, 'nationalId');
      await repos.pendingLookups.delete(pending.record.id);
      return this.notFound(repos, actor, 'nationalId', purpose, resident?.id);
    }
    if (sealed.kind !== 'name') return fail('LOOKUP.EXPIRED');
    const cases = await this.casesByName(repos, sealed.name);
    const [only] = cases;
    if (only && cases.length === 1) return found(only.kase, 'name');
    if (cases.length === 0) {
      await repos.pendingLookups.delete(pending.record.id);
      return this.notFound(repos, actor, 'name', purpose);
    }
    // Several people: listed only if the asker's unit works on every one of them; otherwise the
    // asker narrows the search (birth date, number) and learns nothing about the others.
    const listed = await this.gate.listResidents(
      repos,
      actor,
      cases.map((c) => c.kase),
    );
    if (!listed) {
      await repos.pendingLookups.delete(pending.record.id);
      await this.gate.record(repos.audit, actor, {
        action: 'person.lookup',
        outcome: 'denied',
        detail: { queryKind: 'name', result: 'LOOKUP.AMBIGUOUS', purpose: purpose.code },
        purposeNote: purpose.note,
      });
      return fail('LOOKUP.AMBIGUOUS');
    }
    await this.gate.record(repos.audit, actor, {
      action: 'person.lookup',
      outcome: 'ok',
      detail: { queryKind: 'name', result: 'choices', purpose: purpose.code },
      purposeNote: purpose.note,
    });
    const residentIds = cases.map((c) => c.resident.id);
    await repos.pendingLookups.update(pending.record.id, {
      kind: 'choices',
      payload: this.seal({ kind: 'choices', residentIds, purpose }),
      expiresAt: this.expiry(),
    });
    return ok({
      kind: 'choices' as const,
      lookupId: pending.record.id,
      residents: await Promise.all(
        cases.map(async ({ resident: r, kase }) => ({
          residentId: r.id,
          name: r.name,
          birthYear: r.birthDate?.slice(0, 4) ?? null,
          maskedId: r.maskedId,
          reference: kase.reference,
          owningUnitName: (await repos.org.findUnitById(kase.owningUnitId))?.name ?? '',
        })),
      ),
    });
  }

  /**
   * Residents whose name has every word asked for (whole words), with the birth date if given, and
   * an open case.
   */
  private async casesByName(
    repos: Repositories,
    query: NameQuery,
  ): Promise<{ resident: Resident; kase: CaseRecord }[]> {
    // One query through the name index; one hit to spare for a resident listed twice.
    const hits = await repos.residents.searchWithOpenCase(
      query.words.flatMap((w) => w.split('-')),
      query.birthDate ?? null,
      MAX_NAME_MATCHES + 1,
    );
    const cases = new Map(
      (await repos.cases.findManyByIds(hits.map((h) => h.caseId))).map((c) => [c.id, c]),
    );
    const out: { resident: Resident; kase: CaseRecord }[] = [];
    for (const { resident, caseId } of hits) {
      const kase = cases.get(caseId);
      // A resident has at most one open case; if a second one slipped in, list the person once.
      if (kase && !out.some((o) => o.resident.id === resident.id)) out.push({ resident, kase });
    }
    return out.slice(0, MAX_NAME_MATCHES);
  }

  private async notFound(
    repos: Repositories,
    actor: Actor,
    queryKind: string,
    purpose: LookupPurpose,
    residentId?: string,
  ) {
    await this.gate.record(repos.audit, actor, {
      action: 'person.lookup',
      outcome: 'denied',
      residentId: residentId ?? null,
      detail: { queryKind, result: 'LOOKUP.NOT_FOUND', purpose: purpose.code },
      purposeNote: purpose.note,
    });
    return fail('LOOKUP.NOT_FOUND' as const);
  }

  private async pending(
    repos: Repositories,
    actor: Actor,
    lookupId: string,
    kind: PendingLookupRecord['kind'],
  ) {
    const record = lookupId ? await repos.pendingLookups.findById(lookupId) : null;
    if (
      !record ||
      record.staffId !== actor.staff.id ||
      record.kind !== kind ||
      record.expiresAt <= this.clock.now()
    )
      return null;
    const plain = unseal(record.payload, this.options.idSecret);
    return plain ? { record, sealed: JSON.parse(plain) as Sealed } : null;
  }

  /**
   * The actor's leaders (or, without any, the administrators) hear once an hour that lookups were
   * stopped.
   */
  private async tellLeaders(actor: Actor): Promise<void> {
    const people = await this.uow.run(async ({ org }) => {
      const leaders = (await org.listStaffInUnit(actor.unit.id)).filter(
        (s) => isLeader(s) && s.id !== actor.staff.id,
      );
      return leaders.length ? leaders : org.listStaffByRole('admin');
    });
    for (const person of people)
      await this.notifier.toStaff(person.id, {
        kind: 'lookup.throttled',
        staffName: actor.staff.name,
        unitName: actor.unit.name,
        limit: this.gate.settings.lookupLimitPerHour,
      });
  }

  private seal(value: Sealed): string {
    return seal(JSON.stringify(value), this.options.idSecret);
  }

  private expiry(): Date {
    return new Date(this.clock.now().getTime() + PENDING_LOOKUP_MINUTES * 60_000);
  }
}

function checkPurpose(
  purpose: LookupPurpose | null,
): Result<LookupPurpose, 'LOOKUP.PURPOSE_REQUIRED' | 'LOOKUP.PURPOSE_NOTE_REQUIRED'> {
  if (!purpose || !(LOOKUP_PURPOSES as readonly string[]).includes(purpose.code))
    return fail('LOOKUP.PURPOSE_REQUIRED');
  if (
    purpose.code === 'annet' &&
    !(purpose.note && purpose.note.trim().length > 0 && purpose.note.length <= 200)
  )
    return fail('LOOKUP.PURPOSE_NOTE_REQUIRED');
  return ok(purpose);
}

/**
 * The owner answer from what the gate decided: owner facts always, state and content by relation.
 */
async function describeOwner(repos: Repositories, access: CaseAccess): Promise<OwnerAnswer> {
  const { kase } = access;
  const unitName = async (id: string) => ({
    id,
    name: (await repos.org.findUnitById(id))?.name ?? '',
  });
  const coordinator = kase.coordinatorId ? await repos.org.findStaffById(kase.coordinatorId) : null;
  const related = access.may('case.readDetails');
  const open = kase.status === 'open';
  const concerns = related || access.situation.isReporter ? access.concerns : [];
  const hasArrears =
    kase.timeline.firstMissedRentDate !== null ||
    (related && concerns.some((c) => c.rentArrears !== null));
  const unitNames = new Map<string, Promise<{ id: string; name: string }>>();
  const nameOf = (id: string) => {
    let unit = unitNames.get(id);
    if (!unit) unitNames.set(id, (unit = unitName(id)));
    return unit.then((u) => u.name);
  };
  return {
    caseId: kase.id,
    reference: kase.reference,
    owningUnit: await unitName(kase.owningUnitId),
    coordinator: coordinator
      ? { id: coordinator.id, name: coordinator.name, email: coordinator.email }
      : null,
    context: related
      ? {
          level: kase.level,
          status: kase.status,
          since: (await repos.cases.currentOwnership(kase.id))?.startedAt ?? kase.openedAt,
          involvedUnits: await Promise.all(access.involvedUnitIds.map(unitName)),
        }
      : null,
    details: related
      ? {
          resident: mustExist(
            await repos.residents.findById(kase.residentId),
            'resident of a case',
          ),
          timeline: kase.timeline,
          arrearsPaidDate: kase.arrearsPaidDate,
          closedReason: kase.closedReason,
          concerns: await Promise.all(
            concerns.map(async (c) => ({
              concern: c,
              reporterUnitName: await nameOf(c.reporterUnitId),
              textShown: access.mayReadConcernText(c),
            })),
          ),
          events: await Promise.all(
            (await repos.caseEvents.listForCase(kase.id)).map(async (event) => ({
              event,
              recordedByName: (await repos.org.findStaffById(event.recordedById))?.name ?? '',
            })),
          ),
        }
      : null,
    ownConcerns: related
      ? []
      : await Promise.all(
          concerns
            .filter((c) => access.mayReadConcernText(c))
            .map(async (c) => ({
              concern: c,
              reporterUnitName: await nameOf(c.reporterUnitId),
              textShown: true,
            })),
        ),
    breakGlassUntil: access.breakGlassUntil,
    askerIsCoordinator: access.situation.isCoordinator,
    hasPlan: access.plan !== null && access.may('plan.readOwnMeasures'),
    may: {
      take: open && kase.coordinatorId === null && access.may('case.take'),
      handOver: open && access.may('case.handOver'),
      startPlan: open && access.plan === null && access.may('plan.create'),
      changeClassification: open && access.may('case.changeClassification'),
      // Only an open case with reported arrears not yet paid can be marked paid.
      markArrearsPaid:
        open && hasArrears && !kase.arrearsPaidDate && access.may('case.markArrearsPaid'),
      recordEvent: open && access.may('case.recordEvent'),
      close: open && access.may('case.close'),
      grantAccess: open && access.may('case.grantAccess'),
      consent: open && access.may('case.consent'),
      breakGlass: open && access.breakGlassUntil === null && access.may('case.breakGlass'),
    },
  };
}
