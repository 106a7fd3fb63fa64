import { randomUUID } from 'node:crypto';
import type {
  HandOverProposal,
  HandOverProposalRepository,
  NewProposal,
  ProposalAnswer,
} from '../../src/domain/ownership/hand-over-proposal.ts';

export interface ProposalState {
  proposals: HandOverProposal[];
}

export class InMemoryHandOverProposalRepository implements HandOverProposalRepository {
  constructor(private readonly state: ProposalState) {}

  async add(proposal: NewProposal) {
    const stored: HandOverProposal = {
      ...proposal,
      id: randomUUID(),
      status: 'pending',
      answeredById: null,
      answeredAt: null,
      declineReason: null,
    };
    this.state.proposals = [...this.state.proposals, stored];
    return stored;
  }
  async findById(id: string) {
    return this.state.proposals.find((p) => p.id === id) ?? null;
  }
  async listForCase(caseId: string) {
    return this.state.proposals
      .filter((p) => p.caseId === caseId)
      .sort((a, b) => a.proposedAt.getTime() - b.proposedAt.getTime());
  }
  async pendingForCase(caseId: string) {
    return this.state.proposals
      .filter((p) => p.caseId === caseId && p.status === 'pending')
      .sort((a, b) => a.proposedAt.getTime() - b.proposedAt.getTime());
  }
  async settle(id: string, answer: ProposalAnswer) {
    const found = this.state.proposals.find((p) => p.id === id && p.status === 'pending');
    if (!found) return false;
    this.state.proposals = this.state.proposals.map((p) =>
      p === found
        ? {
            ...p,
            status: answer.status,
            answeredById: answer.byId,
            answeredAt: answer.at,
            declineReason: answer.declineReason,
          }
        : p,
    );
    return true;
  }
}
