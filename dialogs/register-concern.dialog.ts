import { randomUUID } from 'node:crypto';
import type { TurnContext } from 'botbuilder';
import {
  earliestRequestDate,
  objectionDeadlineOf,
  protestDeadline,
  TIMELINE_DATE_FIELDS,
} from '../src/domain/case/case.ts';
import type { ConcernReport } from '../src/domain/concern/concern.ts';
import {
  CONCERN_FIELD_MAX,
  CONCERN_FIELDS,
  reportedTimeline,
  validateConcernDraft,
  type ConcernDraft,
} from '../src/domain/concern/concern-form.ts';
import { localDate } from '../src/domain/common/local-date.ts';
import type { Payload } from './cards/card-verb.ts';
import {
  concernFormCard,
  concernSentCard,
  type CONCERN_SUBMIT,
} from './cards/concern-form.card.ts';
import { formatDate } from './cards/format.ts';
import { replaceSubmittedCard, replacesInPlace, sendCard } from './reply.ts';
import type { DialogServices } from './services.ts';
import type { Texts } from './texts/index.ts';
import { turnInfo } from './turn-info.ts';

/** "ny bekymring": the form, then server-side validation, then registration and a receipt. */
export class RegisterConcernDialog {
  constructor(private readonly services: DialogServices) {}

  /**
   * The empty form, or with who it is about filled in ("bekymring for Kari Nordmann"): a name
   * goes in the name field, an 11-digit number in the number field. Nothing else is guessed;
   * the server checks it on submit like anything typed.
   */
  async start(context: TurnContext, prefill: { name?: string } = {}): Promise<void> {
    await sendCard(
      context,
      concernFormCard(turnInfo(context).texts, {
        submissionId: randomUUID(),
        units: await this.services.linkChannel.units(),
        values: prefilledWho(prefill.name),
      }),
    );
  }

  async submit(
    context: TurnContext,
    { submissionId = randomUUID(), ...draft }: Payload<typeof CONCERN_SUBMIT>,
  ): Promise<void> {
    const { actor, texts } = turnInfo(context);
    const today = localDate(this.services.clock.now(), this.services.timeZone);
    const units = await this.services.linkChannel.units();
    const checked = validateConcernDraft(draft, today, {
      allowSyntheticIds: this.services.allowSyntheticIds,
      unitKeys: units.map((u) => u.key),
    });
    if (!checked.ok) {
      // What the user typed comes back, except a value too long for its field: that is not
      // echoed (Teams refuses big cards).
      const values: ConcernDraft = Object.fromEntries(
        CONCERN_FIELDS.flatMap((f) => {
          const v = draft[f];
          return v !== undefined && v.length <= CONCERN_FIELD_MAX[f] ? [[f, v]] : [];
        }),
      );
      await replaceSubmittedCard(
        context,
        concernFormCard(texts, { submissionId, units, values, errors: checked.errors }),
      );
      // Redrawn in place, the form says it at its top and above its button; a line of text
      // under it would still say "Noe må rettes" once the form is sent.
      if (!replacesInPlace(context)) await context.sendActivity(texts.concern.fixErrors);
      return;
    }
    const done = await this.services.registerConcern.register(actor, checked.value, submissionId);
    const t = texts.concern;
    // The form becomes the confirmation card (reference and owner); the message below adds who
    // was told.
    const receipt = {
      reference: done.kase.reference,
      unitName: done.owningUnit.name,
      coordinator: done.coordinator?.name ?? null,
    };
    if (context.activity.replyToId)
      await replaceSubmittedCard(context, concernSentCard(texts, receipt));
    if (done.duplicate) {
      await context.sendActivity(t.duplicate(done.kase.reference));
      return;
    }
    const lines = [
      t.registered(done.kase.reference, done.owningUnit.name, done.coordinator?.name ?? null),
      // Why this unit owns a new case: the nivå 1 rule, or routing.
      ...(done.ownedBy === 'reporter-unit' ? [t.ownedByOwnUnit] : []),
      ...(done.ownedBy === 'routing' ? [t.routedByRule] : []),
      ...receiptLines(texts, checked.value.report, today),
    ];
    if (done.acuteAlert)
      lines.push(
        texts.notices.acuteAlerted(
          done.owningUnit.name,
          done.acuteAlert.channelReached,
          done.acuteAlert.people.filter((p) => p.delivered).map((p) => p.name),
          {
            channel: done.acuteAlert.channelRetrying,
            people: done.acuteAlert.people.filter((p) => p.retrying).map((p) => p.name),
          },
        ),
      );
    else if (done.ownerRetrying) lines.push(t.ownerRetrying(done.owningUnit.name));
    else if (!done.ownerChannelReached) lines.push(t.ownerNotReached);
    const alerted = done.alerted.filter((a) => a.delivered).map((a) => a.unitName);
    if (alerted.length) lines.push(t.alerted(alerted));
    const retrying = done.alerted.filter((a) => a.retrying).map((a) => a.unitName);
    if (retrying.length) lines.push(t.alertRetrying(retrying));
    await context.sendActivity(lines.join('\n\n'));
  }
}

/** What "bekymring for …" names, as form values: quotes and spaces around it dropped. */
function prefilledWho(given: string | undefined): ConcernDraft {
  const who = (given ?? '').replace(/^[\s«»"“”']+|[\s«»"“”']+$/g, '');
  if (/^\d{6} ?\d{5}$/.test(who)) return { nationalId: who.replace(' ', '') };
  // Too long for the field: the form starts empty rather than cut a name short.
  // A name has letters: "bekymring for 2026-0004" names a case, not a person.
  if (!/\p{L}/u.test(who)) return {};
  return who.length <= CONCERN_FIELD_MAX.name ? { name: who } : {};
}

/**
 * The receipt repeats the dates as Husly read them, oldest first, and the legal deadlines they
 * give, so a date mistyped in the Teams date picker is caught at once. It goes to the reporter's
 * personal chat only, like every answer to a card.
 */
function receiptLines(texts: Texts, report: ConcernReport, today: string): string[] {
  const t = texts.concern;
  const timeline = reportedTimeline(report, today);
  const dates = TIMELINE_DATE_FIELDS.flatMap((field) => {
    const date = field === 'acuteDate' ? null : timeline[field];
    return date ? [{ field, date }] : [];
  })
    .sort((a, b) => a.date.localeCompare(b.date))
    .map(({ field, date }) => `- ${texts.timeline[field]}: ${formatDate(date, texts.locale)}`);
  const deadlines: string[] = [];
  const request = earliestRequestDate(timeline);
  if (request)
    deadlines.push(t.earliestRequest(formatDate(request, texts.locale), request < today));
  const objection = objectionDeadlineOf(timeline);
  if (objection && 'uncertain' in objection) deadlines.push(t.objectionUncertain);
  else if (objection)
    deadlines.push(
      (report.objectionDeadline ? t.objectionPrinted : t.objectionComputed)(
        formatDate(objection.date, texts.locale),
        objection.date < today,
      ),
    );
  const protest = protestDeadline(timeline);
  if (protest)
    deadlines.push(t.protestDeadline(formatDate(protest, texts.locale), protest < today));
  if (report.eviction)
    deadlines.push(
      (report.eviction.happened ? t.evictionDone : t.evictionOn)(
        formatDate(report.eviction.date, texts.locale),
      ),
    );
  if (report.belongingsDeadline)
    deadlines.push(t.belongingsUntil(formatDate(report.belongingsDeadline, texts.locale)));
  return [
    ...(report.acute ? [t.receiptAcute] : []),
    ...(dates.length ? [t.receiptDates, dates.join('\n')] : []),
    ...(deadlines.length ? [t.receiptDeadlines, deadlines.map((d) => `- ${d}`).join('\n')] : []),
    ...(dates.length ? [t.receiptFix] : []),
  ];
}
