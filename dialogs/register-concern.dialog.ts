import { randomUUID } from 'node:crypto';
import type { TurnContext } from 'botbuilder';
import {
  CONCERN_FIELD_MAX,
  CONCERN_FIELDS,
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
import { replaceSubmittedCard, sendCard } from './reply.ts';
import type { DialogServices } from './services.ts';
import { turnInfo } from './turn-info.ts';

/** "ny bekymring": the form, then server-side validation, then registration and a receipt. */
export class RegisterConcernDialog {
  constructor(private readonly services: DialogServices) {}

  async start(context: TurnContext): Promise<void> {
    await sendCard(
      context,
      concernFormCard(turnInfo(context).texts, {
        submissionId: randomUUID(),
        units: await this.services.linkChannel.units(),
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
      await context.sendActivity(texts.concern.fixErrors);
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
    ];
    if (!done.ownerChannelReached) lines.push(t.ownerNotReached);
    const alerted = done.alerted.filter((a) => a.delivered).map((a) => a.unitName);
    if (alerted.length) lines.push(t.alerted(alerted));
    await context.sendActivity(lines.join('\n\n'));
  }
}
