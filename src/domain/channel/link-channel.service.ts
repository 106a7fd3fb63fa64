import type { AccessGate } from '../access/access-gate.ts';
import type { Actor } from '../actor/actor.ts';
import type { AuditLog } from '../audit/audit-event.ts';
import type { ConversationType } from '../conversation/conversation-ref.ts';
import type { Notifier } from '../notify/notifier.ts';
import type { Unit } from '../org/org.ts';
import { fail, ok, type Result } from '../common/result.ts';
import type { UnitOfWork } from '../common/unit-of-work.ts';
import { UnitChannelCards, type UntakenPosted } from './unit-channel-cards.ts';

export interface ChannelTarget {
  /** The channel's conversation id (not a thread's). */
  readonly id: string;
  readonly type: ConversationType;
  readonly teamId: string | null;
}

export type LinkChannelError = 'ACCESS.DENIED' | 'CHANNEL.NOT_A_CHANNEL' | 'UNIT.NOT_FOUND';

/** A unit's channel and the "Ta saken" cards Husly has just posted there. */
export interface ChannelLinked {
  readonly unit: Unit;
  readonly cards: UntakenPosted;
}

/**
 * An admin links a unit to the Teams channel where the unit is reached ("@Husly koble kanal
 * nav-bolig"). Linking posts the unit's open cases that nobody has taken there, each with
 * "Ta saken", so a case opened before the channel was linked is not left without an owner.
 */
export class LinkChannelService {
  private readonly channelCards: UnitChannelCards;

  constructor(
    private readonly uow: UnitOfWork,
    private readonly gate: AccessGate,
    notifier: Notifier,
    timeZone: string,
  ) {
    this.channelCards = new UnitChannelCards(uow, notifier, gate.clock, timeZone);
  }

  /** May this actor link units here? On success, the units to choose from. A refusal is audited. */
  check(actor: Actor, channel: ChannelTarget): Promise<Result<Unit[], LinkChannelError>> {
    return this.uow.run(async ({ org, audit }) => {
      const refused = await this.refusal(actor, channel, audit);
      return refused ?? ok(await org.listUnits());
    });
  }

  /** Links the unit to this channel, then posts its untaken cases there. */
  async link(
    actor: Actor,
    unitKey: string,
    channel: ChannelTarget,
  ): Promise<Result<ChannelLinked, LinkChannelError>> {
    const linked = await this.store(actor, unitKey, channel);
    if (!linked.ok) return linked;
    return ok({ unit: linked.value, cards: await this.channelCards.postUntaken(linked.value.id) });
  }

  /**
   * Husly was just added to this channel: if a unit is linked to it (linked before Husly could
   * post there), its untaken cases are posted now. Null when no unit is linked here.
   */
  async addedTo(channel: ChannelTarget): Promise<ChannelLinked | null> {
    if (channel.type !== 'channel') return null;
    const unit = (await this.units()).find((u) => u.channelConversationId === channel.id);
    return unit ? { unit, cards: await this.channelCards.postUntaken(unit.id) } : null;
  }

  private store(
    actor: Actor,
    unitKey: string,
    channel: ChannelTarget,
  ): Promise<Result<Unit, LinkChannelError>> {
    return this.uow.run(async ({ org, audit }) => {
      const refused = await this.refusal(actor, channel, audit);
      if (refused) return refused;
      const unit = await org.findUnitByKey(unitKey.trim().toLowerCase());
      if (!unit) return this.deny(actor, audit, 'UNIT.NOT_FOUND');
      const linked = await org.linkUnitChannel(unit.id, {
        conversationId: channel.id,
        teamId: channel.teamId,
        linkedAt: this.gate.clock.now(),
      });
      await this.gate.record(audit, actor, {
        action: 'channel.link',
        outcome: 'ok',
        detail: { unitId: unit.id },
      });
      return ok(linked);
    });
  }

  units(): Promise<Unit[]> {
    return this.uow.run(({ org }) => org.listUnits());
  }

  private async refusal(actor: Actor, channel: ChannelTarget, audit: AuditLog) {
    const allowed = await this.gate.authorizeOrg(audit, actor, 'org.linkChannel', 'channel.link');
    if (!allowed.ok) return allowed;
    if (channel.type !== 'channel') return this.deny(actor, audit, 'CHANNEL.NOT_A_CHANNEL');
    return null;
  }

  private async deny(actor: Actor, audit: AuditLog, code: LinkChannelError) {
    await this.gate.record(audit, actor, {
      action: 'channel.link',
      outcome: 'denied',
      detail: { code },
    });
    return fail(code);
  }
}
