import type { CloudAdapter } from 'botbuilder';
import { channelCaseCard } from '../../dialogs/cards/notice.cards.ts';
import type { CaseCards } from '../../dialogs/services.ts';
import type { Texts } from '../../dialogs/texts/index.ts';
import type { CaseFactsQuery } from '../domain/case/queries/case-facts.query.ts';
import type { Clock } from '../domain/common/clock.ts';
import { localDate } from '../domain/common/local-date.ts';
import type { UnitOfWork } from '../domain/common/unit-of-work.ts';
import { isReachable } from '../domain/conversation/conversation-ref.ts';
import { safe, type Logger } from '../log.ts';
import { textsForConversation, updateCard } from './proactive.ts';

/** How long one card update may wait for the Bot Connector (it runs inside the user's turn). */
const UPDATE_TIMEOUT_MS = 10_000;

/**
 * Redraws the channel cards Husly posted about a case (`case_cards`: the conversation and the
 * activity id it stored when it sent each one) through the stored conversation references, as
 * proactive updates. Owner facts only. A conversation Husly was removed from, a deleted message
 * or a refusal from Teams is logged with ids and codes and otherwise ignored: the user's action
 * has already been stored.
 */
export class TeamsCaseCards implements CaseCards {
  constructor(
    private readonly adapter: CloudAdapter,
    private readonly appId: string,
    private readonly uow: UnitOfWork,
    private readonly caseFacts: CaseFactsQuery,
    private readonly clock: Clock,
    private readonly timeZone: string,
    private readonly logger: Logger,
  ) {}

  async refresh(
    caseId: string,
    options: { readonly exceptConversationId?: string } = {},
  ): Promise<void> {
    try {
      const facts = await this.caseFacts.forCard(caseId);
      if (!facts) return;
      const today = localDate(this.clock.now(), this.timeZone);
      for (const posted of facts.cards) {
        if (posted.conversationId === options.exceptConversationId) continue;
        await this.update(caseId, posted, (texts) =>
          channelCaseCard(texts, facts, posted.conversationId, today),
        );
      }
    } catch (error) {
      this.logger.warn({
        event: 'case-card.error',
        caseId: safe(caseId),
        code: safe((error as Error | null)?.name),
      });
    }
  }

  private async update(
    caseId: string,
    posted: { readonly conversationId: string; readonly activityId: string },
    card: (texts: Texts) => ReturnType<typeof channelCaseCard>,
  ): Promise<void> {
    const ref = await this.uow.run(({ conversations }) =>
      conversations.findByConversationId(posted.conversationId),
    );
    if (!ref || !isReachable(ref)) {
      this.logger.info({ event: 'case-card.unreachable', caseId: safe(caseId) });
      return;
    }
    // Case cards are kept only in units' channels (`recordCaseCard`), so this is bokmål: a
    // channel has many readers and no locale of its own.
    const redrawn = card(textsForConversation(ref));
    const result = await updateCard(this.adapter, this.appId, ref, posted.activityId, redrawn, {
      timeoutMs: UPDATE_TIMEOUT_MS,
    });
    if ('error' in result) {
      const err = (result.error ?? {}) as { statusCode?: number; code?: string; name?: string };
      this.logger.warn({
        event: 'case-card.failed',
        caseId: safe(caseId),
        activityId: safe(posted.activityId),
        status: err.statusCode,
        code: safe(err.code ?? err.name),
      });
      return;
    }
    this.logger.info({
      event: 'case-card.updated',
      caseId: safe(caseId),
      conversationType: ref.conversationType,
    });
  }
}
