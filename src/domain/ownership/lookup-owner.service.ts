import { mayAct } from '../access/case-access.ts';
import { caseSituation } from '../access/case-relation.ts';
import type { Actor } from '../actor/actor.ts';
import type { CaseLevel, CaseRecord, CaseStatus, CloseReason, EvictionTimeline, Resident } from '../case/case.ts';
import type { StoredConcern } from '../concern/concern.ts';
import { hashNationalId } from '../identity/national-id-hash.ts';
import { parseNationalId, type NationalIdError } from '../identity/national-id.ts';
import type { Clock } from '../common/clock.ts';
import { foldText } from '../common/fold-text.ts';
import { fail, ok, type Result } from '../common/result.ts';
import type { Repositories, UnitOfWork } from '../common/unit-of-work.ts';

export type LookupQuery =
  | { readonly kind: 'reference'; readonly reference: string }
  | { readonly kind: 'nationalId'; readonly input: string }
  | { readonly kind: 'name'; readonly name: string }
  /** A resident picked from a name search. */
  | { readonly kind: 'resident'; readonly residentId: string };

export const LOOKUP_PURPOSES = ['ny-bekymring', 'samarbeid-tiltak', 'henvendelse-beboer', 'annet'] as const;
export type LookupPurposeCode = (typeof LOOKUP_PURPOSES)[number];
export interface LookupPurpose {
  readonly code: LookupPurposeCode;
  /** Required for 'annet'; at most 200 characters. */
  readonly note?: string;
}

export interface CaseDetails {
  readonly resident: Resident;
  readonly timeline: EvictionTimeline;
  readonly arrearsPaidDate: string | null;
  readonly closedReason: CloseReason | null;
  readonly concerns: readonly StoredConcern[];
}

/** Who owns a case. `details` only for someone whose unit works on the case. */
export interface OwnerAnswer {
  readonly caseId: string;
  readonly reference: string;
  readonly level: CaseLevel;
  readonly status: CaseStatus;
  readonly owningUnit: { readonly id: string; readonly name: string };
  readonly coordinator: { readonly id: string; readonly name: string; readonly email: string } | null;
  readonly since: Date;
  readonly involvedUnits: readonly { readonly id: string; readonly name: string }[];
  readonly details: CaseDetails | null;
  readonly hasPlan: boolean;
  readonly may: {
    readonly handOver: boolean;
    readonly startPlan: boolean;
    readonly changeClassification: boolean;
    readonly markArrearsPaid: boolean;
    readonly close: boolean;
  };
}

export interface ResidentChoice {
  readonly residentId: string;
  readonly name: string;
  readonly birthYear: string | null;
  readonly maskedId: string | null;
}

export type LookupOutcome =
  | { readonly kind: 'answer'; readonly answer: OwnerAnswer }
  | { readonly kind: 'choices'; readonly residents: readonly ResidentChoice[] };

export type LookupError =
  | NationalIdError
  | 'LOOKUP.NOT_FOUND'
  | 'LOOKUP.PURPOSE_REQUIRED'
  | 'LOOKUP.PURPOSE_NOTE_REQUIRED'
  | 'LOOKUP.NAME_TOO_SHORT';

export const MAX_NAME_MATCHES = 5;

/**
 * "Hvem eier saken?" Anyone registered may ask; the answer shows case content only to staff
 * whose unit works on the case. Looking a person up (by number or name) needs a stated
 * purpose. Every lookup, found or not, is audited: never with the number itself.
 */
export class LookupOwnerService {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly clock: Clock,
    private readonly options: { readonly idSecret: string; readonly allowSyntheticIds: boolean },
  ) {}

  lookup(actor: Actor, query: LookupQuery, purpose: LookupPurpose | null): Promise<Result<LookupOutcome, LookupError>> {
    return this.uow.run(async (repos) => {
      const audit = (outcome: string, extra: { caseId?: string; residentId?: string } = {}) =>
        repos.audit.record({
          at: this.clock.now(),
          action: 'case.lookup',
          outcome: outcome === 'found' ? 'ok' : 'denied',
          actorStaffId: actor.staff.id,
          tenantId: actor.tenantId,
          caseId: extra.caseId ?? null,
          residentId: extra.residentId ?? null,
          detail: { queryKind: query.kind, result: outcome, ...(purpose ? { purpose: purpose.code } : {}) },
          purposeNote: purpose?.code === 'annet' ? purpose.note : undefined,
        });

      if (query.kind !== 'reference') {
        const purposeProblem = checkPurpose(purpose);
        if (purposeProblem) {
          await audit(purposeProblem);
          return fail(purposeProblem);
        }
      }
      const found = await this.findCase(repos, query);
      if (!found.ok) {
        await audit(found.code, found.residentId ? { residentId: found.residentId } : {});
        return fail(found.code);
      }
      if (found.value.kind === 'choices') {
        await audit('choices');
        for (const r of found.value.residents)
          await repos.audit.record({
            at: this.clock.now(),
            action: 'resident.listed',
            outcome: 'ok',
            actorStaffId: actor.staff.id,
            tenantId: actor.tenantId,
            residentId: r.residentId,
            detail: { queryKind: 'name', ...(purpose ? { purpose: purpose.code } : {}) },
            purposeNote: purpose?.code === 'annet' ? purpose.note : undefined,
          });
        return ok(found.value);
      }
      const kase = found.value.kase;
      await audit('found', { caseId: kase.id, residentId: kase.residentId });
      return ok({ kind: 'answer' as const, answer: await describeOwner(repos, actor, kase) });
    });
  }

  /** The owner answer by reference, for commands that name a case ("målplan 2026-0004"). Audited. */
  byReference(actor: Actor, reference: string): Promise<OwnerAnswer | null> {
    return this.open(actor, (repos) => repos.cases.findByReference(reference));
  }

  /** The owner answer for a case the actor is already working from (a button on a card). Audited. */
  byCaseId(actor: Actor, caseId: string): Promise<OwnerAnswer | null> {
    return this.open(actor, (repos) => repos.cases.findById(caseId));
  }

  private open(actor: Actor, find: (repos: Repositories) => Promise<CaseRecord | null>): Promise<OwnerAnswer | null> {
    return this.uow.run(async (repos) => {
      const kase = await find(repos);
      if (!kase) return null;
      await repos.audit.record({ at: this.clock.now(), action: 'case.open', outcome: 'ok', actorStaffId: actor.staff.id, tenantId: actor.tenantId, caseId: kase.id, residentId: kase.residentId });
      return describeOwner(repos, actor, kase);
    });
  }

  private async findCase(
    repos: Repositories,
    query: LookupQuery,
  ): Promise<
    | { ok: true; value: { kind: 'case'; kase: CaseRecord } | { kind: 'choices'; residents: ResidentChoice[] } }
    | { ok: false; code: LookupError; residentId?: string }
  > {
    const openCaseOf = async (residentId: string) => {
      const kase = await repos.cases.findOpenForResident(residentId);
      return kase ? { ok: true as const, value: { kind: 'case' as const, kase } } : { ok: false as const, code: 'LOOKUP.NOT_FOUND' as const, residentId };
    };
    switch (query.kind) {
      case 'reference': {
        const kase = await repos.cases.findByReference(query.reference);
        return kase ? { ok: true, value: { kind: 'case', kase } } : { ok: false, code: 'LOOKUP.NOT_FOUND' };
      }
      case 'nationalId': {
        const id = parseNationalId(query.input, { allowSynthetic: this.options.allowSyntheticIds });
        if (!id.ok) return { ok: false, code: id.code };
        const resident = await repos.residents.findByIdHash(hashNationalId(id.value, this.options.idSecret));
        return resident ? openCaseOf(resident.id) : { ok: false, code: 'LOOKUP.NOT_FOUND' };
      }
      case 'resident':
        return openCaseOf(query.residentId);
      case 'name': {
        const folded = foldText(query.name);
        if (folded.replace(/\s/g, '').length < 2) return { ok: false, code: 'LOOKUP.NAME_TOO_SHORT' };
        // Only residents with an open case are listed: the list then reveals no more than the answer would.
        const residents: ResidentChoice[] = [];
        for (const r of await repos.residents.searchByName(folded, 50)) {
          if (residents.length === MAX_NAME_MATCHES) break;
          if (await repos.cases.findOpenForResident(r.id))
            residents.push({ residentId: r.id, name: r.name, birthYear: r.birthDate?.slice(0, 4) ?? null, maskedId: r.maskedId });
        }
        return residents.length > 0 ? { ok: true, value: { kind: 'choices', residents } } : { ok: false, code: 'LOOKUP.NOT_FOUND' };
      }
    }
  }
}

function checkPurpose(purpose: LookupPurpose | null): 'LOOKUP.PURPOSE_REQUIRED' | 'LOOKUP.PURPOSE_NOTE_REQUIRED' | null {
  if (!purpose || !(LOOKUP_PURPOSES as readonly string[]).includes(purpose.code)) return 'LOOKUP.PURPOSE_REQUIRED';
  if (purpose.code === 'annet' && !(purpose.note && purpose.note.trim().length > 0 && purpose.note.length <= 200))
    return 'LOOKUP.PURPOSE_NOTE_REQUIRED';
  return null;
}

/** The owner answer for a case, with details only where the actor's unit works on it. */
export async function describeOwner(repos: Repositories, actor: Actor, kase: CaseRecord): Promise<OwnerAnswer> {
  const involvements = await repos.cases.involvements(kase.id);
  const situation = caseSituation(actor, kase, involvements);
  const unitName = async (id: string) => ({ id, name: (await repos.org.findUnitById(id))?.name ?? '' });
  const coordinator = kase.coordinatorId ? await repos.org.findStaffById(kase.coordinatorId) : null;
  const period = await repos.cases.currentOwnership(kase.id);
  const mayReadDetails = mayAct('case.readDetails', situation);
  // Concerns are case content: read only for someone who may see them (everyone who may mark the arrears paid may).
  const concerns = mayReadDetails ? await repos.concerns.listForCase(kase.id) : [];
  const open = kase.status === 'open';
  const hasArrears = kase.timeline.firstMissedRentDate !== null || concerns.some((c) => c.rentArrears !== null);
  const details = mayReadDetails
    ? {
        resident: (await repos.residents.findById(kase.residentId))!,
        timeline: kase.timeline,
        arrearsPaidDate: kase.arrearsPaidDate,
        closedReason: kase.closedReason,
        concerns,
      }
    : null;
  return {
    caseId: kase.id,
    reference: kase.reference,
    level: kase.level,
    status: kase.status,
    owningUnit: await unitName(kase.owningUnitId),
    coordinator: coordinator ? { id: coordinator.id, name: coordinator.name, email: coordinator.email } : null,
    since: period?.startedAt ?? kase.openedAt,
    involvedUnits: await Promise.all(involvements.map((i) => unitName(i.unitId))),
    details,
    hasPlan: (await repos.plans.findByCaseId(kase.id)) !== null,
    may: {
      handOver: mayAct('case.handOver', situation),
      startPlan: mayAct('plan.create', situation),
      changeClassification: mayAct('case.changeClassification', situation),
      // Only an open case with reported arrears not yet paid can be marked paid.
      markArrearsPaid: open && hasArrears && !kase.arrearsPaidDate && mayAct('case.markArrearsPaid', situation),
      close: open && mayAct('case.close', situation),
    },
  };
}
