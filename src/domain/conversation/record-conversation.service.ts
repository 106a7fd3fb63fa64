import type { Clock } from '../common/clock.ts';
import type { UnitOfWork } from '../common/unit-of-work.ts';
import {
  applyConversationEvent,
  isInstalled,
  needsSaving,
  type ConversationEvent,
  type ConversationSeen,
} from './conversation-ref.ts';

export interface RecordedConversation {
  /** True only on the event that installed Husly here, so the welcome is sent once even
   *  though Teams announces an installation twice (installationUpdate and conversationUpdate). */
  readonly newlyInstalled: boolean;
}

export class RecordConversationService {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly clock: Clock,
  ) {}

  async record(seen: ConversationSeen, event: ConversationEvent): Promise<RecordedConversation> {
    // Most turns change nothing here: look first, without a transaction, and write only then.
    const now = this.clock.now();
    const unchanged = await this.uow.read(async ({ conversations }) => {
      const previous = await conversations.findByConversationId(seen.conversationId);
      const next = applyConversationEvent(previous, seen, event, now);
      return !needsSaving(previous, next) && !(event === 'installed' && !isInstalled(previous));
    });
    if (unchanged) return { newlyInstalled: false };
    return this.uow.run(async ({ conversations }) => {
      const previous = await conversations.findByConversationId(seen.conversationId);
      const next = applyConversationEvent(previous, seen, event, now);
      if (needsSaving(previous, next)) await conversations.save(next);
      return { newlyInstalled: event === 'installed' && !isInstalled(previous) };
    });
  }
}
