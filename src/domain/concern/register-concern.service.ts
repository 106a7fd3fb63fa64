import { attachLivingPlan } from '../goal-plan/attach-living-plan.ts';
import type { AccessGate } from '../access/access-gate.ts';
import type { Actor } from '../actor/actor.ts';
import {
  EMPTY_TIMELINE,
  nextLegalDeadline,
  TIMELINE_DATE_FIELDS,
  type CaseRecord,
  type EvictionTimeline,
  type Resident,
} from '../case/case.ts';
import { hashNationalId } from '../identity/national-id-hash.ts';
import { maskNationalId } from '../identity/national-id.ts';
import { caseCardNotice, UnitChannelCards } from '../channel/unit-channel-cards.ts';
import { acuteNoticeFor, type Delivery, type Notice, type Notifier } from '../notify/notifier.ts';
import {
  isCaseworker,
  isLeader,
  leadsOrCoordinates,
  type Staff,
  type Unit,
  type UnitKind,
} from '../org/org.ts';
import { noCaseChangeListener, type CaseChangeListener } from '../common/case-change-listener.ts';
import type { Clock } from '../common/clock.ts';
import { foldText } from '../common/fold-text.ts';
import { localDate } from '../common/local-date.ts';
import { mustExist } from '../common/must-exist.ts';
import type { Repositories, UnitOfWork } from '../common/unit-of-work.ts';
import {
  concernTypes,
  mainConcernType,
  suggestedLevel,
  type ConcernReport,
  type ConcernType,
} from './concern.ts';
import { reportedTimeline, type ConcernSubject, type ValidConcern } from './concern-form.ts';

/** Where a new case goes when an admin has set no rule: the first unit of this kind. */
/**
 * Where a new case goes when an admin has set no rule: the first unit of this kind. NAV owns
 * what is NAV's duty: shelter tonight (sosialtjenesteloven § 27), økonomisk stønad (§§ 18–19)
 * and the eviction stages (domain review §3, point 1); a lease running out is the housing
 * allocation's.
 */
export const DEFAULT_ROUTING: Readonly<Record<ConcernType, UnitKind>> = {
  akutt: 'nav',
  utkastelsesdato: 'nav',
  namsmann: 'nav',
  varsel: 'nav',
  oppsigelse: 'nav',
  utleiervarsel: 'nav',
  husleierestanse: 'nav',
  kontraktslutt: 'tildeling',
  annet: 'tildeling',
};

/**
 * Units that serve residents and can own a case themselves at nivå 1. Not innfordring (it
 * collects money), not the landlord (bolig: it reports as the landlord) and not 'annet' (admin
 * and other units that do not follow people up).
 */
const CASE_OWNING_UNIT_KINDS: readonly UnitKind[] = [
  'nav',
  'tildeling',
  'helse',
  'rus-psykisk-helse',
  'hjemmetjeneste',
  'flyktning',
];

/**
 * Kongsvinger's nivå 1 (KV p.19): the need is solved "på lavest mulig nivå i egen enhet". A new
 * case stays with the reporter's unit when that unit follows people up (CASE_OWNING_UNIT_KINDS),
 * the suggested level is 1, and nothing reported needs NAV or the tildeling team now: not "uten
 * tak over hodet i natt", no eviction date, no namsmann letter or objection deadline, no § 4-18
 * notice. Everything else is routed as before (`ruting`; acute always to NAV by default). The
 * owner can hand the case over, and raising the level asks the tildeling team.
 */
function staysWithReporterUnit(reporter: Actor, report: ConcernReport): boolean {
  // Acute, legal steps, and the landlord's notice to NAV (husleieloven § 9-11: addressed to
  // NAV) go where routing sends them, whatever the level.
  const needsOthers: readonly ConcernType[] = [
    'akutt',
    'utkastelsesdato',
    'namsmann',
    'varsel',
    'utleiervarsel',
  ];
  return (
    CASE_OWNING_UNIT_KINDS.includes(reporter.unit.kind) &&
    isCaseworker(reporter.staff) &&
    suggestedLevel(report) === 1 &&
    !concernTypes(report).some((t) => needsOthers.includes(t))
  );
}

export interface Registered {
  readonly kase: CaseRecord;
  readonly createdCase: boolean;
  /**
   * Who owns a case this concern opened: the reporter's own unit under the nivå 1 rule
   * (`staysWithReporterUnit`), or the unit routing chose. Null when it joined an open case.
   */
  readonly ownedBy: 'reporter-unit' | 'routing' | null;
  /** True when this submission had already been registered (a second press of "Send"). */
  readonly duplicate: boolean;
  readonly owningUnit: Unit;
  readonly coordinator: Staff | null;
  readonly deadline: string | null;
  /**
   * Units told about it besides the owner: whether each was reached, or is kept in the notice
   * outbox to be tried again.
   */
  readonly alerted: readonly {
    readonly unitName: string;
    readonly delivered: boolean;
    readonly retrying: boolean;
  }[];
  readonly ownerChannelReached: boolean;
  /** Nobody in the owning unit was reached now, but Husly tries its channel again. */
  readonly ownerRetrying: boolean;
  /** For "uten tak over hodet i natt": who was told at once (null for any other concern). */
  readonly acuteAlert: AcuteAlert | null;
  /**
   * The person's living målplan stayed with another unit (outside the resident's consent for the
   * new owner): that unit was told, so it can move the plan with the resident.
   */
  readonly planHeldBy: { readonly unitName: string; readonly delivered: boolean } | null;
}

/** The unit that has the person's living plan, and the case it hangs on. */
interface PlanHolder {
  readonly unitId: string;
  readonly unitName: string;
  readonly reference: string;
}

export interface AcuteAlert {
  /** The owning unit's channel got the acute card. */
  readonly channelReached: boolean;
  /** The channel was not reached now, and Husly tries again. */
  readonly channelRetrying: boolean;
  /**
   * The unit's leaders (without the channel, its coordinators too):
   * was each one reached, or will Husly try again?
   */
  readonly people: readonly {
    readonly name: string;
    readonly delivered: boolean;
    readonly retrying: boolean;
  }[];
}

/**
 * Registers a bekymring: attaches it to the resident's open case or opens one (routed by what
 * was reported), then tells the owning unit (no personal data in the channel), the
 * coordinator, and every other unit already involved; "uten tak over hodet i natt" also goes
 * to the owning unit's leaders at once. Storing happens in one transaction; telling happens
 * after it, and a failed message never undoes the registration.
 */
export class RegisterConcernService {
  private readonly channelCards: UnitChannelCards;

  constructor(
    private readonly uow: UnitOfWork,
    private readonly gate: AccessGate,
    private readonly notifier: Notifier,
    private readonly clock: Clock,
    private readonly options: { readonly idSecret: string; readonly timeZone: string },
    private readonly listener: CaseChangeListener = noCaseChangeListener,
  ) {
    this.channelCards = new UnitChannelCards(uow, notifier, clock, options.timeZone);
  }

  async register(actor: Actor, concern: ValidConcern, submissionId: string): Promise<Registered> {
    const stored = await this.uow.run((repos) => this.store(repos, actor, concern, submissionId));
    if (stored.duplicate)
      return {
        ...stored,
        alerted: [],
        ownerChannelReached: true,
        ownerRetrying: false,
        acuteAlert: null,
        planHeldBy: null,
      };
    await this.listener.caseChanged(stored.kase.id);

    const { kase, owningUnit, coordinator, deadline, residentName, maskedId, alertUnits } = stored;
    const types = concernTypes(concern.report);
    // The owning unit's channel gets the case's card ("Ta saken" until taken): for "uten tak
    // over hodet i natt" (this concern, or the case's still) the acute card, and for this
    // concern the unit's leaders are told at once as well.
    const acute = concern.report.acute;
    const card = acute
      ? acuteNoticeFor(kase, owningUnit.name, coordinator?.name ?? null)
      : caseCardNotice(kase, owningUnit.name, coordinator?.name ?? null, {
          today: localDate(this.clock.now(), this.options.timeZone),
          isNewCase: stored.createdCase,
        });
    // One event per registration: a notice is written (and sent) once per kind and recipient.
    const event = `concern:${actor.staff.id}:${submissionId}`;
    const channel = await this.channelCards.post(owningUnit.id, kase.id, card, event);
    const acuteAlert = acute
      ? await this.alertAtOnce(actor, owningUnit.id, card, channel, event)
      : null;
    // Without the channel now, the unit's leaders and coordinators are told in person.
    const toOwner =
      acuteAlert || channel.delivered
        ? channel
        : await this.toPeople(owningUnit.id, card, event, channel);
    const ownerChannelReached = acuteAlert
      ? channel.delivered || acuteAlert.people.some((p) => p.delivered)
      : toOwner.delivered;
    const ownerRetrying =
      !ownerChannelReached &&
      (channel.retrying === true || (acuteAlert?.people.some((p) => p.retrying) ?? false));
    if (coordinator && coordinator.id !== actor.staff.id)
      await this.notifier.toStaff(
        coordinator.id,
        {
          kind: 'case.forCoordinator',
          caseId: kase.id,
          reference: kase.reference,
          residentName,
          maskedId,
          concernTypes: types,
          reporterUnitName: actor.unit.name,
          deadline,
          level: kase.level,
        },
        event,
      );
    const alerted = [];
    for (const unit of alertUnits) {
      const delivery = await this.toUnit(
        unit.id,
        {
          kind: 'case.involvedAlert',
          reference: kase.reference,
          concernTypes: types,
          owningUnitName: owningUnit.name,
          deadline,
        },
        event,
      );
      alerted.push({
        unitName: unit.name,
        delivered: delivery.delivered,
        retrying: delivery.retrying === true,
      });
    }
    const planHeldBy = await this.toPlanHolder(actor, stored, event);
    return { ...stored, alerted, ownerChannelReached, ownerRetrying, acuteAlert, planHeldBy };
  }

  /**
   * The person's living plan stayed with the unit that has it: that unit hears of the new case,
   * so nobody follows the person up without the plan they have (unless the reporter is there).
   */
  private async toPlanHolder(
    actor: Actor,
    stored: { kase: CaseRecord; owningUnit: Unit; planHolder: PlanHolder | null },
    event: string,
  ): Promise<Registered['planHeldBy']> {
    const holder = stored.planHolder;
    if (!holder || holder.unitId === actor.unit.id) return null;
    const delivery = await this.toUnit(
      holder.unitId,
      {
        kind: 'plan.newCaseElsewhere',
        planReference: holder.reference,
        newReference: stored.kase.reference,
        newOwningUnitName: stored.owningUnit.name,
      },
      event,
    );
    return { unitName: holder.unitName, delivered: delivery.delivered };
  }

  /**
   * "Uten tak over hodet i natt": each leader of the owning unit is told personally at once,
   * whether or not the channel was reached (without it, the unit's coordinators too), so the
   * person is not left waiting on someone reading a channel. The reporter already knows.
   */
  private async alertAtOnce(
    actor: Actor,
    unitId: string,
    notice: Notice,
    channel: Delivery,
    event: string,
  ): Promise<AcuteAlert> {
    const staff = await this.uow.run(({ org }) => org.listStaffInUnit(unitId));
    const people = staff.filter(
      (s) => s.id !== actor.staff.id && (channel.delivered ? isLeader(s) : leadsOrCoordinates(s)),
    );
    const told = [];
    for (const person of people) {
      const delivery = await this.notifier.toStaff(person.id, notice, event);
      told.push({
        name: person.name,
        delivered: delivery.delivered,
        retrying: delivery.retrying === true,
      });
    }
    return {
      channelReached: channel.delivered,
      channelRetrying: channel.retrying === true,
      people: told,
    };
  }

  /**
   * A unit is reached in its linked channel; without one (or if it fails), its leaders and
   * coordinators are told personally, so nothing depends on an admin having linked a channel.
   */
  private async toUnit(unitId: string, notice: Notice, event: string): Promise<Delivery> {
    const channel = await this.notifier.toUnitChannel(unitId, notice, event);
    return channel.delivered ? channel : this.toPeople(unitId, notice, event, channel);
  }

  /**
   * The unit's leaders and coordinators, personally: the first delivery; else one Husly will
   * try again (the channel's or a person's); else `failed`.
   */
  private async toPeople(
    unitId: string,
    notice: Notice,
    event: string,
    failed: Delivery,
  ): Promise<Delivery> {
    const people = (await this.uow.run(({ org }) => org.listStaffInUnit(unitId))).filter(
      leadsOrCoordinates,
    );
    let reached: Delivery = failed;
    for (const person of people) {
      const delivery = await this.notifier.toStaff(person.id, notice, event);
      if (delivery.delivered && !reached.delivered) reached = delivery;
      else if (delivery.retrying && !reached.delivered && !reached.retrying) reached = delivery;
    }
    return reached;
  }

  private async store(
    repos: Repositories,
    actor: Actor,
    concern: ValidConcern,
    submissionId: string,
  ) {
    const now = this.clock.now();
    const today = localDate(now, this.options.timeZone);
    // A second press of "Send" finds the first registration and changes nothing. The form id
    // is the client's, so it only ever matches the same reporter's own concern.
    const earlier = await repos.concerns.findBySubmissionId(actor.staff.id, submissionId);
    const earlierCase = earlier ? await repos.cases.findById(earlier.caseId) : null;
    let resident: Resident | null;
    let kase: CaseRecord;
    let createdCase = false;
    let ownedBy: Registered['ownedBy'] = null;
    let planHolder: PlanHolder | null = null;
    if (earlierCase) {
      resident = await repos.residents.findById(earlierCase.residentId);
      kase = earlierCase;
    } else {
      const subject = await this.findOrCreateResident(repos, concern.subject);
      resident = subject;
      const open = await repos.cases.findOpenForResident(subject.id);
      if (!open) {
        createdCase = !earlier;
        ownedBy = staysWithReporterUnit(actor, concern.report) ? 'reporter-unit' : 'routing';
        const owningUnitId =
          ownedBy === 'reporter-unit'
            ? actor.unit.id
            : await this.route(repos, concern.report, actor);
        const reference = await repos.cases.nextReference(Number(today.slice(0, 4)));
        kase = await repos.cases.create(reference, {
          residentId: subject.id,
          category: concern.report.category,
          subcategory: concern.report.subcategory,
          level: suggestedLevel(concern.report),
          owningUnitId,
          openedAt: now,
          timeline: mergeTimeline(null, concern.report, today),
        });
        // The person's living målplan (from an earlier, closed case) follows them here.
        const attachment = await attachLivingPlan(repos, subject.id, kase, now);
        if (attachment.kind === 'held-elsewhere') {
          const { owningUnitId, reference } = attachment.heldOn;
          const unit = await repos.org.findUnitById(owningUnitId);
          planHolder = { unitId: owningUnitId, unitName: unit?.name ?? '', reference };
        }
        if (attachment.kind === 'attached')
          await this.gate.record(repos.audit, actor, {
            action: 'plan.attached',
            outcome: 'ok',
            caseId: kase.id,
            residentId: subject.id,
            detail: { cause: 'concern' },
          });
      } else if (!earlier) {
        // New arrears reported after a payment: the arrears follow-up starts again.
        const arrearsAgain =
          concern.report.rentArrears && open.arrearsPaidDate ? { arrearsPaidDate: null } : {};
        kase = await repos.cases.update(open.id, {
          timeline: mergeTimeline(open.timeline, concern.report, today),
          ...arrearsAgain,
        });
      } else kase = open;
    }
    // Units already working on the case (not the owner, not the reporter) are the ones to alert.
    // Reporting does not make the reporter's unit involved: the owner grants that.
    const before = await this.gate.involvedUnits(repos, kase);
    if (!earlier) {
      const consentId = concern.consent
        ? await this.recordConsent(repos, actor, kase.id, concern.consent, today)
        : null;
      await repos.concerns.add({
        ...concern.report,
        consentId,
        submissionId,
        caseId: kase.id,
        reporterId: actor.staff.id,
        reporterUnitId: actor.unit.id,
        createdAt: now,
      });
      await this.gate.record(repos.audit, actor, {
        action: 'concern.register',
        outcome: 'ok',
        caseId: kase.id,
        residentId: kase.residentId,
        detail: {
          createdCase,
          main: mainConcernType(concern.report),
          basis: concern.report.sharingBasis,
          audience: actor.audience ?? 'personal',
        },
      });
    }
    const alertIds = before.filter((id) => id !== kase.owningUnitId && id !== actor.unit.id);
    return {
      kase,
      createdCase,
      ownedBy,
      duplicate: earlier !== null,
      owningUnit: mustExist(
        await repos.org.findUnitById(kase.owningUnitId),
        'owning unit of a case',
      ),
      coordinator: kase.coordinatorId ? await repos.org.findStaffById(kase.coordinatorId) : null,
      deadline: nextLegalDeadline(kase.timeline, today),
      residentName: resident?.name ?? '',
      maskedId: resident?.maskedId ?? null,
      planHolder,
      alertUnits: (await Promise.all(alertIds.map((id) => repos.org.findUnitById(id)))).filter(
        (u): u is Unit => u !== null,
      ),
    };
  }

  /**
   * The consent the reporter recorded with the concern:
   * a record on the case, in force until withdrawn.
   */
  private async recordConsent(
    repos: Repositories,
    actor: Actor,
    caseId: string,
    consent: NonNullable<ValidConcern['consent']>,
    today: string,
  ): Promise<string> {
    const units = await repos.org.listUnits();
    const unitIds = consent.unitKeys
      .map((key) => units.find((u) => u.key === key)?.id)
      .filter((id): id is string => id !== undefined);
    const stored = await repos.consents.add({
      caseId,
      unitIds,
      givenDate: today,
      form: consent.form,
      source: 'concern',
      recordedById: actor.staff.id,
      recordedAt: this.clock.now(),
    });
    return stored.id;
  }

  /** By identity hash; without a number, by exact name and birth date — never by name alone. */
  private async findOrCreateResident(repos: Repositories, subject: ConcernSubject) {
    if (subject.kind === 'nationalId') {
      const idHash = hashNationalId(subject.id, this.options.idSecret);
      const details = {
        maskedId: maskNationalId(subject.id),
        name: subject.name ?? '',
        birthDate: subject.id.birthDate,
      };
      const known = await repos.residents.findByIdHash(idHash);
      // Retention keeps only the keyed hash of someone whose old
      // case was anonymised: a new concern brings the rest back.
      if (known && known.maskedId === null) return repos.residents.restore(known.id, details);
      return known ?? repos.residents.create({ idHash, ...details });
    }
    const folded = foldText(subject.name);
    const same = (await repos.residents.searchByName(folded, 20)).find(
      (r) =>
        foldText(r.name) === folded && r.birthDate === subject.birthDate && r.maskedId === null,
    );
    return (
      same ??
      repos.residents.create({
        idHash: null,
        maskedId: null,
        name: subject.name,
        birthDate: subject.birthDate,
      })
    );
  }

  private async route(repos: Repositories, report: ConcernReport, actor: Actor): Promise<string> {
    const type = mainConcernType(report);
    const ruled = await repos.routing.unitFor(type);
    if (ruled && (await repos.org.findUnitById(ruled))) return ruled;
    const byKind = (await repos.org.listUnits()).find((u) => u.kind === DEFAULT_ROUTING[type]);
    return byKind?.id ?? actor.unit.id;
  }
}

/**
 * Later reports overwrite earlier dates; a report that does not mention a date keeps the old one.
 */
function mergeTimeline(
  current: EvictionTimeline | null,
  r: ConcernReport,
  today: string,
): EvictionTimeline {
  const was = current ?? EMPTY_TIMELINE;
  // The same dates the receipt repeated to the reporter: what they confirmed is what is stored.
  const reported = reportedTimeline(r, today);
  const merged: { -readonly [K in keyof EvictionTimeline]: EvictionTimeline[K] } = {
    ...was,
    evictionHappened: r.eviction ? r.eviction.happened : was.evictionHappened,
  };
  for (const field of TIMELINE_DATE_FIELDS) merged[field] = reported[field] ?? was[field];
  return merged;
}
