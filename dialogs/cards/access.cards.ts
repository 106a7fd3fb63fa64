import { z } from 'zod';
import { MAX_JUSTIFICATION } from '../../src/domain/access/break-glass.ts';
import { CONSENT_FORMS, type CaseConsent } from '../../src/domain/access/consent.ts';
import {
  MAX_GRANT_NOTE,
  type BreakGlassHolder,
  type InvolvedUnit,
} from '../../src/domain/access/case-involvement.service.ts';
import type { Unit } from '../../src/domain/org/org.ts';
import type { Texts } from '../texts/index.ts';
import {
  adaptiveCard,
  fieldError,
  heading,
  paragraph,
  submit,
  userText,
  type CardAction,
  type CardElement,
} from './adaptive-card.ts';
import { caseId, cardId, choice, chosenKey, submitVerb, typed } from './card-verb.ts';
import { formatDate, formatInstant, formatMoment } from './format.ts';

/** "Gi tilgang": the unit chosen and why (the note is checked by the service, at most 300). */
export const GRANT_SUBMIT = submitVerb(
  'access.grant',
  z.object({ caseId, unitKey: chosenKey('UNIT.NOT_FOUND'), note: typed(2000) }),
);
/** "Fjern tilgangen for …": one button per involved unit. */
export const GRANT_END = submitVerb(
  'access.end',
  z.object({ caseId, unitId: cardId('UNIT.NOT_FOUND') }),
);
/** A new consent: units (a multi-select sends them comma-separated), date and form. */
export const CONSENT_SUBMIT = submitVerb(
  'consent.record',
  z.object({
    caseId,
    consentUnitKeys: typed(2000),
    givenDate: typed(10),
    form: choice(CONSENT_FORMS, 'CONSENT.INVALID'),
  }),
);
/** "Trekk tilbake samtykke n". */
export const CONSENT_WITHDRAW = submitVerb(
  'consent.withdraw',
  z.object({ caseId, consentId: cardId('CONSENT.NOT_FOUND') }),
);
/**
 * "Åpne saken med nødtilgang": the justification (20–500 characters, checked by the service).
 */
export const BREAKGLASS_SUBMIT = submitVerb(
  'breakglass.open',
  z.object({ caseId, justification: typed(2000) }),
);

/** "gi tilgang 2026-0004": who works on the case and why; the owner grants or ends access. */
export function accessCard(
  texts: Texts,
  input: {
    caseId: string;
    reference: string;
    units: readonly Unit[];
    involved: readonly InvolvedUnit[];
    breakGlass?: readonly BreakGlassHolder[];
    timeZone: string;
    values?: { unitKey?: string; note?: string };
    problem?: string;
  },
) {
  const t = texts.access;
  const v = input.values ?? {};
  const body: CardElement[] = [
    heading(t.title(input.reference)),
    paragraph(t.intro, { isSubtle: true, size: 'Small' }),
    ...fieldError(input.problem),
  ];
  body.push(paragraph(t.current, { weight: 'Bolder', spacing: 'Medium' }));
  if (input.involved.length === 0) body.push(paragraph(t.none, { isSubtle: true }));
  const actions: CardAction[] = [];
  for (const i of input.involved) {
    const reason = texts.labels.involvementReasons[i.involvement.reason];
    body.push(
      userText(
        t.line(
          i.unit.name,
          reason,
          formatInstant(i.involvement.since, input.timeZone, texts.locale),
          i.grantedByName,
        ),
        { spacing: 'Small' },
      ),
    );
    if (i.involvement.note)
      body.push(userText([{ text: i.involvement.note, isSubtle: true }], { spacing: 'None' }));
    if (i.involvement.reason === 'previous-owner' || i.involvement.reason === 'reporter')
      body.push(paragraph(t.expires, { isSubtle: true, size: 'Small', spacing: 'None' }));
    actions.push(
      submit(t.end(i.unit.name), GRANT_END, { caseId: input.caseId, unitId: i.unit.id }),
    );
  }
  if (input.breakGlass?.length) {
    body.push(
      paragraph(t.breakGlassTitle, { weight: 'Bolder', spacing: 'Medium', color: 'Attention' }),
    );
    for (const g of input.breakGlass)
      body.push(
        userText(
          t.breakGlassLine(g.name, g.unitName, formatMoment(g.until, input.timeZone, texts.locale)),
          {
            spacing: 'Small',
          },
        ),
      );
  }
  const taken = new Set(input.involved.map((i) => i.unit.id));
  body.push(
    {
      type: 'Input.ChoiceSet',
      id: 'unitKey',
      label: t.unit,
      value: v.unitKey ?? '',
      choices: input.units
        .filter((u) => !taken.has(u.id))
        .map((u) => ({ title: u.name, value: u.key })),
    },
    {
      type: 'Input.Text',
      id: 'note',
      label: t.note,
      isMultiline: true,
      maxLength: MAX_GRANT_NOTE,
      value: v.note ?? '',
    },
  );
  return adaptiveCard(body, [submit(t.submit, GRANT_SUBMIT, { caseId: input.caseId }), ...actions]);
}

/** "samtykke 2026-0004": consents in force, the history, and a form for a new one. */
export function consentCard(
  texts: Texts,
  input: {
    caseId: string;
    reference: string;
    consents: readonly CaseConsent[];
    units: readonly Unit[];
    staffNames: Readonly<Record<string, string>>;
    today: string;
    timeZone: string;
    values?: Partial<Record<'consentUnitKeys' | 'givenDate' | 'form', string>>;
    errors?: Partial<Record<'consentUnitKeys' | 'givenDate' | 'form', string>>;
  },
) {
  const t = texts.consent;
  const unitNames = (ids: readonly string[]) =>
    ids
      .map((id) => input.units.find((u) => u.id === id)?.name ?? '')
      .filter(Boolean)
      .join(', ');
  const active = input.consents.filter((c) => c.withdrawnAt === null);
  const withdrawn = input.consents.filter(
    (c): c is CaseConsent & { withdrawnAt: Date } => c.withdrawnAt !== null,
  );
  const body: CardElement[] = [
    heading(t.title(input.reference)),
    paragraph(t.intro, { isSubtle: true, size: 'Small' }),
    paragraph(t.active, { weight: 'Bolder', spacing: 'Medium' }),
  ];
  const actions: CardAction[] = [];
  if (active.length === 0) body.push(paragraph(t.none, { isSubtle: true }));
  active.forEach((c, i) => {
    const line = t.line(
      unitNames(c.unitIds),
      formatDate(c.givenDate, texts.locale),
      texts.labels.consentForms[c.form],
      input.staffNames[c.recordedById] ?? '',
    );
    body.push(userText(`${i + 1}. ${line}`, { spacing: 'Small' }));
    actions.push(
      submit(`${t.withdraw} ${i + 1}`, CONSENT_WITHDRAW, {
        caseId: input.caseId,
        consentId: c.id,
      }),
    );
  });
  if (withdrawn.length) {
    body.push(paragraph(t.history, { weight: 'Bolder', spacing: 'Medium' }));
    for (const c of withdrawn)
      body.push(
        userText(
          t.withdrawnLine(
            unitNames(c.unitIds),
            formatInstant(c.withdrawnAt, input.timeZone, texts.locale),
            input.staffNames[c.withdrawnById ?? ''] ?? '',
          ),
          { spacing: 'Small' },
        ),
      );
  }
  const v = input.values ?? {};
  const error = (f: 'consentUnitKeys' | 'givenDate' | 'form') => fieldError(input.errors?.[f]);
  body.push(
    paragraph(t.newTitle, { weight: 'Bolder', spacing: 'Large', separator: true }),
    {
      type: 'Input.ChoiceSet',
      id: 'consentUnitKeys',
      label: t.units,
      isMultiSelect: true,
      value: v.consentUnitKeys ?? '',
      choices: input.units.map((u) => ({ title: u.name, value: u.key })),
    },
    ...error('consentUnitKeys'),
    {
      type: 'Input.Date',
      id: 'givenDate',
      label: t.givenDate,
      value: v.givenDate ?? input.today,
      max: input.today,
    },
    ...error('givenDate'),
    {
      type: 'Input.ChoiceSet',
      id: 'form',
      label: t.form,
      style: 'expanded',
      value: v.form ?? '',
      choices: CONSENT_FORMS.map((f) => ({ title: texts.labels.consentForms[f], value: f })),
    },
    ...error('form'),
  );
  return adaptiveCard(body, [
    submit(t.submit, CONSENT_SUBMIT, { caseId: input.caseId }),
    ...actions,
  ]);
}

/**
 * "nødtilgang 2026-0004": the justification form; the grant is shown and logged as break-glass.
 */
export function breakGlassCard(
  texts: Texts,
  input: { caseId: string; reference: string; problem?: string; justification?: string },
) {
  const t = texts.breakGlass;
  return adaptiveCard(
    [
      heading(t.title(input.reference)),
      paragraph(t.explain, { color: 'Attention' }),
      ...fieldError(input.problem),
      {
        type: 'Input.Text',
        id: 'justification',
        label: t.justification,
        isMultiline: true,
        maxLength: MAX_JUSTIFICATION,
        value: input.justification ?? '',
      },
    ],
    [submit(t.submit, BREAKGLASS_SUBMIT, { caseId: input.caseId })],
  );
}

/** The break-glass form once used: what was opened and until when, no button left. */
export function breakGlassDoneCard(texts: Texts, reference: string, until: string) {
  return adaptiveCard([
    heading(texts.breakGlass.title(reference)),
    paragraph(texts.breakGlass.granted(until), { color: 'Attention', weight: 'Bolder' }),
  ]);
}
