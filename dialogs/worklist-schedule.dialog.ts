import type { TurnContext } from 'botbuilder';
import type { ScheduleRequest } from '../src/domain/overview/worklist-schedule.service.ts';
import { normaliseCommandText } from './commands.ts';
import { sendRefusal } from './refusal.ts';
import type { DialogServices } from './services.ts';
import { turnInfo } from './turn-info.ts';

/** What "arbeidsliste hver …" asks for: the setting, to stop, or a weekday and a time. */
export type ScheduleAsked =
  | { readonly kind: 'show' }
  | { readonly kind: 'stop' }
  | ({ readonly kind: 'set' } & ScheduleRequest);

/** Weekday words (folded: å→a, ø→o) and short forms, bokmål, nynorsk and English. */
const WEEKDAYS: Readonly<Record<string, number>> = {
  mandag: 1,
  man: 1,
  monday: 1,
  mon: 1,
  tirsdag: 2,
  tysdag: 2,
  tir: 2,
  tys: 2,
  tuesday: 2,
  tue: 2,
  tues: 2,
  onsdag: 3,
  ons: 3,
  wednesday: 3,
  wed: 3,
  torsdag: 4,
  tor: 4,
  tors: 4,
  thursday: 4,
  thu: 4,
  thur: 4,
  thurs: 4,
  fredag: 5,
  fre: 5,
  friday: 5,
  fri: 5,
  lordag: 6,
  laurdag: 6,
  lor: 6,
  lau: 6,
  saturday: 6,
  sat: 6,
  sondag: 7,
  sundag: 7,
  son: 7,
  sun: 7,
  sunday: 7,
};

/** Words that stop the weekly post: "stopp arbeidsliste", "slutt å poste arbeidslisten". */
const STOP_WORDS = new Set(['stopp', 'stop', 'slutt', 'stans', 'fjern', 'pause', 'avslutt']);
/** "skru av", "slå av", "turn off", and "… av" at the end ("ukentlig arbeidsliste av"). */
const STOP_PHRASE = /(?:^|\s)(?:(?:skru|sla|turn) (?:av|off)|av$|off$)/;
/** "skal ikke postes mer", "trenger den ikke lenger": a stop only when no day or time is named. */
const NO_MORE =
  /(?:^|\s)(?:ikke|ikkje|not|no)(?:\s.*)?\s(?:mer|meir|lenger|lengre|longer|more)(?:\s|$)/;

/** "mandagen", "mandager", "mondays" → the weekday. */
function weekdayOf(word: string): number | null {
  for (const form of [word, word.replace(/(?:ene|en|er|ar|s|a)$/, '')]) {
    const day = WEEKDAYS[form];
    if (day) return day;
  }
  return null;
}

/** A time of day: "08:30", "8.30", "kl 8", "kl.8", "0830", "830", "8am", "2.30 pm". */
const CLOCK =
  /(?:^|\s)(?:kl\.?\s?|klokka |klokken )?(\d{1,2})(?:[:.](\d{2})|(\d{2}))?\s?(am|pm)?(?=[\s,]|$)/;

/**
 * The time in the words as 'HH:MM', and where it was. Not checked here (the service refuses
 * "25:00"): only read.
 */
function timeOf(text: string): { time: string; at: number; length: number } | null {
  const match = CLOCK.exec(text);
  if (!match) return null;
  let hours = Number(match[1]);
  const minutes = match[2] ?? match[3] ?? '00';
  if (match[4] === 'pm' && hours < 12) hours += 12;
  if (match[4] === 'am' && hours === 12) hours = 0;
  return {
    time: `${String(hours).padStart(2, '0')}:${minutes}`,
    at: match.index,
    length: match[0].length,
  };
}

/**
 * Reads what "arbeidsliste hver …" asks for: from the command's words ("mandag 08:30",
 * "stopp", "uke") or from a whole sentence the intent model took for this task ("post
 * arbeidslisten i kanalen hver mandag kl 08:30", "slutt å poste arbeidslisten"). A stop word →
 * stop; a weekday or a time → set (the last weekday named: "møte tirsdag, så post mandag kl 15"),
 * either part may be missing or impossible, for the service to complete or refuse; else show.
 */
export function parseScheduleArgument(argument: string): ScheduleAsked {
  const text = normaliseCommandText(argument);
  const found = timeOf(text);
  const rest = found ? `${text.slice(0, found.at)} ${text.slice(found.at + found.length)}` : text;
  const words = rest
    .split(/\s+/)
    .map((w) => w.replace(/^[\p{P}]+|[\p{P}]+$/gu, ''))
    .filter(Boolean);
  if (words.some((w) => STOP_WORDS.has(w)) || STOP_PHRASE.test(rest.trim()))
    return { kind: 'stop' };
  const weekday =
    words
      .map(weekdayOf)
      .filter((d) => d !== null)
      .at(-1) ?? null;
  if (!found && weekday === null) return NO_MORE.test(text) ? { kind: 'stop' } : { kind: 'show' };
  return { kind: 'set', weekday, time: found?.time ?? null };
}

/**
 * "@Husly arbeidsliste hver mandag 08:30" in a unit's channel (issue 12 §1): a leader of the
 * unit or an admin sets when the worklist is posted there each week; "@Husly stopp
 * arbeidsliste" stops it; "@Husly arbeidsliste hver uke" says what it is now.
 */
export async function scheduleWorklist(
  context: TurnContext,
  services: DialogServices,
  argument: string,
): Promise<void> {
  const { actor, texts, conversation } = turnInfo(context);
  const t = texts.worklistSchedule;
  const asked = parseScheduleArgument(argument);
  const result =
    asked.kind === 'show'
      ? await services.worklistSchedule.show(conversation)
      : await services.worklistSchedule.set(
          actor,
          conversation,
          asked.kind === 'stop' ? null : { weekday: asked.weekday, time: asked.time },
        );
  if (!result.ok) {
    if (result.code === 'UNIT.NOT_FOUND') return void (await context.sendActivity(t.notLinked));
    if (result.code === 'ACCESS.DENIED')
      // Not about a case: who may, and nothing about finding a case's owner.
      return void (await context.sendActivity(
        `${texts.denied.refused(texts.denied.task.worklistSchedule)} ` +
          texts.denied.who.unitLeaders,
      ));
    return sendRefusal(context, result.code, 'worklistSchedule');
  }
  const { unit, schedule, postsNow } = result.value;
  const day = schedule ? (t.weekdays[schedule.weekday - 1] ?? '') : '';
  const lines =
    asked.kind === 'show'
      ? schedule
        ? [t.current(unit.name, day, schedule.time), postsNow ? t.postsNow : null, t.howTo]
        : [t.none(unit.name), t.howTo]
      : schedule
        ? [t.set(day, schedule.time), postsNow ? t.postsNow : null]
        : [t.stopped];
  await context.sendActivity(lines.filter((line) => line !== null).join(' '));
}
