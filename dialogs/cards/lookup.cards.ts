import { z } from 'zod';
import {
  LOOKUP_PURPOSES,
  type ResidentChoice,
} from '../../src/domain/ownership/queries/lookup-owner.service.ts';
import type { Texts } from '../texts/index.ts';
import { adaptiveCard, heading, paragraph, submit, userText, withButton } from './adaptive-card.ts';
import { cardId, choice, submitVerb, typed } from './card-verb.ts';

/** The search box's text (its input takes at most 100 characters). */
export const LOOKUP_QUERY = submitVerb('lookup.query', z.object({ query: typed(100) }));

/** A person lookup waits on the server behind this id; the card carries nothing else of it. */
const lookupId = cardId('LOOKUP.EXPIRED');

/** Why the asker looks the person up; a note is required for "annet" (at most 200). */
export const LOOKUP_PURPOSE = submitVerb(
  'lookup.purpose',
  z.object({
    lookupId,
    purpose: choice(LOOKUP_PURPOSES, 'LOOKUP.PURPOSE_REQUIRED'),
    purposeNote: z
      .string()
      .transform((note) => note.trim().slice(0, 201))
      .default(''),
  }),
);

/** One of several people of that name. */
export const LOOKUP_CHOOSE = submitVerb(
  'lookup.choose',
  z.object({ lookupId, residentId: cardId('LOOKUP.EXPIRED') }),
);

/** A search box, for "hvem eier" with nothing after it. */
export function lookupCard(texts: Texts) {
  return adaptiveCard(
    [
      heading(texts.lookup.title),
      { type: 'Input.Text', id: 'query', label: texts.lookup.queryLabel, maxLength: 100 },
    ],
    [submit(texts.lookup.search, LOOKUP_QUERY)],
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
    [submit(t.continue, LOOKUP_PURPOSE, { lookupId })],
  );
}

/**
 * Several people of that name, all on cases the asker's unit works on: one row each (the person,
 * and the case's reference and owner) with its own button to open that case. The button carries
 * the lookup's opaque id and the resident's id; the server opens only a resident that lookup
 * listed, and checks access again when it is pressed.
 */
export function residentChoicesCard(
  texts: Texts,
  lookupId: string,
  residents: readonly ResidentChoice[],
) {
  const t = texts.lookup;
  return adaptiveCard([
    heading(t.choicesTitle),
    paragraph(t.choicesIntro, { isSubtle: true, size: 'Small' }),
    ...residents.map((r) => ({
      ...withButton(
        {
          type: 'Container',
          items: [
            userText([{ text: t.choice(r.name, r.birthYear, r.maskedId), weight: 'Bolder' }]),
            paragraph(t.choiceCase(r.reference, r.owningUnitName), {
              isSubtle: true,
              spacing: 'None',
            }),
          ],
        },
        {
          ...submit(texts.reminders.open, LOOKUP_CHOOSE, { lookupId, residentId: r.residentId }),
          tooltip: texts.reminders.openCase(r.reference),
        },
      ),
      separator: true,
    })),
  ]);
}
