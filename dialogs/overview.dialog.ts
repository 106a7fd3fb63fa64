import type { TurnContext } from 'botbuilder';
import { isIsoDate } from '../src/domain/common/calendar-date.ts';
import { foldText } from '../src/domain/common/fold-text.ts';
import type { OverviewRequest } from '../src/domain/overview/overview.service.ts';
import type { Unit } from '../src/domain/org/org.ts';
import type { AdaptiveCard } from './cards/adaptive-card.ts';
import type { Payload } from './cards/card-verb.ts';
import {
  overviewCard,
  PERIOD_PRESETS,
  presetPeriod,
  WHOLE_MUNICIPALITY,
  type OVERVIEW_REFRESH,
} from './cards/overview.card.ts';
import { refusal } from './refusal.ts';
import { sendCard } from './reply.ts';
import type { DialogServices } from './services.ts';
import type { Texts } from './texts/index.ts';
import { turnInfo } from './turn-info.ts';

/**
 * "oversikt" (coordinators, leaders, admins; personal chat): the overview with charts. By
 * default this calendar half-year to today for the whole municipality; the argument may name a
 * unit (key or name), a period ("i fjor") and/or two dates: "oversikt nav 2026-01-01 2026-06-30".
 */
export async function showOverview(
  context: TurnContext,
  services: DialogServices,
  argument: string,
): Promise<void> {
  const { texts } = turnInfo(context);
  const units = await services.linkChannel.units();
  const asked = readArgument(texts, argument, units, services.overview.today());
  const answer =
    'problem' in asked ? asked.problem : await overviewAnswer(context, services, asked, units);
  if (typeof answer === 'string') await context.sendActivity(answer);
  else await sendCard(context, answer);
}

/**
 * "Oppdater" on the overview card: the card redrawn in place for the unit and period chosen, or
 * a message (refused, unknown unit, bad dates) and the card stays as it was. Dates typed on the
 * card win over the period list; left as drawn, the period chosen in the list counts.
 */
export async function refreshOverview(
  context: TurnContext,
  services: DialogServices,
  press: Payload<typeof OVERVIEW_REFRESH>,
): Promise<AdaptiveCard | string> {
  const typed = press.overviewFrom !== press.drawnFrom || press.overviewTo !== press.drawnTo;
  const period =
    press.overviewPeriod === 'custom' || typed
      ? { from: press.overviewFrom, to: press.overviewTo }
      : presetPeriod(press.overviewPeriod, services.overview.today());
  const unitId = press.overviewUnit === WHOLE_MUNICIPALITY ? null : press.overviewUnit;
  const { texts, conversation } = turnInfo(context);
  if (conversation.type === 'personal')
    return overviewAnswer(context, services, { unitId, ...period });
  // A card pressed in a channel or group chat (forwarded there): the figures go to the
  // presser's personal chat, and the card where it was pressed stays as it was.
  const ran = await services.personalChat.run(context, async (personal) => {
    const answer = await overviewAnswer(personal, services, { unitId, ...period });
    if (typeof answer === 'string') await personal.sendActivity(answer);
    else await sendCard(personal, answer);
  });
  return ran ? texts.channel.sentToPersonal : texts.errors['CHANNEL.PERSONAL_ONLY'];
}

/** The overview card, or the message that says why there is none. */
async function overviewAnswer(
  context: TurnContext,
  services: DialogServices,
  request: OverviewRequest,
  knownUnits?: readonly Unit[],
): Promise<AdaptiveCard | string> {
  const { texts, actor } = turnInfo(context);
  const result = await services.overview.overview(actor, request);
  if (!result.ok) return refusal(context, result.code, 'overview');
  const units = knownUnits ?? (await services.linkChannel.units());
  return overviewCard(texts, {
    figures: result.value,
    units: units.map((u) => ({ id: u.id, name: u.name })),
    today: services.overview.today(),
  });
}

const ISO_DATE = /\b(\d{4})-(\d{2})-(\d{2})\b/g;
const NORWEGIAN_DATE = /\b(\d{1,2})\.(\d{1,2})\.(\d{4})\b/g;

/** What "oversikt …" asked for: a unit, a period; or the message saying what is wrong. */
function readArgument(
  texts: Texts,
  argument: string,
  units: readonly Unit[],
  today: string,
): OverviewRequest | { readonly problem: string } {
  const t = texts.overview;
  const dates: string[] = [];
  let rest = argument
    .replace(ISO_DATE, (date) => {
      dates.push(date);
      return ' ';
    })
    .replace(NORWEGIAN_DATE, (_, d: string, m: string, y: string) => {
      dates.push(`${y}-${m.padStart(2, '0')}-${d.padStart(2, '0')}`);
      return ' ';
    });
  rest = foldText(rest);
  let period = presetPeriod('thisHalf', today);
  for (const preset of PERIOD_PRESETS) {
    const words = new RegExp(`(?:^| )${escape(foldText(t.presets[preset]))}(?: |$)`);
    if (words.test(rest)) {
      period = presetPeriod(preset, today);
      rest = rest.replace(words, ' ').trim();
    }
  }
  if (dates.length > 0) {
    const [from, to] = dates;
    if (dates.length !== 2 || !from || !to || !isIsoDate(from) || !isIsoDate(to))
      return { problem: texts.errors['STATISTICS.INVALID_PERIOD'] };
    period = { from, to };
  }
  const unit = unitNamed(texts, rest.replace(/^(?:for|til|i|in|the) /, '').trim(), units);
  if (unit === undefined)
    return { problem: t.unknownUnit(units.map((u) => `${u.key} (${u.name})`).join(', ')) };
  return { unitId: unit?.id ?? null, ...period };
}

/** The unit the words name (key or name, or the start of one); null: the whole municipality. */
function unitNamed(texts: Texts, words: string, units: readonly Unit[]): Unit | null | undefined {
  if (!words || texts.overview.wholeWords.split('|').some((w) => foldText(w) === words))
    return null;
  const exact = units.filter((u) => u.key === words || foldText(u.name) === words);
  if (exact.length === 1) return exact[0];
  const starting = units.filter(
    (u) => u.key.startsWith(words) || foldText(u.name).startsWith(words),
  );
  return starting.length === 1 ? starting[0] : undefined;
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
