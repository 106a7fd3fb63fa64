import type { TurnContext } from 'botbuilder';
import { zonedInstant } from '../src/domain/calendar/zoned-time.ts';
import { addDays, isIsoDate } from '../src/domain/common/calendar-date.ts';
import { localDate } from '../src/domain/common/local-date.ts';
import { accessReviewCard } from './cards/access-review.card.ts';
import { sendRefusal } from './refusal.ts';
import { sendCard } from './reply.ts';
import type { DialogServices } from './services.ts';
import { turnInfo } from './turn-info.ts';

const DEFAULT_REVIEW_DAYS = 30;

/**
 * "tilgangskontroll" (leaders, personal chat): the access review of the leader's own unit for
 * the last 30 days, or "tilgangskontroll 2026-11-01 2026-11-30" (both days included).
 */
export async function showAccessReview(
  context: TurnContext,
  services: DialogServices,
  argument: string,
): Promise<void> {
  const { texts, actor } = turnInfo(context);
  const zone = services.timeZone;
  const today = localDate(services.clock.now(), zone);
  const dates = argument.match(/\d{4}-\d{2}-\d{2}/g) ?? [];
  const [first, last] = dates;
  const asked =
    dates.length === 2 && first && last && isIsoDate(first) && isIsoDate(last) && first <= last;
  const [fromDay, toDay] = asked
    ? [first, last]
    : [addDays(today, -(DEFAULT_REVIEW_DAYS - 1)), today];
  const period = {
    from: zonedInstant(fromDay, '00:00', zone),
    to: zonedInstant(addDays(toDay, 1), '00:00', zone),
  };
  const review = await services.accessReview.review(period, { unitId: actor.unit.id }, actor);
  if (!review.ok) return sendRefusal(context, review.code, 'accessReview');
  const { findings, counts, scope } = review.value;
  await sendCard(
    context,
    accessReviewCard(texts, { period, unitName: scope.unitName, findings, counts, timeZone: zone }),
  );
}
