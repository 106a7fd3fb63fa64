import type {
  HandOverProposal,
  HandOverProposalRepository,
  NewProposal,
  ProposalAnswer,
} from '../domain/ownership/hand-over-proposal.ts';
import type { Db } from './database.ts';
import type { HandOverProposal as ProposalRow } from './generated/client.ts';
import { stored } from './stored-columns.ts';

const toProposal = (r: ProposalRow): HandOverProposal => ({
  id: r.id,
  caseId: r.caseId,
  kind: stored('handover_proposals.kind', r.kind),
  fromUnitId: r.fromUnitId,
  toUnitId: r.toUnitId,
  coordinatorId: r.coordinatorId,
  note: r.note,
  level: r.level,
  proposedById: r.proposedById,
  proposedAt: r.proposedAt,
  status: stored('handover_proposals.status', r.status),
  answeredById: r.answeredById,
  answeredAt: r.answeredAt,
  declineReason: r.declineReason,
});

export class PrismaHandOverProposalRepository implements HandOverProposalRepository {
  constructor(private readonly db: Db) {}

  async add(proposal: NewProposal) {
    return toProposal(
      await this.db.handOverProposal.create({ data: { ...proposal, status: 'pending' } }),
    );
  }

  async findById(id: string) {
    const row = await this.db.handOverProposal.findUnique({ where: { id } });
    return row ? toProposal(row) : null;
  }

  async listForCase(caseId: string) {
    return (
      await this.db.handOverProposal.findMany({
        where: { caseId },
        orderBy: [{ proposedAt: 'asc' }, { id: 'asc' }],
      })
    ).map(toProposal);
  }

  async pendingForCase(caseId: string) {
    return (
      await this.db.handOverProposal.findMany({
        where: { caseId, status: 'pending' },
        orderBy: { proposedAt: 'asc' },
      })
    ).map(toProposal);
  }

  async settle(id: string, answer: ProposalAnswer) {
    // Only a pending row changes: of two answers at once, one wins and the other changes nothing.
    const { count } = await this.db.handOverProposal.updateMany({
      where: { id, status: 'pending' },
      data: {
        status: answer.status,
        answeredById: answer.byId,
        answeredAt: answer.at,
        declineReason: answer.declineReason,
      },
    });
    return count === 1;
  }
}
