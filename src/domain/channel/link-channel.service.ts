import type { AccessGate } from '../access/access-gate.ts';
import type { Actor } from '../actor/actor.ts';
import type { AuditLog } from '../audit/audit-event.ts';
import type { ConversationType } from '../conversation/conversation-ref.ts';
import type { Unit } from '../org/org.ts';
import { fail, ok, type Result } from '../common/result.ts';
import type { UnitOfWork } from '../common/unit-of-work.ts';

export interface ChannelTarget {
  /** The channel's conversation id (not a thread's). */
  readonly id: string;
  readonly type: ConversationType;
  readonly teamId: string | null;
}

export type LinkChannelError = 'ACCESS.DENIED' | 'CHANNEL.NOT_A_CHANNEL' | 'UNIT.NOT_FOUND';

/**
 * An admin links a unit to the Teams channel where the
 * unit is reached ("@Husly koble kanal nav-bolig").
 */
export class LinkChannelService {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly gate: AccessGate,
  ) {}

  /** May this actor link units here? On success, the units to choose from. A refusal is audited. */
  check(actor: Actor, channel: ChannelTarget): Promise<Result<Unit[], LinkChannelError>> {
    return this.uow.run(async ({ org, audit }) => {
      const refused = await this.refusal(actor, channel, audit);
      return refused ?? ok(await org.listUnits());
    });
  }

  link(
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
