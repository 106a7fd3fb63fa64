import { isDeepStrictEqual } from 'node:util';
import { randomUUID } from 'node:crypto';
import type { AuditEvent, AuditLog } from '../../src/domain/audit/audit-event.ts';
import type { ConversationRef } from '../../src/domain/conversation/conversation-ref.ts';
// prettier-ignore
import type {
  ConversationRefRepository,
} from '../../src/domain/conversation/conversation-ref.repository.ts';
import type { Staff, StaffRole, Unit, WeeklySchedule } from '../../src/domain/org/org.ts';
import type {
  ChannelLink,
  OrgRepository,
  StaffUpsert,
  UnitUpsert,
} from '../../src/domain/org/org.repository.ts';
import type { Clock } from '../../src/domain/common/clock.ts';
import type { Repositories, UnitOfWork } from '../../src/domain/common/unit-of-work.ts';
import {
  emptyCaseState,
  InMemoryCaseRepository,
  InMemoryConcernRepository,
  InMemoryResidentRepository,
  InMemoryRoutingRepository,
  type CaseState,
} from './in-memory-cases.ts';
import { InMemoryGoalPlanRepository, type PlanState } from './in-memory-goal-plans.ts';
import {
  emptyAccessState,
  InMemoryBreakGlassRepository,
  InMemoryConsentRepository,
  InMemoryPendingLookupRepository,
  type AccessState,
} from './in-memory-access.ts';
import {
  emptyCaseEventState,
  InMemoryCaseEventRepository,
  type CaseEventState,
} from './in-memory-case-events.ts';
import { InMemoryHandOverProposalRepository, type ProposalState } from './in-memory-proposals.ts';
import { InMemoryStatisticsRepository } from './in-memory-statistics.ts';

/** Everything an in-memory Husly holds; copied whole to roll back a failed unit of work. */
interface State extends CaseState, PlanState, AccessState, ProposalState, CaseEventState {
  units: Unit[];
  staff: Staff[];
  conversations: ConversationRef[];
  audit: AuditEvent[];
}

class InMemoryOrgRepository implements OrgRepository {
  constructor(private readonly state: State) {}

  async findStaffByAadObjectId(aadObjectId: string) {
    return this.state.staff.find((s) => s.aadObjectId === aadObjectId) ?? null;
  }
  async findStaffById(id: string) {
    return this.state.staff.find((s) => s.id === id) ?? null;
  }
  async listStaffInUnit(unitId: string) {
    return this.state.staff
      .filter((s) => s.unitId === unitId && !s.deactivatedAt)
      .sort((a, b) => a.name.localeCompare(b.name));
  }
  async listStaffByRole(role: StaffRole) {
    return this.state.staff
      .filter((s) => s.role === role && !s.deactivatedAt)
      .sort((a, b) => a.name.localeCompare(b.name));
  }
  async findUnitById(id: string) {
    return this.state.units.find((u) => u.id === id) ?? null;
  }
  async findUnitByKey(key: string) {
    return this.state.units.find((u) => u.key === key) ?? null;
  }
  async listUnits() {
    return [...this.state.units].sort((a, b) => a.name.localeCompare(b.name));
  }
  async upsertUnit(input: UnitUpsert) {
    const existing = this.state.units.find((u) => u.key === input.key);
    const unit: Unit = {
      id: existing?.id ?? randomUUID(),
      channelConversationId: existing?.channelConversationId ?? null,
      ...(existing?.worklistSchedule ? { worklistSchedule: existing.worklistSchedule } : {}),
      ...input,
    };
    this.state.units = [...this.state.units.filter((u) => u !== existing), unit];
    return unit;
  }
  async upsertStaff(input: StaffUpsert) {
    const unit = this.state.units.find((u) => u.key === input.unitKey);
    if (!unit) throw new Error(`unit ${input.unitKey} does not exist`);
    const existing = this.state.staff.find((s) => s.aadObjectId === input.aadObjectId);
    const { unitKey: _key, ...rest } = input;
    const staff: Staff = {
      id: existing?.id ?? randomUUID(),
      ...rest,
      unitId: unit.id,
      deactivatedAt: null,
    };
    this.state.staff = [...this.state.staff.filter((s) => s !== existing), staff];
    return staff;
  }
  async deactivateStaff(staffId: string, at: Date) {
    this.state.staff = this.state.staff.map((s) =>
      s.id === staffId && !s.deactivatedAt ? { ...s, deactivatedAt: at } : s,
    );
  }
  async linkUnitChannel(unitId: string, link: ChannelLink) {
    this.state.units = this.state.units.map((u) =>
      u.id === unitId
        ? { ...u, channelConversationId: link.conversationId }
        : u.channelConversationId === link.conversationId
          ? { ...u, channelConversationId: null }
          : u,
    );
    return this.state.units.find((u) => u.id === unitId)!;
  }
  async setWorklistSchedule(unitId: string, schedule: WeeklySchedule | null) {
    this.state.units = this.state.units.map((u) =>
      u.id === unitId ? { ...u, worklistSchedule: schedule } : u,
    );
    return this.state.units.find((u) => u.id === unitId)!;
  }
}

class InMemoryConversationRefRepository implements ConversationRefRepository {
  constructor(private readonly state: State) {}

  async findByConversationId(conversationId: string) {
    return this.state.conversations.find((c) => c.conversationId === conversationId) ?? null;
  }
  async findPersonalFor(aadObjectId: string) {
    return (
      this.state.conversations
        .filter((c) => c.aadObjectId === aadObjectId && c.conversationType === 'personal')
        .sort((a, b) => b.lastSeenAt.getTime() - a.lastSeenAt.getTime())[0] ?? null
    );
  }
  async markUnreachable(conversationId: string, at: Date) {
    this.state.conversations = this.state.conversations.map((c) =>
      c.conversationId === conversationId ? { ...c, unreachableAt: at } : c,
    );
  }
  async save(ref: ConversationRef) {
    this.state.conversations = [
      ...this.state.conversations.filter((c) => c.conversationId !== ref.conversationId),
      ref,
    ];
  }
}

class InMemoryAuditLog implements AuditLog {
  constructor(private readonly state: State) {}

  async record(event: AuditEvent) {
    this.state.audit.push(event);
  }
  async recordMany(events: readonly AuditEvent[]) {
    this.state.audit.push(...events);
  }
  async listForResident(residentId: string) {
    return this.state.audit
      .filter((e) => e.residentId === residentId)
      .sort((a, b) => a.at.getTime() - b.at.getTime());
  }
  async countByActor(staffId: string, actions: readonly string[], since: Date) {
    return this.state.audit.filter(
      (e) => e.actorStaffId === staffId && actions.includes(e.action) && e.at >= since,
    ).length;
  }
  async listBetween(from: Date, to: Date) {
    return this.state.audit
      .filter((e) => e.at >= from && e.at < to)
      .sort((a, b) => a.at.getTime() - b.at.getTime());
  }
  async deleteBefore(before: Date) {
    const count = this.state.audit.length;
    this.state.audit = this.state.audit.filter((e) => e.at >= before);
    return count - this.state.audit.length;
  }
  async countBefore(before: Date) {
    return this.state.audit.filter((e) => e.at < before).length;
  }
  async hasEventsForResident(residentId: string) {
    return this.state.audit.some((e) => e.residentId === residentId);
  }
}

/**
 * The in-memory database: repositories, a unit of
 * work that rolls back on a throw, and its contents.
 */
export class InMemoryHusly implements UnitOfWork {
  state: State = {
    units: [],
    staff: [],
    conversations: [],
    audit: [],
    plans: [],
    proposals: [],
    ...emptyCaseState(),
    ...emptyAccessState(),
    ...emptyCaseEventState(),
  };

  repositories(): Repositories {
    return {
      org: new InMemoryOrgRepository(this.state),
      conversations: new InMemoryConversationRefRepository(this.state),
      audit: new InMemoryAuditLog(this.state),
      residents: new InMemoryResidentRepository(this.state),
      cases: new InMemoryCaseRepository(this.state),
      concerns: new InMemoryConcernRepository(this.state),
      routing: new InMemoryRoutingRepository(this.state),
      plans: new InMemoryGoalPlanRepository(this.state),
      consents: new InMemoryConsentRepository(this.state),
      breakGlass: new InMemoryBreakGlassRepository(this.state),
      pendingLookups: new InMemoryPendingLookupRepository(this.state),
      caseEvents: new InMemoryCaseEventRepository(this.state),
      handOverProposals: new InMemoryHandOverProposalRepository(this.state),
      statistics: new InMemoryStatisticsRepository(this.state),
    };
  }

  /** As the database's: a read that writes anything but audit events fails the test. */
  async read<T>(work: (repos: Repositories) => Promise<T>): Promise<T> {
    const withoutAudit = (state: State) => ({ ...state, audit: [] });
    const before = structuredClone(withoutAudit(this.state));
    const result = await work(this.repositories());
    if (!isDeepStrictEqual(before, withoutAudit(this.state)))
      throw new Error('UnitOfWork.read wrote more than audit events');
    return result;
  }

  async run<T>(work: (repos: Repositories) => Promise<T>): Promise<T> {
    const snapshot = structuredClone(this.state);
    try {
      return await work(this.repositories());
    } catch (error) {
      Object.assign(this.state, snapshot);
      throw error;
    }
  }
}

export class FakeClock implements Clock {
  constructor(private current: Date = new Date('2026-11-23T09:00:00Z')) {}
  now() {
    return new Date(this.current);
  }
  advance(ms: number) {
    this.current = new Date(this.current.getTime() + ms);
  }
}
