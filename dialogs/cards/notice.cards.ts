import type { Notice, UnitNotice } from '../../src/domain/notify/notifier.ts';
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
          [n.deadline, notice.deadline ? formatDate(notice.deadline) : '–'],
        ]),
      ]);
    case 'case.involvedAlert':
      return adaptiveCard([
        heading(n.involvedAlertTitle(notice.reference)),
        paragraph(n.involvedAlertBody(notice.owningUnitName)),
        facts([
          [n.what, notice.concernTypes.map((t) => label.concernTypes[t]).join(', ')],
          [n.deadline, notice.deadline ? formatDate(notice.deadline) : '–'],
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
            formatMoment(notice.until, 'Europe/Oslo'),
          ),
        ),
        // The justification is typed text: a TextRun, never Markdown. Only leaders get it (personal chat).
        ...(notice.justification
          ? [userText([{ text: `${n.breakGlassWhy}: `, weight: 'Bolder' }, notice.justification])]
          : []),
      ]);
    case 'case.accessGranted':
      return adaptiveCard([
        heading(n.accessGrantedTitle(notice.reference)),
        paragraph(n.accessGrantedBody(notice.owningUnitName, notice.byName)),
      ]);
  }
}

/**
 * The owning unit's channel card: reference, category, level and deadline — never the
 * resident. "Ta saken" until someone has; then who took it.
 */
export function caseForUnitCard(texts: Texts, notice: UnitNotice): AdaptiveCard {
  const n = texts.notices;
  const body = [
    heading(n.forUnitTitle(notice.isNewCase)),
    facts([
      [n.case, notice.reference],
      [
        texts.concern.category,
        `${texts.labels.categories[notice.category]}: ${texts.labels.subcategories[notice.subcategory]}`,
      ],
      [n.level, texts.labels.levels[notice.level]],
      [n.deadline, notice.deadline ? formatDate(notice.deadline) : '–'],
    ]),
  ];
  if (notice.coordinatorName)
    return adaptiveCard([
      ...body,
      paragraph(n.takenBy(notice.coordinatorName), { weight: 'Bolder', color: 'Good' }),
    ]);
  return adaptiveCard(body, [execute(n.take, TAKE_CASE, { caseId: notice.caseId })]);
}
