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
import { isLeader, leadsOrCoordinates, type Staff, type Unit, type UnitKind } from '../org/org.ts';
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

export interface Registered {
  readonly kase: CaseRecord;
  readonly createdCase: boolean;
  /** True when this submission had already been registered (a second press of "Send"). */
  readonly duplicate: boolean;
  readonly owningUnit: Unit;
  readonly coordinator: Staff | null;
  readonly deadline: string | null;
  /** Units told about it besides the owner, and whether each was reached. */
  readonly alerted: readonly { readonly unitName: string; readonly delivered: boolean }[];
  readonly ownerChannelReached: boolean;
  /** For "uten tak over hodet i natt": who was told at once (null for any other concern). */
  readonly acuteAlert: AcuteAlert | null;
}

export interface AcuteAlert {
  /** The owning unit's channel got the acute card. */
  readonly channelReached: boolean;
  /** The unit's leaders (without the channel, its coordinators too): was each one reached? */
  readonly people: readonly { readonly name: string; readonly delivered: boolean }[];
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
      return { ...stored, alerted: [], ownerChannelReached: true, acuteAlert: null };
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
    const channel = await this.channelCards.post(owningUnit.id, kase.id, card);
    const acuteAlert = acute ? await this.alertAtOnce(actor, owningUnit.id, card, channel) : null;
    const ownerChannelReached = acuteAlert
      ? channel.delivered || acuteAlert.people.some((p) => p.delivered)
      : channel.delivered || (await this.toPeople(owningUnit.id, card)).delivered;
    if (coordinator && coordinator.id !== actor.staff.id)
      await this.notifier.toStaff(coordinator.id, {
        kind: 'case.forCoordinator',
        caseId: kase.id,
        reference: kase.reference,
        residentName,
        maskedId,
        concernTypes: types,
        reporterUnitName: actor.unit.name,
        deadline,
        level: kase.level,
      });
    const alerted = [];
    for (const unit of alertUnits) {
      const delivery = await this.toUnit(unit.id, {
        kind: 'case.involvedAlert',
        reference: kase.reference,
        concernTypes: types,
        owningUnitName: owningUnit.name,
        deadline,
      });
      alerted.push({ unitName: unit.name, delivered: delivery.delivered });
    }
    return { ...stored, alerted, ownerChannelReached, acuteAlert };
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
  ): Promise<AcuteAlert> {
    const staff = await this.uow.run(({ org }) => org.listStaffInUnit(unitId));
    const people = staff.filter(
      (s) => s.id !== actor.staff.id && (channel.delivered ? isLeader(s) : leadsOrCoordinates(s)),
    );
    const told = [];
    for (const person of people)
      told.push({
        name: person.name,
        delivered: (await this.notifier.toStaff(person.id, notice)).delivered,
      });
    return { channelReached: channel.delivered, people: told };
  }

  /**
   * A unit is reached in its linked channel; without one (or if it fails), its leaders and
   * coordinators are told personally, so nothing depends on an admin having linked a channel.
   */
  private async toUnit(unitId: string, notice: Notice): Promise<Delivery> {
    const channel = await this.notifier.toUnitChannel(unitId, notice);
    return channel.delivered ? channel : this.toPeople(unitId, notice, channel);
  }

  /** The unit's leaders and coordinators, personally: the first delivery, or `failed`. */
  private async toPeople(
    unitId: string,
    notice: Notice,
    failed: Delivery = { delivered: false, reason: 'no-channel' },
  ): Promise<Delivery> {
    const people = (await this.uow.run(({ org }) => org.listStaffInUnit(unitId))).filter(
      leadsOrCoordinates,
    );
    let reached: Delivery = failed;
    for (const person of people) {
      const delivery = await this.notifier.toStaff(person.id, notice);
      if (delivery.delivered && !reached.delivered) reached = delivery;
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
    if (earlierCase) {
      resident = await repos.residents.findById(earlierCase.residentId);
      kase = earlierCase;
    } else {
      const subject = await this.findOrCreateResident(repos, concern.subject);
      resident = subject;
      const open = await repos.cases.findOpenForResident(subject.id);
      if (!open) {
        createdCase = !earlier;
        const owningUnitId = await this.route(repos, concern.report, actor);
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
      duplicate: earlier !== null,
      owningUnit: mustExist(
        await repos.org.findUnitById(kase.owningUnitId),
        'owning unit of a case',
      ),
      coordinator: kase.coordinatorId ? await repos.org.findStaffById(kase.coordinatorId) : null,
      deadline: nextLegalDeadline(kase.timeline, today),
      residentName: resident?.name ?? '',
      maskedId: resident?.maskedId ?? null,
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
