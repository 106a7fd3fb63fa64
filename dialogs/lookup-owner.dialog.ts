import type { TurnContext } from 'botbuilder';
import type { LookupOutcome, LookupPurpose, LookupPurposeCode, LookupQuery } from '../src/domain/ownership/lookup-owner.service.ts';
import type { Result } from '../src/domain/common/result.ts';
import { lookupCard, purposeCard, residentChoicesCard } from './cards/lookup.cards.ts';
import { ownerAnswerCard } from './cards/owner-answer.card.ts';
import { classifyLookup } from './commands.ts';
import { sendCard, stringFields } from './reply.ts';
import type { DialogServices } from './services.ts';
import { turnInfo } from './turn-info.ts';

type PersonQuery = Exclude<LookupQuery, { kind: 'reference' }>;

/** "hvem eier …": by reference straight away; by number or name after a purpose is given. */
export class LookupOwnerDialog {
  constructor(private readonly services: DialogServices) {}

  async fromText(context: TurnContext, argument: string): Promise<void> {
    const { texts, actor } = turnInfo(context);
    const target = classifyLookup(argument);
    if (target.kind === 'none') return sendCard(context, lookupCard(texts));
    if (target.kind === 'reference')
      return this.show(context, await this.services.lookupOwner.lookup(actor, target, null));
    const query: PersonQuery = target.kind === 'nationalId' ? { kind: 'nationalId', input: target.input } : { kind: 'name', name: target.name };
    return sendCard(context, purposeCard(texts, query));
  }

  /** "Åpne sak" on a card: the owner answer for a case id (content only for the case's units). */
  async showCase(context: TurnContext, caseId: string): Promise<void> {
    const { texts, actor } = turnInfo(context);
    const answer = await this.services.lookupOwner.byCaseId(actor, caseId);
    if (!answer) return void (await context.sendActivity(texts.errors['CASE.NOT_FOUND']));
    await sendCard(context, ownerAnswerCard(texts, answer, this.services.timeZone));
  }

  /** The search box was submitted. */
  onQuery(context: TurnContext, value: unknown): Promise<void> {
    return this.fromText(context, (stringFields(value).query ?? '').slice(0, 100));
  }

  async onPurpose(context: TurnContext, value: unknown): Promise<void> {
    const { texts, actor } = turnInfo(context);
    const query = personQuery((value as { query?: unknown } | null)?.query);
    if (!query) return void (await context.sendActivity(texts.unknownCommand));
    const fields = stringFields(value);
    const purpose: LookupPurpose = { code: fields.purpose as LookupPurposeCode, note: fields.purposeNote?.trim() || undefined };
    const result = await this.services.lookupOwner.lookup(actor, query, purpose);
    if (!result.ok && (result.code === 'LOOKUP.PURPOSE_REQUIRED' || result.code === 'LOOKUP.PURPOSE_NOTE_REQUIRED'))
      return sendCard(context, purposeCard(texts, query, texts.errors[result.code]));
    return this.show(context, result, purpose);
  }

  async onChoose(context: TurnContext, value: unknown): Promise<void> {
    const { actor } = turnInfo(context);
    const fields = stringFields(value);
    const p = stringFields((value as { purpose?: unknown } | null)?.purpose);
    const purpose: LookupPurpose = { code: p.code as LookupPurposeCode, note: p.note };
    const result = await this.services.lookupOwner.lookup(actor, { kind: 'resident', residentId: (fields.residentId ?? '').slice(0, 64) }, purpose);
    return this.show(context, result, purpose);
  }

  private async show(context: TurnContext, result: Result<LookupOutcome, string>, purpose?: LookupPurpose): Promise<void> {
    const { texts } = turnInfo(context);
    if (!result.ok) return void (await context.sendActivity(texts.errors[result.code as keyof typeof texts.errors] ?? texts.errors['LOOKUP.NOT_FOUND']));
    if (result.value.kind === 'choices')
      return sendCard(context, residentChoicesCard(texts, result.value.residents, { code: purpose?.code ?? '', ...(purpose?.note ? { note: purpose.note } : {}) }));
    return sendCard(context, ownerAnswerCard(texts, result.value.answer, this.services.timeZone));
  }
}

/** A query carried in card data, checked field by field: a card can be forged. */
function personQuery(raw: unknown): PersonQuery | null {
  const q = stringFields(raw);
  if (q.kind === 'nationalId' && q.input && q.input.length <= 20) return { kind: 'nationalId', input: q.input };
  if (q.kind === 'name' && q.name && q.name.length <= 100) return { kind: 'name', name: q.name };
  return null;
}
