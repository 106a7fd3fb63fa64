import { CONSENT_FORMS, CONSENT_SOURCES } from '../domain/access/consent.ts';
import { AUDIT_OUTCOMES } from '../domain/audit/audit-event.ts';
import { CASE_CHANGE_FIELDS, INVOLVEMENT_REASONS } from '../domain/case/case.repository.ts';
import { CASE_EVENT_TYPES, STONAD_DECISIONS } from '../domain/case-event/case-event.ts';
import {
  CASE_LEVELS,
  CASE_STATUSES,
  CATEGORIES,
  CATEGORY_CODES,
  CLOSE_REASONS,
  type Category,
  type Subcategory,
} from '../domain/case/case.ts';
import {
  ARREARS_REMINDERS,
  CONCERN_SOURCES,
  CONCERN_TYPES,
  LANDLORD_TYPES,
  SHARING_BASES,
  TENURES,
} from '../domain/concern/concern.ts';
import { CONVERSATION_TYPES } from '../domain/conversation/conversation-ref.ts';
import {
  CLOSE_REASONS as PLAN_CLOSE_REASONS,
  GOAL_OUTCOMES,
  MEASURE_STATUSES,
  ORGANISATIONS,
  PARTICIPANT_KINDS,
  PARTICIPATION,
  PHASE_KINDS,
} from '../domain/goal-plan/goal-plan.ts';
import { STAFF_ROLES, UNIT_KINDS } from '../domain/org/org.ts';
import type { PendingLookupRecord } from '../domain/ownership/queries/pending-lookup.ts';
import { PROPOSAL_KINDS, PROPOSAL_STATUSES } from '../domain/ownership/hand-over-proposal.ts';
import { BASES } from '../domain/reminder/checkpoints.ts';
import { REMINDER_AUDIENCES, REMINDER_KINDS } from '../domain/reminder/follow-up-plan.ts';
import { OUTBOX_STATUSES } from '../domain/reminder/outbox.ts';
import {
  NOTICE_KINDS,
  NOTICE_RECIPIENT_KINDS,
  NOTICE_STATUSES,
} from '../domain/notify/notice-outbox.ts';
import { oneOf, oneOfOrNull, type ColumnName } from './stored-value.ts';

/**
 * Every member of the union `T`, as a list the compiler holds complete: a member missing from
 * the list is a type error. For a closed set whose domain file has no list of its own.
 */
const everyOf =
  <T extends string>() =>
  <const L extends readonly T[]>(
    list: L & ([Exclude<T, L[number]>] extends [never] ? unknown : never),
  ): L =>
    list;

/**
 * The pending lookup's kinds. Kept here rather than beside the type because
 * src/domain/ownership/ is being moved; the list belongs in pending-lookup.ts afterwards.
 */
const PENDING_LOOKUP_KINDS = everyOf<PendingLookupRecord['kind']>()(['person', 'choices']);

/**
 * Every column that holds a closed set, with the domain list it is checked against. The
 * mappers read these columns only through `stored`, and tests/persistence/stored-value.test.ts
 * compares this table with the `/// a | b` comments in prisma/schema.prisma.
 */
export const ENUM_COLUMNS = {
  'units.kind': UNIT_KINDS,
  'staff.role': STAFF_ROLES,
  'cases.category': CATEGORY_CODES,
  'cases.level': CASE_LEVELS,
  'cases.status': CASE_STATUSES,
  'cases.closedReason': CLOSE_REASONS,
  'case_involvements.reason': INVOLVEMENT_REASONS,
  'case_changes.field': CASE_CHANGE_FIELDS,
  'conversation_refs.conversationType': CONVERSATION_TYPES,
  'concerns.category': CATEGORY_CODES,
  'concerns.landlordType': LANDLORD_TYPES,
  'concerns.sharingBasis': SHARING_BASES,
  'concerns.source': CONCERN_SOURCES,
  'concerns.arrearsReminderSent': ARREARS_REMINDERS,
  'concerns.tenure': TENURES,
  'routing_rules.concernType': CONCERN_TYPES,
  'measures.status': MEASURE_STATUSES,
  'goal_plans.status': ['active', 'closed'],
  'goal_plans.residentParticipation': PARTICIPATION,
  'goal_plans.closeReason': [...PLAN_CLOSE_REASONS, 'case-closed'],
  'plan_case_links.reason': ['created', 'attached'],
  'plan_participants.kind': PARTICIPANT_KINDS,
  'plan_participants.organisation': ORGANISATIONS,
  'plan_phases.kind': PHASE_KINDS,
  'evaluations.residentParticipation': PARTICIPATION,
  'goal_evaluations.outcome': GOAL_OUTCOMES,
  'reminder_outbox.kind': REMINDER_KINDS,
  'reminder_outbox.basis': BASES,
  'reminder_outbox.audience': REMINDER_AUDIENCES,
  'reminder_outbox.status': OUTBOX_STATUSES,
  'notice_outbox.recipientKind': NOTICE_RECIPIENT_KINDS,
  'notice_outbox.kind': NOTICE_KINDS,
  'notice_outbox.status': NOTICE_STATUSES,
  'case_consents.form': CONSENT_FORMS,
  'case_consents.source': CONSENT_SOURCES,
  'case_events.type': CASE_EVENT_TYPES,
  'case_events.decision': STONAD_DECISIONS,
  'pending_lookups.kind': PENDING_LOOKUP_KINDS,
  'handover_proposals.kind': PROPOSAL_KINDS,
  'handover_proposals.status': PROPOSAL_STATUSES,
  'audit_events.outcome': AUDIT_OUTCOMES,
} as const satisfies Record<ColumnName, readonly (string | number)[]>;

type EnumColumns = typeof ENUM_COLUMNS;
export type EnumColumn = keyof EnumColumns;

/** A closed-set column's value, checked against its domain list (see `oneOf`). */
export function stored<C extends EnumColumn>(column: C, raw: unknown): EnumColumns[C][number] {
  const values: readonly EnumColumns[C][number][] = ENUM_COLUMNS[column];
  return oneOf(values, raw, column);
}

/** Like `stored`, for a nullable column. */
export function storedOrNull<C extends EnumColumn>(
  column: C,
  raw: unknown,
): EnumColumns[C][number] | null {
  const values: readonly EnumColumns[C][number][] = ENUM_COLUMNS[column];
  return oneOfOrNull(values, raw, column);
}

/** A subcategory, which must belong to the row's (already checked) category. */
export function storedSubcategory(
  category: Category,
  raw: unknown,
  column: 'cases.subcategory' | 'concerns.subcategory',
): Subcategory {
  const values: readonly Subcategory[] = CATEGORIES[category];
  return oneOf(values, raw, column);
}
