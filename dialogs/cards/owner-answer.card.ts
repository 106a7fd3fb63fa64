import type {
  CaseDetails,
  ConcernView,
  OwnerAnswer,
} from '../../src/domain/ownership/queries/lookup-owner.service.ts';
import { TIMELINE_DATE_FIELDS } from '../../src/domain/case/case.ts';
import { concernTypes } from '../../src/domain/concern/concern.ts';
import type { Texts } from '../texts/index.ts';
import {
  adaptiveCard,
  facts,
  heading,
  paragraph,
  submit,
  userText,
  type CardAction,
  type CardElement,
} from './adaptive-card.ts';
import { onCase, submitVerb } from './card-verb.ts';
import { EVENT_START } from './case-event.cards.ts';
import { formatAmount, formatDate, formatInstant, formatMoment } from './format.ts';

/** The owner answer's buttons each open a form or a view for the case, by its id. */
export const HANDOVER_START = submitVerb('handover.start', onCase);
export const PLAN_START = submitVerb('plan.start', onCase);
export const PLAN_SHOW = submitVerb('plan.show', onCase);
export const CLASSIFY_START = submitVerb('classification.start', onCase);
export const PAID_START = submitVerb('resolution.paid.start', onCase);
export const GRANT_START = submitVerb('access.start', onCase);
export const CONSENT_START = submitVerb('consent.start', onCase);
export const CLOSE_START = submitVerb('resolution.close.start', onCase);
export const BREAKGLASS_START = submitVerb('breakglass.start', onCase);
/** "Ta saken" in personal chat: the asker's unit owns the case and nobody has taken it. */
export const TAKE_FROM_ANSWER = submitVerb('case.take.answer', onCase);

const chatLink = (texts: Texts, email: string): CardAction => ({
  type: 'Action.OpenUrl',
  title: texts.lookup.chat,
  url: `https://teams.microsoft.com/l/chat/0/0?users=${encodeURIComponent(email)}`,
});

function ownerFacts(texts: Texts, answer: OwnerAnswer): [string, string][] {
  const c = answer.coordinator;
  return [
    [texts.lookup.owner, answer.owningUnit.name],
    [
      texts.lookup.contact,
      c ? `${c.name} (${c.email})` : texts.lookup.contactUnit(answer.owningUnit.name),
    ],
  ];
}

/**
 * For channels and group chats: the reference, the owning unit and whom to contact — nothing
 * else, whoever asks (everyone in the conversation sees it). No buttons that lead to content.
 */
export function ownerFactsCard(texts: Texts, answer: OwnerAnswer) {
  return adaptiveCard(
    [
      heading(texts.lookup.caseTitle(answer.reference)),
      facts(ownerFacts(texts, answer)),
      paragraph(texts.lookup.channelFacts, { isSubtle: true, size: 'Small' }),
    ],
    answer.coordinator ? [chatLink(texts, answer.coordinator.email)] : [],
  );
}

/** "Hvem eier saken?" in personal chat: owner facts for anyone; state and content by relation. */
export function ownerAnswerCard(texts: Texts, answer: OwnerAnswer, timeZone: string) {
  const t = texts.lookup;
  const context = answer.context;
  const body: CardElement[] = [heading(texts.lookup.caseTitle(answer.reference))];
  if (context)
    body.push(
      paragraph(
        `${texts.labels.levels[context.level]} · ${texts.labels.statuses[context.status]}`,
        { isSubtle: true, spacing: 'None' },
      ),
    );
  const rows = ownerFacts(texts, answer);
  if (context)
    rows.push(
      [t.since, formatInstant(context.since, timeZone, texts.locale)],
      [
        t.involved,
        context.involvedUnits.length ? context.involvedUnits.map((u) => u.name).join(', ') : t.none,
      ],
    );
  body.push(facts(rows));
  if (answer.breakGlassUntil)
    body.push(
      paragraph(t.breakGlassActive(formatMoment(answer.breakGlassUntil, timeZone, texts.locale)), {
        color: 'Attention',
      }),
    );
  body.push(
    ...(answer.details
      ? detailsSection(texts, answer.details)
      : [paragraph(t.restricted, { isSubtle: true, size: 'Small' })]),
  );
  // A unit that only reported sees what it reported itself, nothing else of the case.
  if (!answer.details && answer.ownConcerns.length) {
    body.push(paragraph(t.ownConcerns, { weight: 'Bolder', spacing: 'Medium' }));
    for (const view of answer.ownConcerns) body.push(...concernLines(texts, view));
  }
  const actions: CardAction[] = [];
  if (answer.coordinator && !answer.askerIsCoordinator)
    actions.push(chatLink(texts, answer.coordinator.email));
  const data = { caseId: answer.caseId };
  if (answer.may.take) actions.unshift(submit(texts.notices.take, TAKE_FROM_ANSWER, data));
  if (answer.may.handOver) actions.push(submit(t.handOver, HANDOVER_START, data));
  if (answer.hasPlan) actions.push(submit(texts.plan.show, PLAN_SHOW, data));
  else if (answer.may.startPlan) actions.push(submit(t.startPlan, PLAN_START, data));
  if (answer.may.changeClassification)
    actions.push(submit(texts.classification.change, CLASSIFY_START, data));
  if (answer.may.markArrearsPaid) actions.push(submit(texts.resolution.markPaid, PAID_START, data));
  if (answer.may.recordEvent) actions.push(submit(texts.events.record, EVENT_START, data));
  if (answer.may.grantAccess) actions.push(submit(t.grantAccess, GRANT_START, data));
  if (answer.may.consent) actions.push(submit(t.consent, CONSENT_START, data));
  if (answer.may.close) actions.push(submit(texts.resolution.close, CLOSE_START, data));
  if (answer.may.breakGlass) actions.push(submit(t.breakGlass, BREAKGLASS_START, data));
  // KV model: level 2 follows up with a målplan; level 3–4 needs a vedtak and maybe an IP.
  if (context && answer.details && !answer.hasPlan && context.status === 'open')
    if (context.level === 2)
      body.push(paragraph(texts.plan.suggestLevel2, { color: 'Accent', spacing: 'Medium' }));
    else if (context.level >= 3)
      body.push(paragraph(texts.plan.level3, { color: 'Accent', spacing: 'Medium' }));
  return adaptiveCard(body, actions);
}

function detailsSection(texts: Texts, d: CaseDetails): CardElement[] {
  const t = texts.timeline;
  const r = d.resident;
  // Every date the case holds, oldest first: a timeline. A release from prison or an
  // institution says more than a deadline does (helse- og straffeopplysninger): it is shown with
  // the concern's person facts, to those the sharing basis allows, not to every involved unit.
  const dates = TIMELINE_DATE_FIELDS.filter((field) => field !== 'releaseDate')
    .flatMap((field) => {
      const date = d.timeline[field];
      return date ? [{ field, date }] : [];
    })
    .sort((a, b) => a.date.localeCompare(b.date))
    .map(({ field, date }) => [t[field], formatDate(date, texts.locale)] as const);
  const out: CardElement[] = [
    paragraph(texts.lookup.resident, { weight: 'Bolder', spacing: 'Medium', separator: true }),
    userText(
      [
        r.name || '–',
        r.maskedId ? ` (${r.maskedId})` : '',
        r.birthDate ? `, ${texts.lookup.born(formatDate(r.birthDate, texts.locale))}` : '',
      ].join(''),
      { spacing: 'None' },
    ),
  ];
  if (dates.length)
    out.push(
      paragraph(texts.lookup.timeline, { weight: 'Bolder', spacing: 'Medium' }),
      facts(dates),
    );
  if (d.timeline.evictionHappened) out.push(paragraph(t.evictionHappened, { color: 'Attention' }));
  if (d.arrearsPaidDate)
    out.push(paragraph(texts.resolution.paidOn(formatDate(d.arrearsPaidDate, texts.locale))));
  if (d.closedReason)
    out.push(
      paragraph(texts.resolution.closedBecause(texts.labels.closeReasons[d.closedReason]), {
        isSubtle: true,
      }),
    );
  const events = d.events ?? [];
  if (events.length)
    out.push(
      paragraph(texts.events.listTitle, { weight: 'Bolder', spacing: 'Medium' }),
      ...events.map((view) => eventLine(texts, view)),
    );
  if (d.concerns.length) {
    out.push(paragraph(texts.lookup.concerns, { weight: 'Bolder', spacing: 'Medium' }));
    for (const view of d.concerns) out.push(...concernLines(texts, view));
  }
  return out;
}

/**
 * What was reported and when (every reader with a relation); text and amounts only where the
 * basis allows.
 */
function concernLines(texts: Texts, view: ConcernView): CardElement[] {
  const c = view.concern;
  const l = texts.labels;
  const arrears = c.rentArrears
    ? view.textShown
      ? `${l.concernTypes.husleierestanse}: ${texts.lookup.arrears(
          formatAmount(c.rentArrears.amountNok, texts.locale),
          c.rentArrears.months,
          l.landlords[c.rentArrears.landlord],
        )}`
      : l.concernTypes.husleierestanse
    : null;
  const what = concernTypes(c)
    .map((type) => (type === 'husleierestanse' && arrears ? arrears : l.concernTypes[type]))
    .join('; ');
  const basis = l.sharingBasesShort[c.sharingBasis];
  return [
    userText(
      `${formatDate(c.createdAt.toISOString().slice(0, 10), texts.locale)}: ${what} ` +
        `(${texts.lookup.reportedBy(view.reporterUnitName)})`,
      { spacing: 'Small' },
    ),
    ...(view.textShown
      ? personFacts(texts, view)
      : [
          paragraph(texts.lookup.textWithheld(basis), {
            isSubtle: true,
            size: 'Small',
            spacing: 'None',
          }),
        ]),
    paragraph(`${texts.lookup.basis(basis)}. ${texts.lookup.informed(c.residentInformed)}`, {
      isSubtle: true,
      size: 'Small',
      spacing: 'None',
    }),
  ];
}

/**
 * Where the concern's text may be shown: who told us, the household, how to reach the person,
 * their own wishes and the description (each only when given).
 */
function personFacts(texts: Texts, view: ConcernView): CardElement[] {
  const c = view.concern;
  const f = texts.concern.facts;
  const l = texts.labels;
  const reserved =
    c.tenantReservedAgainstNotice === null
      ? null
      : c.tenantReservedAgainstNotice
        ? l.reservations.ja
        : l.reservations.nei;
  const rows = (
    [
      [f.source, c.source === 'ikke-oppgitt' ? null : l.sources[c.source]],
      [f.children, c.children === null ? null : String(c.children)],
      [f.tenure, c.tenure ? l.tenures[c.tenure] : null],
      [f.reserved, reserved],
      [texts.timeline.releaseDate, c.releaseDate ? formatDate(c.releaseDate, texts.locale) : null],
      [f.contact, c.contact],
      [f.wishes, c.wishes],
    ] as const
  ).flatMap(([title, value]) => (value ? [{ title, value }] : []));
  return [
    ...rows.map(({ title, value }) =>
      userText([{ text: `${title}: `, isSubtle: true }, value], { spacing: 'None' }),
    ),
    ...(c.description
      ? [userText([{ text: c.description, isSubtle: true }], { spacing: 'None' })]
      : []),
  ];
}

/**
 * One outcome event: when, what (with the decision, amount or date it carries) and who recorded
 * it. A staff name is organisation data; the line is a RichTextBlock all the same.
 */
function eventLine(
  texts: Texts,
  { event, recordedByName }: NonNullable<CaseDetails['events']>[number],
): CardElement {
  const t = texts.events;
  const more = [
    event.decision ? t.decisions[event.decision] : null,
    event.amountNok !== null ? t.amountShown(formatAmount(event.amountNok, texts.locale)) : null,
    event.coversArrears ? t.covering : null,
    event.dateValue ? formatDate(event.dateValue, texts.locale) : null,
  ].filter((x): x is string => x !== null);
  const what = more.length ? `${t.labels[event.type]}: ${more.join(', ')}` : t.labels[event.type];
  return userText(t.line(formatDate(event.occurredOn, texts.locale), what, recordedByName || '–'), {
    spacing: 'Small',
  });
}
