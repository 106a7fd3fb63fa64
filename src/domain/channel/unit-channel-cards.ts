import { byUrgency, casePhase, nextLegalDeadline, type CaseRecord } from '../case/case.ts';
import type { Clock } from '../common/clock.ts';
import { localDate } from '../common/local-date.ts';
import type { UnitOfWork } from '../common/unit-of-work.ts';
import {
  acuteNoticeFor,
  unitNoticeFor,
  type CaseCardNotice,
  type Delivery,
  type Notifier,
} from '../notify/notifier.ts';

/**
 * At most this many cards are posted at once when a channel is linked or Husly is added to it;
 * the rest stay in "mine saker" of everyone in the unit.
 */
export const MAX_UNTAKEN_POSTED = 20;

export interface UntakenPosted {
  /** Cards posted now. */
  readonly posted: number;
  /** Untaken cases that already had a card in the channel (not posted again). */
  readonly alreadyThere: number;
  /** Untaken cases left without a card: over the limit, or the channel could not be reached. */
  readonly notPosted: number;
}

/**
 * A case's card in its owning unit's channel: reference, category, level and deadline, with
 * "Ta saken" until someone has — or, while the person has no roof tonight, the acute card
 * (reference and owning unit only). Never the resident: the notice types have no field for it.
 */
export function caseCardNotice(
  kase: CaseRecord,
  owningUnitName: string,
  coordinatorName: string | null,
  options: { readonly today: string; readonly isNewCase: boolean },
): CaseCardNotice {
  if (casePhase(kase.timeline, options.today) === 'akutt')
    return acuteNoticeFor(kase, owningUnitName, coordinatorName);
  return unitNoticeFor(
    kase,
    nextLegalDeadline(kase.timeline, options.today),
    coordinatorName,
    options.isNewCase,
  );
}

/**
 * Records a case's card that landed in its unit's channel (`case_cards`), so a later "Ta saken",
 * hand-over or close redraws it. Only a card in the unit's linked channel is kept: that is the
 * one to redraw later. Also used for a card the notice outbox delivered late.
 */
export async function recordCaseCard(
  uow: UnitOfWork,
  clock: Clock,
  unitId: string,
  caseId: string,
  delivery: { readonly conversationId: string; readonly activityId: string },
): Promise<void> {
  await uow.run(async ({ org, cases }) => {
    if ((await org.findUnitById(unitId))?.channelConversationId === delivery.conversationId)
      await cases.addCard(caseId, {
        conversationId: delivery.conversationId,
        activityId: delivery.activityId,
        createdAt: clock.now(),
      });
  });
}

/**
 * Posts the cards about cases in a unit's linked channel through the `Notifier`, and records
 * each one that landed there as the case's card (`case_cards`), so a later "Ta saken", hand-over
 * or close redraws it. Shows owner facts to the owning unit's own channel only, as the card for
 * a new concern does: no access check or audit record of its own (the caller audits its act).
 */
export class UnitChannelCards {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly notifier: Notifier,
    private readonly clock: Clock,
    private readonly timeZone: string,
  ) {}

  /**
   * Sends `notice` to the unit's channel; recorded as the case's card if it landed there (or, by
   * the notice outbox, when it lands later). `event`: see `Notifier`.
   */
  async post(
    unitId: string,
    caseId: string,
    notice: CaseCardNotice,
    event?: string,
  ): Promise<Delivery> {
    const delivery = await this.notifier.toUnitChannel(unitId, notice, event);
    if (delivery.delivered) await recordCaseCard(this.uow, this.clock, unitId, caseId, delivery);
    return delivery;
  }

  /**
   * One "Ta saken" card for each open case the unit owns without a saksansvarlig and without a
   * card in its channel yet, most urgent first, so no case is left where nobody in the unit
   * sees it. Nothing without a linked channel.
   */
  async postUntaken(unitId: string): Promise<UntakenPosted> {
    const today = localDate(this.clock.now(), this.timeZone);
    const found = await this.uow.run(async ({ org, cases }) => {
      const unit = await org.findUnitById(unitId);
      const channel = unit?.channelConversationId;
      if (!unit || !channel) return null;
      // No staff id: the open cases the unit owns (nobody coordinates as '').
      const owned = (await cases.listOpenForStaff('', unit.id)).filter(
        (c) => c.owningUnitId === unit.id && c.coordinatorId === null,
      );
      const untaken: CaseRecord[] = [];
      for (const kase of owned)
        if (!(await cases.cards(kase.id)).some((card) => card.conversationId === channel))
          untaken.push(kase);
      return { unit, channel, untaken, alreadyThere: owned.length - untaken.length };
    });
    if (!found) return { posted: 0, alreadyThere: 0, notPosted: 0 };
    const ranked = found.untaken
      .map((kase) => ({
        kase,
        phase: casePhase(kase.timeline, today),
        nextDeadline: nextLegalDeadline(kase.timeline, today),
      }))
      .sort(byUrgency);
    let posted = 0;
    for (const { kase } of ranked.slice(0, MAX_UNTAKEN_POSTED)) {
      const notice = caseCardNotice(kase, found.unit.name, null, { today, isNewCase: true });
      // Once per case and channel: a card still waiting in the notice outbox is not sent twice.
      const event = `untaken:${kase.id}:${found.channel}`;
      if ((await this.post(unitId, kase.id, notice, event)).delivered) posted++;
    }
    return { posted, alreadyThere: found.alreadyThere, notPosted: ranked.length - posted };
  }
}
