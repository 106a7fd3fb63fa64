import {
  LOOKUP_PURPOSES,
  type ResidentChoice,
} from '../../src/domain/ownership/lookup-owner.service.ts';
import type { Texts } from '../texts/index.ts';
import { adaptiveCard, heading, paragraph, submit } from './adaptive-card.ts';

export const LOOKUP_QUERY = 'lookup.query';
export const LOOKUP_PURPOSE = 'lookup.purpose';
export const LOOKUP_CHOOSE = 'lookup.choose';

/** A search box, for "hvem eier" with nothing after it. */
export function lookupCard(texts: Texts) {
  return adaptiveCard(
    [
      heading(texts.lookup.title),
      { type: 'Input.Text', id: 'query', label: texts.lookup.queryLabel, maxLength: 100 },
    ],
    [submit(texts.lookup.search, { action: LOOKUP_QUERY })],
  );
}

/**
 * Looking a person up needs a purpose. The question itself (a number or a name) waits on the
 * server: the card carries only the lookup's opaque id.
 */
export function purposeCard(texts: Texts, lookupId: string, problem?: string) {
  const t = texts.lookup;
  return adaptiveCard(
    [
      heading(t.purposeTitle),
      paragraph(t.purposeIntro, { isSubtle: true, size: 'Small' }),
      ...(problem ? [paragraph(problem, { color: 'Attention' })] : []),
      {
        type: 'Input.ChoiceSet',
        id: 'purpose',
        style: 'expanded',
        choices: LOOKUP_PURPOSES.map((p) => ({ title: texts.labels.purposes[p], value: p })),
      },
      { type: 'Input.Text', id: 'purposeNote', label: t.purposeNote, maxLength: 200 },
    ],
    [submit(t.continue, { action: LOOKUP_PURPOSE, lookupId })],
  );
}

/** Several people of that name, all on cases the asker's unit works on: pick one. */
export function residentChoicesCard(
  texts: Texts,
  lookupId: string,
  residents: readonly ResidentChoice[],
) {
  return adaptiveCard(
    [heading(texts.lookup.choicesTitle)],
    residents.map((r) =>
      submit(texts.lookup.choice(r.name, r.birthYear, r.maskedId), {
        action: LOOKUP_CHOOSE,
        lookupId,
        residentId: r.residentId,
      }),
    ),
  );
}
