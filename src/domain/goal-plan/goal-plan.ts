/**
 * Målplan (KV): goals, measures (tiltak) with who is responsible and by when, evaluation, and
 * consent — modelled on the nine fields of an individual plan (IP) so it can become one.
 */
/**
 * What a measure is. Money first (the economic virkemidler), then housing and services: KV's
 * joint allocation covers «bolig, hjemmetjeneste, ergo, fysio, booppfølging, startpakke», and a
 * plan with the resident is as much about help in daily life as about arrears. Append only: the
 * codes are stored.
 */
export const MEASURE_TYPES = [
  'bostotte',
  'startlan',
  'tilskudd',
  'okonomisk-radgivning',
  'gjeldsradgivning',
  'frivillig-forvaltning',
  'okonomisk-stonad',
  'trekk-i-trygd',
  'nedbetalingsavtale',
  'booppfolging',
  'startpakke',
  'midlertidig-botilbud',
  'oppfolgingskontrakt',
  'kommunal-bolig',
  'praktisk-bistand',
  'psykisk-helse-rus',
  'ergo-fysio-hjelpemidler',
  'aktivitet-arbeid',
  'cti-oppfolging',
] as const;
export type MeasureType = (typeof MEASURE_TYPES)[number];

export const MEASURE_STATUSES = ['planned', 'in-progress', 'done', 'cancelled'] as const;
export type MeasureStatus = (typeof MEASURE_STATUSES)[number];

export interface Goal {
  readonly id: string;
  readonly text: string;
  readonly targetDate: string | null;
}

export interface Measure {
  readonly id: string;
  readonly type: MeasureType;
  readonly description: string;
  readonly responsibleUnitId: string | null;
  readonly responsibleStaffId: string | null;
  readonly deadline: string;
  readonly status: MeasureStatus;
}

export interface Evaluation {
  readonly at: Date;
  readonly byId: string;
  readonly summary: string;
  readonly nextEvaluationDate: string;
}

/**
 * The plan's coordinator is the case's (it follows hand-overs), and consent is a record on the
 * case (access/consent.ts) that the plan and the concerns both follow.
 */
export interface GoalPlan {
  readonly id: string;
  readonly caseId: string;
  readonly evaluationDate: string;
  readonly periodStart: string | null;
  readonly periodEnd: string | null;
  /** Level 3–4: the decision (vedtak) the services rest on, and whether an IP is needed. */
  readonly vedtakReference: string | null;
  readonly ipNeeded: boolean | null;
  readonly goals: readonly Goal[];
  readonly measures: readonly Measure[];
  readonly evaluations: readonly Evaluation[];
}
