import type { CommandId } from '../commands.ts';

/**
 * What each task reads from the rest of a sentence once its entities are out:
 * - `person`: a case reference, else an identity number, else a name;
 * - `case`: a case reference (asked for on a small card when missing);
 * - `rest`: the reference and the words left over (a unit, a colleague);
 * - `dates`: the dates (a period);
 * - `sentence`: the whole sentence (the task reads its own words from it);
 * - `none`: nothing.
 */
export const TASK_ARGUMENT: Readonly<
  Record<CommandId, 'person' | 'case' | 'rest' | 'dates' | 'sentence' | 'none'>
> = {
  help: 'none',
  cancel: 'none',
  myCases: 'none',
  arrearsReport: 'none',
  newConcern: 'person',
  whoOwns: 'person',
  take: 'case',
  startPlan: 'case',
  showPlan: 'case',
  classify: 'case',
  reminders: 'case',
  arrearsPaid: 'case',
  closeCase: 'case',
  recordEvent: 'case',
  consent: 'case',
  breakGlass: 'case',
  handOver: 'case',
  grantAccess: 'case',
  // From a sentence the dialog asks which unit: a guessed unit would link the wrong one.
  linkChannel: 'none',
  // Changing the routing takes its exact words ("ruting husleierestanse nav-bolig"); a
  // sentence only shows the table.
  routing: 'none',
  accessReview: 'dates',
  worklist: 'none',
  overview: 'rest',
  report: 'dates',
  // "post arbeidslisten i kanalen hver mandag kl 08:30": weekday, time and "stopp" are all
  // words the model knows, so they would not be left over.
  worklistSchedule: 'sentence',
};

/** Tasks that cannot start without a case: a button with no case opens the small card. */
export const NEEDS_CASE: ReadonlySet<CommandId> = new Set([
  'whoOwns',
  'take',
  'startPlan',
  'showPlan',
  'classify',
  'arrearsPaid',
  'closeCase',
  'recordEvent',
  'consent',
  'breakGlass',
  'handOver',
  'grantAccess',
]);

/**
 * Tasks that act at once on their words alone ("ta saken 2026-0006" takes it): from a sentence
 * that is not their exact command they are offered on a button, never started.
 */
export const CONFIRM_FIRST: ReadonlySet<CommandId> = new Set(['take']);
