import type { TurnContext } from 'botbuilder';
import { CATEGORIES, findCaseReference, type Category } from '../src/domain/case/case.ts';
import type { Payload } from './cards/card-verb.ts';
import { classificationCard, type CLASSIFY_SUBMIT } from './cards/ownership.cards.ts';
import { receiptCard } from './cards/receipt.card.ts';
import { sendRefusal } from './refusal.ts';
import { replaceSubmittedCard, retireSubmittedForm, sendCard } from './reply.ts';
import type { DialogServices } from './services.ts';
import type { Texts } from './texts/index.ts';
import { turnInfo } from './turn-info.ts';

const categoryChoices = (texts: Texts) =>
  Object.entries(CATEGORIES).flatMap(([c, subs]) =>
    subs.map(
      (s) =>
        [
          `${c}/${s}`,
          `${texts.labels.categories[c as Category]}: ${texts.labels.subcategories[s]}`,
        ] as const,
    ),
  );

/** "endre nivå 2026-0004": level and category, with who, when and why recorded. */
export class ClassificationDialog {
  constructor(private readonly services: DialogServices) {}

  /** From "endre nivå 2026-0004" (`argument`) or the owner answer's button (`caseId`). */
  async start(
    context: TurnContext,
    target: { readonly argument: string } | { readonly caseId: string },
  ): Promise<void> {
    const { texts, actor } = turnInfo(context);
    const reference = 'argument' in target ? findCaseReference(target.argument) : null;
    const where = 'caseId' in target ? target : reference ? { reference } : null;
    if (!where) return void (await context.sendActivity(texts.errors['CASE.NOT_FOUND']));
    const loaded = await this.services.classify.forForm(actor, where);
    if (!loaded.ok)
      return sendRefusal(context, loaded.code, 'classify', {
        facts: this.services.caseFacts,
        target: where,
      });
    const kase = loaded.value;
    await sendCard(
      context,
      classificationCard(texts, {
        caseId: kase.id,
        reference: kase.reference,
        level: kase.level,
        categoryChoice: `${kase.category}/${kase.subcategory}`,
        categoryChoices: categoryChoices(texts),
      }),
    );
  }

  async submit(
    context: TurnContext,
    { caseId, level, category, reason }: Payload<typeof CLASSIFY_SUBMIT>,
  ): Promise<void> {
    const { texts, actor } = turnInfo(context);
    const result = await this.services.classify.change(actor, caseId, {
      level,
      categoryChoice: category,
      reason,
    });
    if (result.ok) {
      const { reference } = result.value;
      const done = texts.classification.done(reference);
      // The form becomes a receipt, so it cannot be saved twice by mistake.
      await retireSubmittedForm(context, receiptCard(texts.classification.title(reference), done));
      // Raised to nivå 2 or more: the tildeling team was asked to keep or take the case.
      const review = result.value.levelReview;
      const asked = review
        ? texts.classification.tildelingAsked(review.tildelingUnitName, review.reached)
        : null;
      await context.sendActivity(asked ? `${done}\n\n${asked}` : done);
      // The channel card shows the level and category: keep it true.
      return this.services.caseCards.refresh(caseId);
    }
    const current = await this.services.caseFacts.forCard(caseId);
    if (
      current &&
      (result.code === 'CLASSIFICATION.REASON_REQUIRED' ||
        result.code === 'CLASSIFICATION.INVALID' ||
        result.code === 'CLASSIFICATION.UNCHANGED')
    )
      return replaceSubmittedCard(
        context,
        classificationCard(texts, {
          caseId,
          reference: current.kase.reference,
          level,
          categoryChoice: category,
          problem: texts.errors[result.code],
          categoryChoices: categoryChoices(texts),
        }),
      );
    await sendRefusal(context, result.code, 'classify', {
      facts: this.services.caseFacts,
      target: { caseId },
    });
  }
}
