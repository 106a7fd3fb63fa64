import type { AccessGate, OpenCaseError } from '../../access/access-gate.ts';
import type { Actor } from '../../actor/actor.ts';
import { workingDaysAfter } from '../../calendar/norwegian-calendar.ts';
import { zonedInstant } from '../../calendar/zoned-time.ts';
import type { CaseLevel, CaseRecord } from '../../case/case.ts';
import type { Clock } from '../../common/clock.ts';
import { localDate } from '../../common/local-date.ts';
import { mustExist } from '../../common/must-exist.ts';
import { fail, ok, type Result } from '../../common/result.ts';
import type { Repositories, UnitOfWork } from '../../common/unit-of-work.ts';
import { reachOf, type Notice, type Notifier, type Reach } from '../../notify/notifier.ts';
import { isCaseworker, isLeader, type Staff, type Unit } from '../../org/org.ts';
import type { ReminderOutbox } from '../../reminder/outbox.ts';
import {
  MAX_DECLINE_REASON,
  proposalEscalationKey,
  type HandOverProposal,
} from '../hand-over-proposal.ts';
import {
  MAX_HANDOVER_NOTE,
  type CaseOwnershipService,
  type HandedOver,
  type HandOverError,
  type HandOverRequest,
} from './case-ownership.service.ts';

export type ProposeError = HandOverError | 'HANDOVER.UNIT_REQUIRED';

/** What "overfør" did: proposed to another unit, or (within the owning unit) handed at once. */
export type Proposed =
  | {
      readonly kind: 'proposed';
      readonly proposal: HandOverProposal;
      readonly kase: CaseRecord;
      readonly toUnit: Unit;
      /**
       * Whether the receiving unit's channel or one of its leaders got the proposal card, or
       * Husly is still trying (the notice outbox retries it).
       */
      readonly receiverTold: Reach;
    }
  | ({ readonly kind: 'handed' } & DirectHandOver);

/** What a hand-over within the owning unit returns (CaseOwnershipService.handOver). */
type DirectHandOver = Extract<
  Awaited<ReturnType<CaseOwnershipService['handOver']>>,
  { readonly ok: true }
>['value'];

export type AnswerError =
  | 'HANDOVER.PROPOSAL_NOT_FOUND'
  | 'HANDOVER.NOT_RECEIVING_UNIT'
  | 'HANDOVER.DECLINE_REASON_REQUIRED'
  | 'HANDOVER.STALE';

/** A proposal as its cards show it: owner facts only (reference, units, staff names). */
export interface ProposalView {
  readonly proposal: HandOverProposal;
  readonly reference: string;
  readonly fromUnitName: string;
  readonly toUnitName: string;
  readonly coordinatorName: string | null;
  readonly proposedByName: string;
  /** Who answered, once answered (null while pending, or withdrawn by Husly). */
  readonly answeredByName: string | null;
}

export interface Answered {
  readonly view: ProposalView;
  /** It had been answered already (an old card, or someone else first): nothing changed. */
  readonly alreadyAnswered: boolean;
}

/** The tildeling team was asked to keep or take over a case whose level was raised. */
export interface LevelReviewAsked {
  readonly tildelingUnitName: string;
  /** Its channel or one of its leaders got the card, or Husly is still trying. */
  readonly reached: Reach;
}

/**
 * Called by "endre nivå" after a level change is stored (ClassifyCaseService), so the
 * classification does not depend on the ownership rules.
 */
export interface LevelReviewer {
  levelChanged(
    actor: Actor,
    kase: CaseRecord,
    fromLevel: CaseLevel,
  ): Promise<LevelReviewAsked | null>;
}

/**
 * Ownership changes that need the receiving side's yes (domain review §3, points 2–3):
 *
 * * **Hand-over** ("overfør"): the owner proposes a unit (and perhaps a saksansvarlig there)
 *   with a note; the case stays with the owner until saksbehandlere, koordinatorer or leaders of
 *   the receiving unit accept (the hand-over then happens as it always did: history, the previous
 *   owner stays involved for a while, both sides told) or decline with a reason (the proposer is
 *   told). Unanswered after one working day, the receiving unit's leaders get a reminder
 *   ('handover.unanswered'), dropped once it is answered. Choosing a new saksansvarlig in the
 *   owning unit itself needs no one's acceptance and happens at once.
 * * **Level review**: a case set to nivå 2 or higher that the tildeling team does not own is put
 *   to the tildeling team: keep it with the owner, or take it over.
 *
 * There is no direct hand-over to another unit, even for a leader: a proposal reaches the
 * receiving unit's channel and leaders at once, and nobody is left owning a case they never
 * agreed to (the "tautrekking" the review warns of). The answer is stored once: a second press
 * on an old card changes nothing.
 */
export class HandOverProposalService implements LevelReviewer {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly gate: AccessGate,
    private readonly notifier: Notifier,
    private readonly ownership: Pick<CaseOwnershipService, 'handOver'>,
    private readonly outbox: Pick<ReminderOutbox, 'enqueue' | 'sync'>,
    private readonly clock: Clock,
    private readonly timeZone: string,
  ) {}

  /**
   * "overfør 2026-0004": to another unit a proposal; within the owning unit (a new
   * saksansvarlig) at once, as before. Without a unit but with a saksansvarlig, the unit is
   * theirs.
   */
  async propose(
    actor: Actor,
    caseId: string,
    request: HandOverRequest,
  ): Promise<Result<Proposed, ProposeError | OpenCaseError>> {
    const stored = await this.uow.run((repos) => this.storeProposal(repos, actor, caseId, request));
    if (!stored.ok) return stored;
    if (stored.value.kind === 'same-unit') {
      const handed = await this.ownership.handOver(actor, caseId, {
        ...request,
        unitKey: stored.value.unitKey,
      });
      return handed.ok ? ok({ kind: 'handed', ...handed.value }) : handed;
    }
    const { proposal, kase, fromUnit, toUnit, coordinator } = stored.value;
    const notice = (note: string | null): Notice => ({
      kind: 'case.handOverProposed',
      proposalId: proposal.id,
      reference: kase.reference,
      fromUnitName: fromUnit.name,
      toUnitName: toUnit.name,
      coordinatorName: coordinator?.name ?? null,
      byName: actor.staff.name,
      note,
    });
    const receiverTold = await this.toUnitAndLeaders(
      toUnit.id,
      notice(null),
      notice(proposal.note),
      `handover:${proposal.id}:proposed`,
      actor.staff.id,
    );
    // One working day to answer; then the receiving unit's leaders are reminded.
    const today = localDate(proposal.proposedAt, this.timeZone);
    const dueDate = workingDaysAfter(today, 1);
    await this.outbox.enqueue({
      key: proposalEscalationKey(proposal.id),
      caseId: kase.id,
      kind: 'handover.unanswered',
      basis: 'practice',
      dueDate,
      legalDeadline: null,
      audience: 'leader',
      measureId: null,
      assigneeId: null,
      nextAttemptAt: zonedInstant(dueDate, '07:30', this.timeZone),
    });
    return ok({ kind: 'proposed', proposal, kase, toUnit, receiverTold });
  }

  private async storeProposal(
    repos: Repositories,
    actor: Actor,
    caseId: string,
    request: HandOverRequest,
  ): Promise<
    Result<
      | { kind: 'same-unit'; unitKey: string }
      | {
          kind: 'proposal';
          proposal: HandOverProposal;
          kase: CaseRecord;
          fromUnit: Unit;
          toUnit: Unit;
          coordinator: Staff | null;
        },
      ProposeError | OpenCaseError
    >
  > {
    const loaded = await this.gate.authorizeOpen(repos, actor, caseId, 'case.handOver');
    if (!loaded.ok) return loaded;
    const { kase } = loaded.value;
    const note = request.note.trim();
    const coordinator = request.coordinatorId
      ? await repos.org.findStaffById(request.coordinatorId)
      : null;
    if (request.coordinatorId && !coordinator) return fail('STAFF.NOT_FOUND');
    // "Til enhet" left empty with a saksansvarlig chosen: the unit is the one they work in.
    const unit = request.unitKey
      ? await repos.org.findUnitByKey(request.unitKey)
      : coordinator
        ? await repos.org.findUnitById(coordinator.unitId)
        : null;
    if (!request.unitKey && !coordinator) return fail('HANDOVER.UNIT_REQUIRED');
    if (!unit) return fail('UNIT.NOT_FOUND');
    if (!note || note.length > MAX_HANDOVER_NOTE) return fail('HANDOVER.NOTE_REQUIRED');
    if (coordinator && coordinator.unitId !== unit.id)
      return fail('HANDOVER.COORDINATOR_NOT_IN_UNIT');
    if (coordinator && !isCaseworker(coordinator))
      return fail('HANDOVER.COORDINATOR_NOT_CASEWORKER');
    if (unit.id === kase.owningUnitId) return ok({ kind: 'same-unit', unitKey: unit.key });

    const at = this.clock.now();
    // A new proposal replaces the owner's earlier one still waiting (the owner changed their mind).
    for (const earlier of await repos.handOverProposals.pendingForCase(kase.id))
      if (earlier.kind === 'handover')
        await repos.handOverProposals.settle(earlier.id, {
          status: 'withdrawn',
          byId: actor.staff.id,
          at,
          declineReason: null,
        });
    const proposal = await repos.handOverProposals.add({
      caseId: kase.id,
      kind: 'handover',
      fromUnitId: kase.owningUnitId,
      toUnitId: unit.id,
      coordinatorId: coordinator?.id ?? null,
      note,
      level: null,
      proposedById: actor.staff.id,
      proposedAt: at,
    });
    await this.gate.done(repos, actor, loaded.value, 'handover.propose', {
      toUnitId: unit.id,
      proposalId: proposal.id,
    });
    const fromUnit = mustExist(
      await repos.org.findUnitById(kase.owningUnitId),
      'owning unit of a case',
    );
    return ok({ kind: 'proposal', proposal, kase, fromUnit, toUnit: unit, coordinator });
  }

  /**
   * Godta / Avslå on a proposal card, or "behold" / "ta over" on a level review ('accept' takes
   * the case, 'decline' keeps it where it is). Only active caseworkers of the receiving unit
   * may answer. Declining a hand-over needs a reason; it goes to the proposer only.
   */
  async answer(
    actor: Actor,
    proposalId: string,
    decision: 'accept' | 'decline',
    reason = '',
  ): Promise<Result<Answered, AnswerError>> {
    const stored = await this.uow.run((repos) =>
      this.storeAnswer(repos, actor, proposalId, decision, reason.trim()),
    );
    if (!stored.ok || stored.value.alreadyAnswered) return stored;
    await this.outbox.sync(proposalEscalationKey(proposalId), [], this.clock.now());
    await this.announceAnswer(actor, stored.value.view, stored.value.moved);
    return ok({ view: stored.value.view, alreadyAnswered: false });
  }

  private async storeAnswer(
    repos: Repositories,
    actor: Actor,
    proposalId: string,
    decision: 'accept' | 'decline',
    reason: string,
  ): Promise<Result<Answered & { moved: HandedOver | null }, AnswerError>> {
    const proposal = await repos.handOverProposals.findById(proposalId);
    if (!proposal) return fail('HANDOVER.PROPOSAL_NOT_FOUND');
    const action = decision === 'accept' ? 'handover.accept' : 'handover.decline';
    const kase = await repos.cases.findById(proposal.caseId);
    if (!kase) return fail('HANDOVER.PROPOSAL_NOT_FOUND');
    if (actor.unit.id !== proposal.toUnitId || !isCaseworker(actor.staff)) {
      await this.gate.record(repos.audit, actor, {
        action,
        outcome: 'denied',
        caseId: kase.id,
        residentId: kase.residentId,
        detail: { code: 'HANDOVER.NOT_RECEIVING_UNIT', proposalId },
      });
      return fail('HANDOVER.NOT_RECEIVING_UNIT');
    }
    if (proposal.status !== 'pending')
      return ok({ view: await this.viewOf(repos, proposal), alreadyAnswered: true, moved: null });
    const at = this.clock.now();
    // The case moved, closed or was handed elsewhere meanwhile: the proposal no longer holds.
    if (kase.status !== 'open' || kase.owningUnitId !== proposal.fromUnitId) {
      await repos.handOverProposals.settle(proposal.id, {
        status: 'withdrawn',
        byId: null,
        at,
        declineReason: null,
      });
      return fail('HANDOVER.STALE');
    }
    const declineReason = decision === 'decline' && proposal.kind === 'handover' ? reason : null;
    if (declineReason !== null && (!declineReason || declineReason.length > MAX_DECLINE_REASON))
      return fail('HANDOVER.DECLINE_REASON_REQUIRED');
    const settled = await repos.handOverProposals.settle(proposal.id, {
      status: decision === 'accept' ? 'accepted' : 'declined',
      byId: actor.staff.id,
      at,
      declineReason,
    });
    const answered = mustExist(await repos.handOverProposals.findById(proposal.id), 'proposal');
    if (!settled)
      return ok({ view: await this.viewOf(repos, answered), alreadyAnswered: true, moved: null });
    let moved: HandedOver | null = null;
    if (decision === 'accept') {
      moved = await transferOwnership(repos, kase, {
        unitId: proposal.toUnitId,
        coordinatorId: await this.stillCaseworkerIn(repos, proposal),
        note: proposal.note,
        changedById: actor.staff.id,
        at,
      });
      // Whatever else was waiting on the case was about an owner it no longer has.
      for (const other of await repos.handOverProposals.pendingForCase(kase.id))
        await repos.handOverProposals.settle(other.id, {
          status: 'withdrawn',
          byId: null,
          at,
          declineReason: null,
        });
    }
    await this.gate.record(repos.audit, actor, {
      action,
      outcome: 'ok',
      caseId: kase.id,
      residentId: kase.residentId,
      detail: { proposalId, kind: proposal.kind, fromUnitId: proposal.fromUnitId },
    });
    return ok({ view: await this.viewOf(repos, answered), alreadyAnswered: false, moved });
  }

  /** The proposed saksansvarlig, if still an active caseworker of the receiving unit. */
  private async stillCaseworkerIn(
    repos: Repositories,
    proposal: HandOverProposal,
  ): Promise<string | null> {
    const staff = proposal.coordinatorId
      ? await repos.org.findStaffById(proposal.coordinatorId)
      : null;
    return staff && isCaseworker(staff) && staff.unitId === proposal.toUnitId ? staff.id : null;
  }

  /**
   * Accepted: both units' channels and both saksansvarlige hear of the hand-over, as before.
   * Either way the proposer hears the answer (with the reason for a decline), and the owning
   * unit's channel the outcome without the reason.
   */
  private async announceAnswer(actor: Actor, view: ProposalView, moved: HandedOver | null) {
    const { proposal } = view;
    const event = `handover:${proposal.id}:answered`;
    const answered = (reason: string | null): Notice => ({
      kind: 'case.handOverAnswered',
      reference: view.reference,
      proposalKind: proposal.kind,
      outcome: proposal.status === 'accepted' ? 'accepted' : 'declined',
      fromUnitName: view.fromUnitName,
      toUnitName: view.toUnitName,
      byName: actor.staff.name,
      reason,
    });
    const told = new Set<string>([actor.staff.id]);
    if (moved) {
      const notice: Notice = {
        kind: 'case.handedOver',
        reference: view.reference,
        fromUnitName: moved.previous.unit.name,
        toUnitName: moved.next.unit.name,
        toCoordinatorName: moved.next.coordinator?.name ?? null,
        byName: actor.staff.name,
      };
      for (const unitId of new Set([moved.previous.unit.id, moved.next.unit.id]))
        await this.notifier.toUnitChannel(unitId, notice, event);
      for (const staffId of new Set([moved.previous.coordinator?.id, moved.next.coordinator?.id]))
        if (staffId && !told.has(staffId)) {
          told.add(staffId);
          await this.notifier.toStaff(staffId, notice, event);
        }
    } else await this.notifier.toUnitChannel(proposal.fromUnitId, answered(null), event);
    // The proposer hears the answer, unless the hand-over notice already told them.
    if (!told.has(proposal.proposedById))
      await this.notifier.toStaff(proposal.proposedById, answered(proposal.declineReason), event);
  }

  /**
   * After a level change: raised to nivå 2 or more on a case the tildeling team does not own,
   * the tildeling team is asked to keep it with its owner or take it over (Kongsvinger: from
   * nivå 2 the målplan is initiated by the tildeling team, which may hand it to the natural
   * unit). Null when nothing was asked.
   */
  async levelChanged(
    actor: Actor,
    kase: CaseRecord,
    fromLevel: CaseLevel,
  ): Promise<LevelReviewAsked | null> {
    if (kase.level < 2 || kase.level <= fromLevel) return null;
    const stored = await this.uow.run(async (repos) => {
      const owner = await repos.org.findUnitById(kase.owningUnitId);
      const tildeling = await tildelingUnit(repos);
      if (!owner || !tildeling || owner.kind === 'tildeling') return null;
      const at = this.clock.now();
      // One question at a time: an earlier one (a lower level) is replaced.
      for (const earlier of await repos.handOverProposals.pendingForCase(kase.id))
        if (earlier.kind === 'level-review')
          await repos.handOverProposals.settle(earlier.id, {
            status: 'withdrawn',
            byId: null,
            at,
            declineReason: null,
          });
      const proposal = await repos.handOverProposals.add({
        caseId: kase.id,
        kind: 'level-review',
        fromUnitId: owner.id,
        toUnitId: tildeling.id,
        coordinatorId: null,
        note: null,
        level: kase.level,
        proposedById: actor.staff.id,
        proposedAt: at,
      });
      return { proposal, owner, tildeling };
    });
    if (!stored) return null;
    const notice: Notice = {
      kind: 'case.levelReview',
      proposalId: stored.proposal.id,
      reference: kase.reference,
      level: kase.level,
      owningUnitName: stored.owner.name,
      tildelingUnitName: stored.tildeling.name,
    };
    const reached = await this.toUnitAndLeaders(
      stored.tildeling.id,
      notice,
      notice,
      `handover:${stored.proposal.id}:proposed`,
      actor.staff.id,
    );
    return { tildelingUnitName: stored.tildeling.name, reached };
  }

  /** A proposal as its card shows it (owner facts only: no access check, nothing audited). */
  view(proposalId: string): Promise<ProposalView | null> {
    return this.uow.run(async (repos) => {
      const proposal = await repos.handOverProposals.findById(proposalId);
      return proposal ? this.viewOf(repos, proposal) : null;
    });
  }

  private async viewOf(repos: Repositories, proposal: HandOverProposal): Promise<ProposalView> {
    const name = async (staffId: string | null) =>
      staffId ? ((await repos.org.findStaffById(staffId))?.name ?? '–') : null;
    const unitName = async (unitId: string) => (await repos.org.findUnitById(unitId))?.name ?? '–';
    return {
      proposal,
      reference: (await repos.cases.findById(proposal.caseId))?.reference ?? '–',
      fromUnitName: await unitName(proposal.fromUnitId),
      toUnitName: await unitName(proposal.toUnitId),
      coordinatorName: await name(proposal.coordinatorId),
      proposedByName: (await name(proposal.proposedById)) ?? '–',
      answeredByName: await name(proposal.answeredById),
    };
  }

  /**
   * The unit's channel (owner facts) and each of its leaders personally (`personal`, which may
   * carry the note): whether any of them was reached.
   */
  private async toUnitAndLeaders(
    unitId: string,
    channel: Notice,
    personal: Notice,
    event: string,
    exceptStaffId: string,
  ): Promise<Reach> {
    const reaches = [reachOf(await this.notifier.toUnitChannel(unitId, channel, event))];
    const leaders = (await this.uow.run(({ org }) => org.listStaffInUnit(unitId))).filter(
      (s) => isLeader(s) && s.id !== exceptStaffId,
    );
    for (const leader of leaders)
      reaches.push(reachOf(await this.notifier.toStaff(leader.id, personal, event)));
    // Reached if anyone got it; else still being tried if any copy is queued for a retry.
    return reaches.includes('reached')
      ? 'reached'
      : reaches.includes('retrying')
        ? 'retrying'
        : 'unreached';
  }
}

/**
 * The tildeling team: the unit with key `tildeling`, else the first unit of kind `tildeling`
 * (by name). Null in a municipality without one: then no level review is asked.
 */
async function tildelingUnit(repos: Pick<Repositories, 'org'>): Promise<Unit | null> {
  const byKey = await repos.org.findUnitByKey('tildeling');
  if (byKey) return byKey;
  return (await repos.org.listUnits()).find((u) => u.kind === 'tildeling') ?? null;
}

/**
 * Moves a case to `unitId` as a hand-over always did: a new ownership period with the note,
 * the new unit's own involvement ended (it owns the case now), and the previous owner involved
 * for HUSLY_INVOLVEMENT_EXPIRY_DAYS to hand over well.
 */
async function transferOwnership(
  repos: Repositories,
  kase: CaseRecord,
  to: {
    readonly unitId: string;
    readonly coordinatorId: string | null;
    readonly note: string | null;
    readonly changedById: string;
    readonly at: Date;
  },
): Promise<HandedOver> {
  const previous = {
    unit: mustExist(await repos.org.findUnitById(kase.owningUnitId), 'owning unit of a case'),
    coordinator: kase.coordinatorId ? await repos.org.findStaffById(kase.coordinatorId) : null,
  };
  const unit = mustExist(await repos.org.findUnitById(to.unitId), 'receiving unit');
  const updated = await repos.cases.update(kase.id, {
    owningUnitId: unit.id,
    coordinatorId: to.coordinatorId,
  });
  await repos.cases.startOwnership(kase.id, {
    unitId: unit.id,
    coordinatorId: to.coordinatorId,
    startedAt: to.at,
    note: to.note,
    changedById: to.changedById,
  });
  if (unit.id !== previous.unit.id) {
    await repos.cases.endInvolvements(kase.id, to.at, unit.id);
    await repos.cases.addInvolvement(kase.id, {
      unitId: previous.unit.id,
      since: to.at,
      reason: 'previous-owner',
    });
  }
  const coordinator = to.coordinatorId ? await repos.org.findStaffById(to.coordinatorId) : null;
  return { kase: updated, previous, next: { unit, coordinator } };
}
