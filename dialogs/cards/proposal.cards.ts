import { z } from 'zod';
import type { CaseLevel } from '../../src/domain/case/case.ts';
import type { Notice } from '../../src/domain/notify/notifier.ts';
// prettier-ignore
import type {
  ProposalView,
} from '../../src/domain/ownership/commands/hand-over-proposal.service.ts';
import {
  MAX_DECLINE_REASON,
  type ProposalKind,
  type ProposalStatus,
} from '../../src/domain/ownership/hand-over-proposal.ts';
import type { Texts } from '../texts/index.ts';
import {
  adaptiveCard,
  execute,
  facts,
  fieldError,
  heading,
  paragraph,
  userText,
  type AdaptiveCard,
  type CardElement,
} from './adaptive-card.ts';
import { cardId, executeVerb, typed } from './card-verb.ts';

const proposalId = cardId('HANDOVER.PROPOSAL_NOT_FOUND');
const onProposal = z.object({ proposalId });

/** "Godta" on a hand-over proposal (Action.Execute: redrawn in place with the answer). */
export const HANDOVER_ACCEPT = executeVerb('handover.accept', onProposal);
/** "Avslå": with the reason typed on the card (the service refuses an empty one). */
export const HANDOVER_DECLINE = executeVerb(
  'handover.decline',
  z.object({ proposalId, reason: typed(2000) }),
);
/** The tildeling team on a level review: keep the case with its owner, or take it over. */
export const LEVEL_REVIEW_KEEP = executeVerb('levelreview.keep', onProposal);
export const LEVEL_REVIEW_TAKE = executeVerb('levelreview.take', onProposal);

/** What a proposal card shows: reference, units, staff names and level — never the resident. */
export interface ProposalCardInput {
  readonly proposalId: string;
  readonly kind: ProposalKind;
  readonly reference: string;
  readonly fromUnitName: string;
  readonly toUnitName: string;
  readonly coordinatorName: string | null;
  readonly byName: string;
  readonly level: CaseLevel | null;
  /** The proposer's note: case content, only on the copy a leader gets in personal chat. */
  readonly note: string | null;
  readonly status: ProposalStatus;
  readonly answeredByName: string | null;
  /** Why the last press was refused (a decline without a reason), shown on the card. */
  readonly problem?: string;
}

/** The card as first sent (the notice to the receiving unit, or to the tildeling team). */
export function proposalInputOf(
  notice: Extract<Notice, { kind: 'case.handOverProposed' | 'case.levelReview' }>,
): ProposalCardInput {
  if (notice.kind === 'case.levelReview')
    return {
      proposalId: notice.proposalId,
      kind: 'level-review',
      reference: notice.reference,
      fromUnitName: notice.owningUnitName,
      toUnitName: notice.tildelingUnitName,
      coordinatorName: null,
      byName: '',
      level: notice.level,
      note: null,
      status: 'pending',
      answeredByName: null,
    };
  return {
    proposalId: notice.proposalId,
    kind: 'handover',
    reference: notice.reference,
    fromUnitName: notice.fromUnitName,
    toUnitName: notice.toUnitName,
    coordinatorName: notice.coordinatorName,
    byName: notice.byName,
    level: null,
    note: notice.note,
    status: 'pending',
    answeredByName: null,
  };
}

/** The card as it stands now (a redraw after a press): without the note, which is case content. */
export function proposalInputOfView(view: ProposalView, problem?: string): ProposalCardInput {
  const { proposal } = view;
  return {
    proposalId: proposal.id,
    kind: proposal.kind,
    reference: view.reference,
    fromUnitName: view.fromUnitName,
    toUnitName: view.toUnitName,
    coordinatorName: view.coordinatorName,
    byName: view.proposedByName,
    level: (proposal.level ?? null) as CaseLevel | null,
    note: null,
    status: proposal.status,
    answeredByName: view.answeredByName,
    ...(problem ? { problem } : {}),
  };
}

/**
 * A proposal to hand a case over (Godta / Avslå, with a reason to decline), or a level review
 * for the tildeling team (behold / ta over). Once answered it says who answered and how, with
 * no buttons; a press on an old copy only redraws it.
 */
export function proposalCard(texts: Texts, input: ProposalCardInput): AdaptiveCard {
  const n = texts.notices;
  const level = input.level ? texts.labels.levels[input.level] : '';
  const isReview = input.kind === 'level-review';
  const body: CardElement[] = isReview
    ? [
        heading(n.levelReviewTitle(input.reference, level)),
        paragraph(n.levelReviewBody(input.toUnitName, input.fromUnitName)),
        facts([
          [n.case, input.reference],
          [n.level, level],
          [texts.lookup.owner, input.fromUnitName],
        ]),
      ]
    : [
        heading(n.proposedTitle(input.reference)),
        paragraph(
          n.proposedBody(input.fromUnitName, input.toUnitName, input.coordinatorName, input.byName),
        ),
        ...(input.note
          ? [userText([{ text: `${n.proposedNote}: `, weight: 'Bolder' }, input.note])]
          : []),
      ];
  const answered = answeredLine(texts, input);
  if (answered) return adaptiveCard([...body, answered]);
  const data = { proposalId: input.proposalId };
  if (isReview)
    return adaptiveCard(
      [...body, ...fieldError(input.problem)],
      [
        execute(n.keepWith(input.fromUnitName), LEVEL_REVIEW_KEEP, data),
        execute(n.takeOver, LEVEL_REVIEW_TAKE, data),
      ],
    );
  return adaptiveCard(
    [
      ...body,
      {
        type: 'Input.Text',
        id: 'reason',
        label: n.declineReason,
        isMultiline: true,
        maxLength: MAX_DECLINE_REASON,
      },
      ...fieldError(input.problem),
    ],
    [execute(n.accept, HANDOVER_ACCEPT, data), execute(n.decline, HANDOVER_DECLINE, data)],
  );
}

function answeredLine(texts: Texts, input: ProposalCardInput): CardElement | null {
  const n = texts.notices;
  const by = input.answeredByName ?? '–';
  const isReview = input.kind === 'level-review';
  switch (input.status) {
    case 'pending':
      return null;
    case 'withdrawn':
      return paragraph(n.withdrawn, { isSubtle: true });
    case 'accepted':
      return paragraph(isReview ? n.takenOverBy(input.toUnitName, by) : n.acceptedBy(by), {
        weight: 'Bolder',
      });
    case 'declined':
      return paragraph(isReview ? n.keptBy(input.fromUnitName, by) : n.declinedBy(by), {
        weight: 'Bolder',
      });
  }
}

/** The answer, to the proposer (with the reason for a decline) or the owning unit's channel. */
export function proposalAnsweredCard(
  texts: Texts,
  notice: Extract<Notice, { kind: 'case.handOverAnswered' }>,
): AdaptiveCard {
  const n = texts.notices;
  return adaptiveCard([
    heading(n.answeredTitle(notice.reference)),
    paragraph(
      n.answeredBody(
        notice.proposalKind,
        notice.outcome,
        notice.fromUnitName,
        notice.toUnitName,
        notice.byName,
      ),
    ),
    ...(notice.reason
      ? [userText([{ text: `${n.declinedWhy}: `, weight: 'Bolder' }, notice.reason])]
      : []),
  ]);
}
