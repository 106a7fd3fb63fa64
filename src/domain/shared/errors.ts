/**
 * Stable error codes returned by domain services. They are logged and audited as they are,
 * and translated to user text by the message catalogue (dialogs/texts). Never rename one:
 * add a new code instead.
 */
export const ERROR_CODES = [
  'NATIONAL_ID.EMPTY',
  'NATIONAL_ID.FORMAT',
  'NATIONAL_ID.LENGTH',
  'NATIONAL_ID.CHECKSUM',
  'NATIONAL_ID.DATE',
  'NATIONAL_ID.SYNTHETIC_IN_PRODUCTION',
  'ACTOR.NOT_REGISTERED',
  'TENANT.NOT_ALLOWED',
  'ACCESS.DENIED',
  'UNIT.NOT_FOUND',
  'CHANNEL.NOT_A_CHANNEL',
  'LOOKUP.NOT_FOUND',
  'LOOKUP.PURPOSE_REQUIRED',
  'LOOKUP.PURPOSE_NOTE_REQUIRED',
  'LOOKUP.NAME_TOO_SHORT',
  'CASE.NOT_FOUND',
  'CASE.CLOSED',
  'CASE.ALREADY_TAKEN',
  'HANDOVER.SAME_OWNER',
  'HANDOVER.COORDINATOR_NOT_IN_UNIT',
  'HANDOVER.NOTE_REQUIRED',
  'STAFF.NOT_FOUND',
  'CLASSIFICATION.REASON_REQUIRED',
  'CLASSIFICATION.INVALID',
  'CLASSIFICATION.UNCHANGED',
  'PLAN.EXISTS',
  'PLAN.NOT_FOUND',
  'PLAN.INVALID',
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];
