import type { Actor } from '../actor/actor.ts';
import type { CaseRecord } from '../case/case.ts';
import { isIsoDate } from '../common/calendar-date.ts';
import type { Clock } from '../common/clock.ts';
import { localDate } from '../common/local-date.ts';
import { fail, ok, type Result } from '../common/result.ts';
import type { UnitOfWork } from '../common/unit-of-work.ts';
import type { Unit } from '../org/org.ts';
import type { AccessGate } from './access-gate.ts';
import { carriedConsents, isConsentForm, type CaseConsent } from './consent.ts';

type Loaded = 'CASE.NOT_FOUND' | 'CASE.CLOSED' | 'ACCESS.DENIED';
export type ConsentFieldError =
  'REQUIRED' | 'CHOICE' | 'DATE_FORMAT' | 'DATE_IN_FUTURE' | 'DATE_TOO_OLD';
export type ConsentDraft = Partial<Record<'consentUnitKeys' | 'givenDate' | 'form', string>>;

export interface ConsentOverview {
  readonly kase: CaseRecord;
  /** Every consent, withdrawn ones included (the history the owner sees). */
  readonly consents: readonly CaseConsent[];
  readonly units: readonly Unit[];
  readonly staffNames: Readonly<Record<string, string>>;
}

const YEARS_BACK = 10;

/**
 * "samtykke 2026-0004": the owning unit records the resident's consent to share with named
 * units (scope, date, written or oral, who recorded it) and withdraws it when the resident
 * does. Concerns shared "med samtykke" and the målplan follow it from that moment.
 */
export class ConsentService {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly gate: AccessGate,
    private readonly clock: Clock,
    private readonly timeZone: string,
  ) {}

  overview(
    actor: Actor,
    target: { reference?: string; caseId?: string },
  ): Promise<Result<ConsentOverview, Loaded>> {
    return this.uow.run(async (repos) => {
      const byRef = target.reference ? await repos.cases.findByReference(target.reference) : null;
      const allowed = await this.gate.authorizeOpen(
        repos,
        actor,
        byRef?.id ?? target.caseId ?? '',
        'case.consent',
        { orLivingPlan: true },
      );
      if (!allowed.ok) return allowed;
      const { kase, plan } = allowed.value;
      // With the consents given with the person's målplan on earlier cases: withdrawn from here.
      const here = await repos.consents.listForCase(kase.id);
      const consents = [...(await carriedConsents(repos.consents, plan, kase.id)), ...here];
      const staffNames: Record<string, string> = {};
      for (const id of consents.flatMap((c) => [c.recordedById, c.withdrawnById]))
        if (id && !staffNames[id]) staffNames[id] = (await repos.org.findStaffById(id))?.name ?? '';
      await this.gate.done(repos, actor, allowed.value, 'consent.read');
      return ok({ kase, consents, units: await repos.org.listUnits(), staffNames });
    });
  }

  record(
    actor: Actor,
    caseId: string,
    draft: ConsentDraft,
  ): Promise<
    | Result<CaseConsent, Loaded>
    | {
        ok: false;
        code: 'CONSENT.INVALID';
        errors: Partial<Record<keyof ConsentDraft, ConsentFieldError>>;
      }
  > {
    return this.uow.run(async (repos) => {
      const allowed = await this.gate.authorizeOpen(repos, actor, caseId, 'case.consent', {
        orLivingPlan: true,
      });
      if (!allowed.ok) return allowed;
      const units = await repos.org.listUnits();
      const errors: Partial<Record<keyof ConsentDraft, ConsentFieldError>> = {};
      const keys = [
        ...new Set(
          (draft.consentUnitKeys ?? '')
            .split(',')
            .map((k) => k.trim())
            .filter(Boolean),
        ),
      ];
      // Looked up once: the ids stored are those of the keys checked here (an unknown key, none).
      const unitIds = keys.flatMap((k) => units.find((u) => u.key === k)?.id ?? []);
      if (keys.length === 0) errors.consentUnitKeys = 'REQUIRED';
      else if (unitIds.length < keys.length) errors.consentUnitKeys = 'CHOICE';
      const today = localDate(this.clock.now(), this.timeZone);
      const date = (draft.givenDate ?? '').trim();
      if (!date) errors.givenDate = 'REQUIRED';
      else if (!isIsoDate(date)) errors.givenDate = 'DATE_FORMAT';
      else if (date > today) errors.givenDate = 'DATE_IN_FUTURE';
      else if (date < `${Number(today.slice(0, 4)) - YEARS_BACK}${today.slice(4)}`)
        errors.givenDate = 'DATE_TOO_OLD';
      const form = (draft.form ?? '').trim();
      if (!form) errors.form = 'REQUIRED';
      else if (!isConsentForm(form)) errors.form = 'CHOICE';
      if (Object.keys(errors).length > 0 || !isConsentForm(form))
        return { ok: false as const, code: 'CONSENT.INVALID' as const, errors };
      const consent = await repos.consents.add({
        caseId: allowed.value.kase.id,
        unitIds,
        givenDate: date,
        form,
        source: 'case',
        planId: allowed.value.plan?.status === 'active' ? allowed.value.plan.id : null,
        recordedById: actor.staff.id,
        recordedAt: this.clock.now(),
      });
      await this.gate.done(repos, actor, allowed.value, 'consent.record', {
        units: consent.unitIds.length,
      });
      return ok(consent);
    });
  }

  /** The resident withdrew it: in force no more, from now. The record stays (history). */
  withdraw(
    actor: Actor,
    caseId: string,
    consentId: string,
  ): Promise<Result<CaseRecord, Loaded | 'CONSENT.NOT_FOUND'>> {
    return this.uow.run(async (repos) => {
      const allowed = await this.gate.authorizeOpen(repos, actor, caseId, 'case.consent', {
        orLivingPlan: true,
      });
      if (!allowed.ok) return allowed;
      const consent = consentId ? await repos.consents.findById(consentId) : null;
      const plan = allowed.value.plan;
      // This case's own consents, and those its målplan carries from the person's earlier cases.
      const ours =
        consent !== null &&
        (consent.caseId === allowed.value.kase.id || (plan !== null && consent.planId === plan.id));
      if (!consent || !ours) return fail('CONSENT.NOT_FOUND');
      if (!(await repos.consents.withdraw(consent.id, actor.staff.id, this.clock.now())))
        return fail('CONSENT.NOT_FOUND');
      await this.gate.done(repos, actor, allowed.value, 'consent.withdraw');
      return ok(allowed.value.kase);
    });
  }
}
