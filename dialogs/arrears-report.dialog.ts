import { randomUUID } from 'node:crypto';
import type { TurnContext } from 'botbuilder';
import {
  ARREARS_FIELD_MAX,
  ARREARS_FIELDS,
  consentClauseUnitKeys,
  validateArrearsReport,
  type ArrearsDraft,
} from '../src/domain/concern/arrears-report.ts';
import { localDate } from '../src/domain/common/local-date.ts';
import type { Payload } from './cards/card-verb.ts';
import {
  arrearsReportCard,
  arrearsReportSentCard,
  type ARREARS_SUBMIT,
} from './cards/arrears-report.card.ts';
import { replaceSubmittedCard, replacesInPlace, sendCard } from './reply.ts';
import type { DialogServices } from './services.ts';
import { turnInfo } from './turn-info.ts';

/**
 * "meld restanse": the short form, checked on the server, registered as a concern through the
 * same service as "ny bekymring" (routing, audit, notices, reminders), and a receipt saying what
 * happens next. In a channel MainDialog runs it in the user's personal chat, like every command
 * that handles a person.
 */
export class ArrearsReportDialog {
  constructor(private readonly services: DialogServices) {}

  async start(context: TurnContext): Promise<void> {
    const { texts } = turnInfo(context);
    await sendCard(context, arrearsReportCard(texts, { submissionId: randomUUID() }));
  }

  async submit(
    context: TurnContext,
    { submissionId = randomUUID(), ...draft }: Payload<typeof ARREARS_SUBMIT>,
  ): Promise<void> {
    const { actor, texts } = turnInfo(context);
    const today = localDate(this.services.clock.now(), this.services.timeZone);
    const checked = validateArrearsReport(draft, today, {
      allowSyntheticIds: this.services.allowSyntheticIds,
      consentUnitKeys: consentClauseUnitKeys(await this.services.linkChannel.units()),
    });
    const t = texts.arrearsReport;
    if (!checked.ok) {
      // What the user typed comes back, except a value too long for its field.
      const values: ArrearsDraft = Object.fromEntries(
        ARREARS_FIELDS.flatMap((f) => {
          const value = draft[f];
          return value !== undefined && value.length <= ARREARS_FIELD_MAX[f] ? [[f, value]] : [];
        }),
      );
      await replaceSubmittedCard(
        context,
        arrearsReportCard(texts, { submissionId, values, errors: checked.errors }),
      );
      // Redrawn in place, the form says it at its top and above its button; a line of text
      // under it would still say "Noe må rettes" once the form is sent.
      if (!replacesInPlace(context)) await context.sendActivity(t.fixErrors);
      return;
    }
    const done = await this.services.registerConcern.register(actor, checked.value, submissionId);
    const owner = done.owningUnit.name;
    const coordinator = done.coordinator?.name ?? null;
    if (context.activity.replyToId)
      await replaceSubmittedCard(
        context,
        arrearsReportSentCard(texts, {
          reference: done.kase.reference,
          unitName: owner,
          coordinator,
        }),
      );
    if (done.duplicate) {
      await context.sendActivity(t.duplicate(done.kase.reference));
      return;
    }
    const next = [
      t.nextP0(owner),
      ...(checked.value.report.rentArrears?.landlord === 'kommunal' ? [t.nextMunicipal] : []),
      t.nextP5(owner),
    ];
    const lines = [
      t.registered(done.kase.reference, owner, coordinator),
      t.nextHeading,
      next.map((line) => `- ${line}`).join('\n'),
      t.receiptFix,
    ];
    if (done.ownerRetrying) lines.push(texts.concern.ownerRetrying(owner));
    else if (!done.ownerChannelReached) lines.push(texts.concern.ownerNotReached);
    const alerted = done.alerted.filter((a) => a.delivered).map((a) => a.unitName);
    if (alerted.length) lines.push(texts.concern.alerted(alerted));
    const retrying = done.alerted.filter((a) => a.retrying).map((a) => a.unitName);
    if (retrying.length) lines.push(texts.concern.alertRetrying(retrying));
    await context.sendActivity(lines.join('\n\n'));
  }
}
