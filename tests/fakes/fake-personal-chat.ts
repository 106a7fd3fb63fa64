import type { Activity, TurnContext } from 'botbuilder';
import type { PersonalChat } from '../../dialogs/services.ts';
import { setTurnInfo, turnInfo } from '../../dialogs/turn-info.ts';

/**
 * The asker's personal chat, for dialog tests: `work` runs on the same turn with the audience
 * set to personal, and whatever it sends is kept in `sent` instead of reaching the channel.
 * `available = false` is someone who never opened a personal chat with Husly.
 */
export class FakePersonalChat implements PersonalChat {
  readonly sent: Partial<Activity>[] = [];

  constructor(public available = true) {}

  async run(
    context: TurnContext,
    work: (personal: TurnContext) => Promise<void>,
  ): Promise<boolean> {
    if (!this.available) return false;
    const info = turnInfo(context);
    let capturing = true;
    context.onSendActivities(async (_ctx, activities, next) => {
      if (!capturing) return next();
      this.sent.push(...activities);
      return activities.map(() => ({ id: `personal-${this.sent.length}` }));
    });
    setTurnInfo(context, {
      ...info,
      actor: { ...info.actor, audience: 'personal' },
      conversation: { id: 'a:personal', type: 'personal', teamId: null },
    });
    try {
      await work(context);
    } finally {
      capturing = false;
      setTurnInfo(context, info);
    }
    return true;
  }

  /** Everything sent to the personal chat, as JSON text (cards included). */
  text(): string {
    return JSON.stringify(this.sent);
  }
}
