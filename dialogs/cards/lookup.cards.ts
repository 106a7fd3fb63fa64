import { LOOKUP_PURPOSES, type LookupQuery, type ResidentChoice } from '../../src/domain/ownership/lookup-owner.service.ts';
import type { Texts } from '../texts/index.ts';
import { adaptiveCard, heading, paragraph, submit } from './adaptive-card.ts';

export const LOOKUP_QUERY = 'lookup.query';
export const LOOKUP_PURPOSE = 'lookup.purpose';
export const LOOKUP_CHOOSE = 'lookup.choose';

/** A search box, for "hvem eier" with nothing after it. */
export function lookupCard(texts: Texts) {
  return adaptiveCard(
    [heading(texts.lookup.title), { type: 'Input.Text', id: 'query', label: texts.lookup.queryLabel, maxLength: 100 }],
    [submit(texts.lookup.search, { action: LOOKUP_QUERY })],
  );
}

/** Looking a person up needs a purpose; the card carries the query, so nothing is kept server-side. */
export function purposeCard(texts: Texts, query: Exclude<LookupQuery, { kind: 'reference' }>, problem?: string) {
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
    [submit(t.continue, { action: LOOKUP_PURPOSE, query })],
  );
}

export function residentChoicesCard(texts: Texts, residents: readonly ResidentChoice[], purpose: { code: string; note?: string }) {
  return adaptiveCard(
    [heading(texts.lookup.choicesTitle)],
    residents.map((r) => submit(texts.lookup.choice(r.name, r.birthYear, r.maskedId), { action: LOOKUP_CHOOSE, residentId: r.residentId, purpose })),
  );
}
