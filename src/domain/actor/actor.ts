import type { Staff, Unit } from '../org/org.ts';

/**
 * Who sees what Husly answers: a personal chat with the actor, a channel or group chat (others
 * see it too: owner facts only), or a command line run by an operator.
 */
type Audience = 'personal' | 'channel' | 'groupChat' | 'cli';

/** A registered staff member acting through Husly, with the unit they work in. */
export interface Actor {
  readonly staff: Staff;
  readonly unit: Unit;
  readonly tenantId: string;
  /** Where this turn's answer is shown (audited with every read); personal when not given. */
  readonly audience?: Audience;
}

/** Who an inbound activity says it is from, after the Bot Framework token was verified. */
export interface Caller {
  readonly tenantId: string | null;
  readonly aadObjectId: string | null;
  /**
   * The Bot Framework channel the activity came through ('msteams'); other channels are refused.
   */
  readonly channel?: string | null;
}
