import type { StaffRole } from '../org/org.ts';

/**
 * Who may do what with a case (taushetsplikt by tjenstlig behov). Every domain service asks
 * `mayAct` before it reads or writes case data; the table in ARCHITECTURE.md is tested
 * against this function cell by cell.
 *
 * - Anyone registered may learn *who owns* a case (unit, coordinator, level, status): that is
 *   what stops residents falling between chairs, and it reveals no case content.
 * - Case content (resident, concerns, amounts, dates) needs a work relation: the case's
 *   coordinator, or staff of the owning or an involved unit.
 * - A målplan is shared more narrowly: without the resident's consent only the owning unit
 *   (and the coordinator) sees it; with consent also the units in its consent scope and units
 *   responsible for a measure.
 * - Admins run Husly; they have no work relation to residents and see no case content.
 */
export type CaseRelation = 'owner' | 'involved' | 'none';

export const CASE_ACTIONS = [
  'case.lookupOwner',
  'case.readDetails',
  'case.take',
  'case.handOver',
  'case.changeClassification',
  'case.markArrearsPaid',
  'case.close',
  'plan.create',
  'plan.read',
  'plan.change',
  'reminder.act',
] as const;
export type CaseAction = (typeof CASE_ACTIONS)[number];

export interface AccessSituation {
  readonly role: StaffRole;
  /** The actor's unit's relation to the case. */
  readonly relation: CaseRelation;
  /** The actor is the case's coordinator. */
  readonly isCoordinator: boolean;
  /** The plan has consent and the actor's unit is in its scope. */
  readonly inConsentScope: boolean;
  /** The actor's unit is responsible for a measure in the plan (counts only with consent). */
  readonly responsibleForMeasure: boolean;
  /** The resident has consented to sharing the plan. */
  readonly consentGiven: boolean;
}

const CASEWORK: readonly StaffRole[] = ['saksbehandler', 'koordinator', 'leder'];
const MANAGES: readonly StaffRole[] = ['koordinator', 'leder'];

export function mayAct(action: CaseAction, s: AccessSituation): boolean {
  if (action === 'case.lookupOwner') return true;
  if (s.role === 'admin') return false;
  const owner = s.relation === 'owner';
  const coordinator = s.isCoordinator;
  switch (action) {
    case 'case.readDetails':
      return coordinator || s.relation !== 'none';
    case 'case.markArrearsPaid':
      // The landlord or collections office (often an involved unit) is the first to know.
      return coordinator || (s.relation !== 'none' && CASEWORK.includes(s.role));
    case 'case.take':
      return owner && CASEWORK.includes(s.role);
    case 'case.handOver':
    case 'case.changeClassification':
    case 'case.close':
      return coordinator || (owner && MANAGES.includes(s.role));
    case 'plan.create':
    case 'reminder.act':
      return coordinator || owner;
    case 'plan.read':
      return coordinator || owner || (s.consentGiven && (s.inConsentScope || s.responsibleForMeasure));
    case 'plan.change':
      return coordinator || owner || (s.consentGiven && s.responsibleForMeasure);
  }
}
