/**
 * A proposed change of owner, answered by the unit that would receive the case (domain review
 * §3, point 3: "foreslå overføring → mottaker aksepterer"):
 *
 * * `handover`: the owner proposes another unit (and perhaps a saksansvarlig there); the case
 *   stays with the owner until staff of the receiving unit accept. Declining needs a reason.
 * * `level-review`: the level was raised to 2 or more (Kongsvinger: from nivå 2 the målplan is
 *   the tildeling team's, which may delegate it), so the tildeling team is asked to keep the
 *   case with its owner ('declined') or take it over ('accepted').
 *
 * Answered once: a second press on an old card changes nothing.
 */
export const PROPOSAL_KINDS = ['handover', 'level-review'] as const;
export type ProposalKind = (typeof PROPOSAL_KINDS)[number];

export const PROPOSAL_STATUSES = ['pending', 'accepted', 'declined', 'withdrawn'] as const;
export type ProposalStatus = (typeof PROPOSAL_STATUSES)[number];

export interface HandOverProposal {
  readonly id: string;
  readonly caseId: string;
  readonly kind: ProposalKind;
  readonly fromUnitId: string;
  readonly toUnitId: string;
  /** The saksansvarlig proposed in the receiving unit (hand-over only). */
  readonly coordinatorId: string | null;
  /** Why (case content: never in a channel, removed by retention). */
  readonly note: string | null;
  /** A level review: the level the case was set to. */
  readonly level: number | null;
  readonly proposedById: string;
  readonly proposedAt: Date;
  readonly status: ProposalStatus;
  readonly answeredById: string | null;
  readonly answeredAt: Date | null;
  /** Why the receiving unit declined (case content, as `note`). */
  readonly declineReason: string | null;
}

export type NewProposal = Omit<
  HandOverProposal,
  'id' | 'status' | 'answeredById' | 'answeredAt' | 'declineReason'
>;

export interface ProposalAnswer {
  readonly status: Exclude<ProposalStatus, 'pending'>;
  /** Null when Husly withdrew it (the case moved or closed meanwhile). */
  readonly byId: string | null;
  readonly at: Date;
  readonly declineReason: string | null;
}

export interface HandOverProposalRepository {
  add(proposal: NewProposal): Promise<HandOverProposal>;
  findById(id: string): Promise<HandOverProposal | null>;
  /** Every proposal on a case, answered or not, oldest first (for innsyn). */
  listForCase(caseId: string): Promise<HandOverProposal[]>;
  /** Pending proposals on a case, oldest first. */
  pendingForCase(caseId: string): Promise<HandOverProposal[]>;
  /**
   * Answers a pending proposal. False, changing nothing, when it was answered already (a second
   * press, or two people at once): only one answer is ever stored.
   */
  settle(id: string, answer: ProposalAnswer): Promise<boolean>;
}

export const MAX_DECLINE_REASON = 500;

/** The reminder outbox key of a hand-over proposal's escalation to the receiving leaders. */
export const proposalEscalationKey = (proposalId: string) => `handover:${proposalId}`;

/** The proposal an escalation row is about, or null for any other row. */
export function proposalIdOfKey(key: string): string | null {
  const match = /^handover:([^:]+)$/.exec(key);
  return match?.[1] ?? null;
}
