import type { TurnContext } from 'botbuilder';
import type { CaseFactsQuery, OwnerFacts } from '../src/domain/case/queries/case-facts.query.ts';
import type { ErrorCode } from '../src/domain/common/errors.ts';
import { isAdmin } from '../src/domain/org/org.ts';
import type { Texts } from './texts/index.ts';
import { turnInfo } from './turn-info.ts';

/** What was refused: a task in `texts.denied.task`. */
export type RefusedTask = keyof Texts['denied']['task'];

/** Who may do each task (the access matrix in ARCHITECTURE.md, in words). */
const WHO: Readonly<Record<RefusedTask, keyof Texts['denied']['who']>> = {
  read: 'readers',
  take: 'caseworkers',
  handOver: 'leaders',
  classify: 'leaders',
  grantAccess: 'leaders',
  consent: 'owners',
  breakGlass: 'breakGlass',
  markPaid: 'workers',
  close: 'leaders',
  recordEvent: 'workers',
  planCreate: 'owners',
  planRead: 'planReaders',
  planChange: 'owners',
  reminder: 'owners',
  linkChannel: 'admins',
  routing: 'admins',
  accessReview: 'ownUnitLeaders',
  worklist: 'casework',
  overview: 'overviewReaders',
  report: 'reportReaders',
  worklistSchedule: 'unitLeaders',
};

const NOT_ABOUT_A_CASE: ReadonlySet<keyof Texts['denied']['who']> = new Set([
  'casework',
  'overviewReaders',
  'reportReaders',
  'unitLeaders',
]);

/** The case a refused task was about: by id (a card) or reference (typed). */
export type RefusedCase = { readonly caseId?: string; readonly reference?: string };

/**
 * The message for a refused command or button. "Du har ikke tilgang" says what was refused, who
 * owns the case, who may do it and what to do instead; every other code is its catalogue text.
 * The case is named only by its owner facts (reference, owning unit, saksansvarlig), which
 * anyone registered may know; without `about` (a press on a reminder, say) no case is named.
 */
export async function refusal(
  context: TurnContext,
  code: ErrorCode,
  task: RefusedTask,
  about?: { readonly facts: CaseFactsQuery; readonly target: RefusedCase | null },
): Promise<string> {
  const { texts } = turnInfo(context);
  if (code !== 'ACCESS.DENIED') return texts.errors[code];
  const facts = about?.target ? await about.facts.ownerFacts(about.target) : null;
  return deniedText(context, task, facts);
}

/** `refusal`, sent as the answer. */
export async function sendRefusal(...args: Parameters<typeof refusal>): Promise<void> {
  await args[0].sendActivity(await refusal(...args));
}

function deniedText(context: TurnContext, task: RefusedTask, facts: OwnerFacts | null): string {
  const { texts, actor } = turnInfo(context);
  const t = texts.denied;
  const who = WHO[task];
  const lines = [t.refused(t.task[task])];
  if (who === 'admins') return [...lines, t.who.admins, t.askAdmin].join(' ');
  if (who === 'ownUnitLeaders') return [...lines, t.who.ownUnitLeaders, t.askLeader].join(' ');
  // Tasks about no one case (the worklist, the overview, reports): who may, and ask a leader.
  if (NOT_ABOUT_A_CASE.has(who)) return [...lines, t.who[who], t.askRole].join(' ');
  if (!facts) return [...lines, t.who[who], t.findOwner].join(' ');
  const { reference, owningUnitName: unit, coordinatorName: coordinator } = facts;
  const contact = t.contact(unit, coordinator);
  lines.push(t.owned(reference, unit, coordinator), t.who[who]);
  if (isAdmin(actor.staff)) lines.push(t.adminNoContent(contact));
  else if (actor.unit.id === facts.owningUnitId)
    lines.push(t.askColleagues(reference, coordinator));
  // A closed case opens to nobody new: only its owner can help.
  else if (!facts.open) lines.push(t.askOwner(contact));
  else if (who === 'readers')
    // Neither involved nor in a consent: break-glass is open to them (case.breakGlass).
    lines.push(t.askAccess(contact, reference), t.breakGlassIfUrgent(reference));
  else if (who === 'planReaders') lines.push(t.askConsent(contact, reference));
  else if (who === 'workers') lines.push(t.askOwnerOrAccess(contact, reference));
  else lines.push(t.askOwner(contact));
  return lines.join(' ');
}
