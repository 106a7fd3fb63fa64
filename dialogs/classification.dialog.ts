import type { TurnContext } from 'botbuilder';
import { CATEGORIES, findCaseReference, type Category } from '../src/domain/case/case.ts';
import { classificationCard } from './cards/ownership.cards.ts';
import { replaceSubmittedCard, sendCard, stringFields } from './reply.ts';
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

  async start(context: TurnContext, target: { argument?: string; caseId?: string }): Promise<void> {
    const { texts, actor } = turnInfo(context);
    const reference = target.argument !== undefined ? findCaseReference(target.argument) : null;
    if (target.argument !== undefined && !reference)
      return void (await context.sendActivity(texts.errors['CASE.NOT_FOUND']));
    const loaded = await this.services.ownership.forForm(
      actor,
      reference ? { reference } : { caseId: (target.caseId ?? '').slice(0, 64) },
      'case.changeClassification',
    );
    if (!loaded.ok) return void (await context.sendActivity(texts.errors[loaded.code]));
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

  async submit(context: TurnContext, value: unknown): Promise<void> {
    const { texts, actor } = turnInfo(context);
    const f = stringFields(value);
    const caseId = (f.caseId ?? '').slice(0, 64);
    const result = await this.services.ownership.changeClassification(actor, caseId, {
      level: Number(f.level),
      categoryChoice: f.category ?? '',
      reason: (f.reason ?? '').slice(0, 2000),
    });
    if (result.ok)
      return void (await context.sendActivity(texts.classification.done(result.value.reference)));
    const current = await this.services.ownership.currentForCard(caseId);
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
          level: Number(f.level) || current.kase.level,
          categoryChoice: (f.category ?? '').slice(0, 100),
          problem: texts.errors[result.code],
          categoryChoices: categoryChoices(texts),
        }),
      );
    await context.sendActivity(texts.errors[result.code]);
  }
}
