import type { StaffRole } from '../org/org.ts';

/**
 * Who may do what with a case (taushetsplikt by tjenstlig behov). This is the policy, and the
 * table in ARCHITECTURE.md is tested against it cell by cell. Only the access gate
 * (access-gate.ts) calls it: the gate builds the situation, decides and audits.
 *
 * - Anyone registered may learn *who owns* a case: the reference, the owning unit and the
 *   person to contact. That is what stops residents falling between chairs.
 * - The case itself (the person, dates, phase, level, other units) needs a relation: the
 *   coordinator, the owning unit, a unit the owner granted involvement (or that holds a
 *   measure), a unit named in the resident's consent, or a 24-hour break-glass grant.
 * - A unit that only reported a concern sees owner facts and its own concern; it is not
 *   involved until the owner says so.
 * - A concern's free text follows its sharing basis: not clarified → owner and reporter only;
 *   consent → also the units named in the consent; a legal basis → also involved units.
 * - A målplan is read by the owner, the coordinator and the units in the consent; a unit that
 *   holds a measure but is outside the consent sees and changes its own measures only.
 * - Admins run Husly; they have no work relation to residents and see no case content.
 */
type CaseRelation = 'owner' | 'involved' | 'none';

export const CASE_ACTIONS = [
  'case.lookupOwner',
  'case.readDetails',
  'case.take',
  'case.handOver',
  'case.changeClassification',
  'case.grantAccess',
  'case.consent',
  'case.markArrearsPaid',
  'case.recordEvent',
  'case.close',
  'case.breakGlass',
  'concern.readText.unclarified',
  'concern.readText.consent',
  'concern.readText.legalBasis',
  'plan.create',
  'plan.read',
  'plan.readOwnMeasures',
  'plan.change',
  'plan.changeOwnMeasures',
  'reminder.act',
] as const;
export type CaseAction = (typeof CASE_ACTIONS)[number];

export interface AccessSituation {
  readonly role: StaffRole;
  /**
   * The actor's unit's relation to the case: owner, or
   * involved by grant, measure or earlier ownership.
   */
  readonly relation: CaseRelation;
  /** The actor is the case's coordinator. */
  readonly isCoordinator: boolean;
  /** The actor's unit is named in an active consent (for a concern: that concern's consent). */
  readonly inConsentScope: boolean;
  /** The actor or their unit is responsible for a measure in the plan. */
  readonly responsibleForMeasure: boolean;
  /** The actor's unit reported a concern on the case (for a concern: that concern). */
  readonly isReporter: boolean;
  /** The actor holds an unexpired break-glass grant for the case. */
  readonly breakGlass: boolean;
}

const CASEWORK: readonly StaffRole[] = ['saksbehandler', 'koordinator', 'leder'];
const MANAGES: readonly StaffRole[] = ['koordinator', 'leder'];

export function mayAct(action: CaseAction, s: AccessSituation): boolean {
  if (action === 'case.lookupOwner') return true;
  if (s.role === 'admin') return false;
  const owner = s.relation === 'owner';
  const core = s.isCoordinator || owner;
  const works = core || s.relation === 'involved' || s.inConsentScope;
  switch (action) {
    case 'case.readDetails':
      return works || s.breakGlass;
    case 'case.breakGlass':
      // For someone without access; renewing a running grant is allowed.
      return !works;
    case 'case.take':
      return owner && CASEWORK.includes(s.role);
    case 'case.handOver':
    case 'case.changeClassification':
    case 'case.grantAccess':
    case 'case.close':
      return s.isCoordinator || (owner && MANAGES.includes(s.role));
    // Outcome events (søknad sendt, nedbetalingsavtale, begjæringen trukket, …) go with a
    // payment: whoever may report the arrears paid may record them.
    case 'case.markArrearsPaid':
    case 'case.recordEvent':
      // Granted units too: the landlord or collections office is often the first to know.
      return s.isCoordinator || (s.relation !== 'none' && CASEWORK.includes(s.role));
    case 'concern.readText.unclarified':
      return core || s.isReporter || s.breakGlass;
    case 'concern.readText.consent':
      return core || s.isReporter || s.inConsentScope || s.breakGlass;
    case 'concern.readText.legalBasis':
      return works || s.isReporter || s.breakGlass;
    case 'plan.read':
      return core || s.inConsentScope || s.breakGlass;
    case 'plan.readOwnMeasures':
      return core || s.inConsentScope || s.breakGlass || s.responsibleForMeasure;
    case 'plan.changeOwnMeasures':
      return core || s.responsibleForMeasure;
    case 'case.consent':
    case 'plan.create':
    case 'plan.change':
    case 'reminder.act':
      return core;
  }
}
