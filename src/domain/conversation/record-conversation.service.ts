import type { Clock } from '../common/clock.ts';
import type { UnitOfWork } from '../common/unit-of-work.ts';
import {
  applyConversationEvent,
  isInstalled,
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

  record(seen: ConversationSeen, event: ConversationEvent): Promise<RecordedConversation> {
    return this.uow.run(async ({ conversations }) => {
      const previous = await conversations.findByConversationId(seen.conversationId);
      const next = applyConversationEvent(previous, seen, event, this.clock.now());
      await conversations.save(next);
      return { newlyInstalled: event === 'installed' && !isInstalled(previous) };
    });
  }
}
