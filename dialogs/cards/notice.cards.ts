import { nextLegalDeadline } from '../../src/domain/case/case.ts';
import type { CaseCardFacts } from '../../src/domain/case/queries/case-facts.query.ts';
import { caseCardNotice } from '../../src/domain/channel/unit-channel-cards.ts';
import {
  unitNoticeFor,
  type AcuteNotice,
  type Notice,
  type UnitNotice,
} from '../../src/domain/notify/notifier.ts';
import type { Texts } from '../texts/index.ts';
import {
  adaptiveCard,
  execute,
  facts,
  heading,
  paragraph,
  userText,
  type AdaptiveCard,
} from './adaptive-card.ts';
import { executeVerb, onCase } from './card-verb.ts';
import { formatDate, formatMoment } from './format.ts';
import { proposalAnsweredCard, proposalCard, proposalInputOf } from './proposal.cards.ts';
import { worklistChannelCard } from './worklist.card.ts';

/** "Ta saken" on the owning unit's channel card (Action.Execute: redrawn in place). */
export const TAKE_CASE = executeVerb('case.take', onCase);

/** The card for each proactive notice. Channel cards hold no personal data about the resident. */
export function noticeCard(texts: Texts, notice: Notice): AdaptiveCard {
  const n = texts.notices;
  const label = texts.labels;
  switch (notice.kind) {
    case 'case.forUnit':
      return caseForUnitCard(texts, notice);
    case 'case.forCoordinator':
      return adaptiveCard([
        heading(n.forCoordinatorTitle(notice.reference)),
        userText([
          { text: `${texts.lookup.resident}: `, weight: 'Bolder' },
          `${notice.residentName || '–'}${notice.maskedId ? ` (${notice.maskedId})` : ''}`,
        ]),
        facts([
          [n.what, notice.concernTypes.map((t) => label.concernTypes[t]).join(', ')],
          [n.reportedBy, notice.reporterUnitName],
          [n.level, label.levels[notice.level]],
          [n.deadline, notice.deadline ? formatDate(notice.deadline, texts.locale) : '–'],
        ]),
      ]);
    case 'case.involvedAlert':
      return adaptiveCard([
        heading(n.involvedAlertTitle(notice.reference)),
        paragraph(n.involvedAlertBody(notice.owningUnitName)),
        facts([
          [n.what, notice.concernTypes.map((t) => label.concernTypes[t]).join(', ')],
          [n.deadline, notice.deadline ? formatDate(notice.deadline, texts.locale) : '–'],
        ]),
      ]);
    case 'case.handedOver':
      return adaptiveCard([
        heading(n.handedOverTitle(notice.reference)),
        paragraph(
          n.handedOverBody(
            notice.fromUnitName,
            notice.toUnitName,
            notice.toCoordinatorName,
            notice.byName,
          ),
        ),
      ]);
    case 'lookup.throttled':
      return adaptiveCard([
        heading(n.throttledTitle),
        paragraph(n.throttledBody(notice.staffName, notice.unitName, notice.limit)),
      ]);
    case 'case.breakGlass':
      return adaptiveCard([
        heading(n.breakGlassTitle(notice.reference)),
        paragraph(
          n.breakGlassBody(
            notice.byName,
            notice.byUnitName,
            formatMoment(notice.until, 'Europe/Oslo', texts.locale),
          ),
        ),
        // The justification is typed text: a TextRun, never Markdown. Only leaders get it
        // (personal chat).
        ...(notice.justification
          ? [userText([{ text: `${n.breakGlassWhy}: `, weight: 'Bolder' }, notice.justification])]
          : []),
      ]);
    case 'case.acute':
      return acuteCaseCard(texts, notice);
    case 'plan.newCaseElsewhere':
      return adaptiveCard([
        heading(n.planNewCaseTitle(notice.planReference)),
        paragraph(n.planNewCaseBody(notice.newReference, notice.newOwningUnitName)),
      ]);
    case 'case.accessGranted':
      return adaptiveCard([
        heading(n.accessGrantedTitle(notice.reference)),
        paragraph(n.accessGrantedBody(notice.owningUnitName, notice.byName)),
      ]);
    case 'case.handOverProposed':
    case 'case.levelReview':
      return proposalCard(texts, proposalInputOf(notice));
    case 'case.handOverAnswered':
      return proposalAnsweredCard(texts, notice);
    case 'unit.worklist':
      return worklistChannelCard(texts, notice.unitName, notice.worklist);
  }
}

/**
 * "Uten tak over hodet i natt – sosialtjenesteloven § 27": the owning unit's channel and its
 * leaders see the reference, the owning unit and "Ta saken" (or who took it) — nothing about the
 * person or what happened.
 */
export function acuteCaseCard(texts: Texts, notice: AcuteNotice): AdaptiveCard {
  const n = texts.notices;
  const body = [
    heading(n.acuteTitle(notice.reference)),
    paragraph(n.acuteWhat, { weight: 'Bolder', color: 'Attention', spacing: 'None' }),
    facts([
      [n.case, notice.reference],
      [texts.lookup.owner, notice.owningUnitName],
    ]),
  ];
  if (notice.coordinatorName)
    return adaptiveCard([
      ...body,
      paragraph(n.takenBy(notice.coordinatorName), { weight: 'Bolder' }),
    ]);
  return adaptiveCard(
    [...body, paragraph(n.acuteBody)],
    [execute(n.take, TAKE_CASE, { caseId: notice.caseId })],
  );
}

/**
 * Where a channel card about a case stands, seen from the conversation it is in: the case is
 * open and this channel's unit owns it, it has moved to another unit, or it is closed.
 */
export type CaseCardStanding =
  | { readonly kind: 'owned' }
  | { readonly kind: 'moved'; readonly owningUnitName: string }
  | { readonly kind: 'closed'; readonly owningUnitName: string };

/**
 * The owning unit's channel card: reference, category, level and deadline — never the
 * resident. "Ta saken" until someone has; then who took it. Once the case has moved to another
 * unit it says who owns and coordinates it now, and once closed that it is closed: neither has
 * a button (nobody takes a case there any more) nor a deadline.
 */
export function caseForUnitCard(
  texts: Texts,
  notice: UnitNotice,
  standing: CaseCardStanding = { kind: 'owned' },
): AdaptiveCard {
  const n = texts.notices;
  const caseFacts: [string, string][] = [
    [n.case, notice.reference],
    [
      texts.concern.category,
      `${texts.labels.categories[notice.category]}: ` +
        `${texts.labels.subcategories[notice.subcategory]}`,
    ],
    [n.level, texts.labels.levels[notice.level]],
  ];
  // A card left in a channel whose unit no longer owns the case, or about a closed case, shows
  // owner facts only (reference, owner, coordinator): level and category are case details,
  // which that unit may no longer have a need to know.
  const ownerFacts: [string, string][] = [[n.case, notice.reference]];
  if (standing.kind === 'closed')
    return adaptiveCard([
      heading(n.closedTitle(notice.reference)),
      facts([...ownerFacts, [texts.lookup.owner, standing.owningUnitName]]),
      paragraph(n.closedBody, { weight: 'Bolder' }),
    ]);
  if (standing.kind === 'moved')
    return adaptiveCard([
      heading(n.movedTitle(notice.reference, standing.owningUnitName)),
      facts([
        ...ownerFacts,
        [texts.lookup.owner, standing.owningUnitName],
        [texts.lookup.coordinator, notice.coordinatorName ?? texts.lookup.noCoordinator],
      ]),
      paragraph(n.movedBody),
    ]);
  const body = [
    heading(n.forUnitTitle(notice.isNewCase)),
    facts([
      ...caseFacts,
      [n.deadline, notice.deadline ? formatDate(notice.deadline, texts.locale) : '–'],
    ]),
  ];
  if (notice.coordinatorName)
    return adaptiveCard([
      ...body,
      paragraph(n.takenBy(notice.coordinatorName), { weight: 'Bolder' }),
    ]);
  return adaptiveCard(body, [execute(n.take, TAKE_CASE, { caseId: notice.caseId })]);
}

/**
 * A channel card Husly posted about a case, as it should read now in the conversation it is in
 * (`conversationId`, the channel itself): "Ta saken" only while the case is open, has no
 * coordinator and is owned by the unit whose linked channel this is — as the acute card while
 * the person has no roof tonight. Owner facts only.
 */
export function channelCaseCard(
  texts: Texts,
  about: CaseCardFacts,
  conversationId: string,
  today: string,
): AdaptiveCard {
  const { kase, owningUnit } = about;
  const owningUnitName = owningUnit?.name ?? '–';
  if (kase.status !== 'open')
    return caseForUnitCard(texts, unitNoticeOf(about, today), { kind: 'closed', owningUnitName });
  if (!owningUnit?.channelConversationId || owningUnit.channelConversationId !== conversationId)
    return caseForUnitCard(texts, unitNoticeOf(about, today), { kind: 'moved', owningUnitName });
  return ownedCaseCard(texts, about, today);
}

/**
 * The case's card as its owning unit sees it (its channel, or a person of the unit in personal
 * chat after pressing "Ta saken" there): the acute card while the person has no roof tonight,
 * else reference, category, level and deadline; "Ta saken" until someone has.
 */
export function ownedCaseCard(texts: Texts, about: CaseCardFacts, today: string): AdaptiveCard {
  const notice = caseCardNotice(
    about.kase,
    about.owningUnit?.name ?? '–',
    about.coordinator?.name ?? null,
    { today, isNewCase: true },
  );
  return notice.kind === 'case.acute'
    ? acuteCaseCard(texts, notice)
    : caseForUnitCard(texts, notice);
}

/** The plain case card's facts (no deadline once the case is closed). */
function unitNoticeOf({ kase, coordinator }: CaseCardFacts, today: string): UnitNotice {
  const deadline = kase.status === 'open' ? nextLegalDeadline(kase.timeline, today) : null;
  return unitNoticeFor(kase, deadline, coordinator?.name ?? null, true);
}
