import type { CaseDetails, OwnerAnswer } from '../../src/domain/ownership/lookup-owner.service.ts';
import type { Texts } from '../texts/index.ts';
import { adaptiveCard, facts, heading, paragraph, submit, userText, type CardAction, type CardElement } from './adaptive-card.ts';
import { CLOSE_START, PAID_START } from './case-resolution.cards.ts';
import { formatDate, formatInstant, formatNok } from './format.ts';

export const HANDOVER_START = 'handover.start';
export const PLAN_START = 'plan.start';
export const PLAN_SHOW = 'plan.show';
export const CLASSIFY_START = 'classification.start';

/** "Hvem eier saken?": owner facts for anyone; the case content only when `details` is present. */
export function ownerAnswerCard(texts: Texts, answer: OwnerAnswer, timeZone: string) {
  const t = texts.lookup;
  const c = answer.coordinator;
  const body: CardElement[] = [
    heading(`Sak ${answer.reference}`),
    paragraph(`${texts.labels.levels[answer.level]} · ${texts.labels.statuses[answer.status]}`, { isSubtle: true, spacing: 'None' }),
    facts([
      [t.owner, answer.owningUnit.name],
      [t.coordinator, c ? `${c.name} (${c.email})` : t.noCoordinator],
      [t.since, formatInstant(answer.since, timeZone)],
      [t.involved, answer.involvedUnits.length ? answer.involvedUnits.map((u) => u.name).join(', ') : t.none],
    ]),
  ];
  body.push(...(answer.details ? detailsSection(texts, answer.details) : [paragraph(t.restricted, { isSubtle: true, size: 'Small' })]));
  const actions: CardAction[] = [];
  if (c) actions.push({ type: 'Action.OpenUrl', title: t.chat, url: `https://teams.microsoft.com/l/chat/0/0?users=${encodeURIComponent(c.email)}` });
  if (answer.may.handOver) actions.push(submit(t.handOver, { action: HANDOVER_START, caseId: answer.caseId }));
  if (answer.hasPlan && answer.details) actions.push(submit(texts.plan.show, { action: PLAN_SHOW, caseId: answer.caseId }));
  else if (answer.may.startPlan) actions.push(submit(t.startPlan, { action: PLAN_START, caseId: answer.caseId }));
  if (answer.may.changeClassification) actions.push(submit(texts.classification.change, { action: CLASSIFY_START, caseId: answer.caseId }));
  if (answer.may.markArrearsPaid) actions.push(submit(texts.resolution.markPaid, { action: PAID_START, caseId: answer.caseId }));
  if (answer.may.close) actions.push(submit(texts.resolution.close, { action: CLOSE_START, caseId: answer.caseId }));
  // KV model: level 2 follows up with a målplan; level 3–4 needs a vedtak and maybe an IP.
  if (answer.details && !answer.hasPlan && answer.status === 'open')
    if (answer.level === 2) body.push(paragraph(texts.plan.suggestLevel2, { color: 'Warning', spacing: 'Medium' }));
    else if (answer.level >= 3) body.push(paragraph(texts.plan.level3, { color: 'Warning', spacing: 'Medium' }));
  return adaptiveCard(body, actions);
}

function detailsSection(texts: Texts, d: CaseDetails): CardElement[] {
  const t = texts.timeline;
  const r = d.resident;
  const dates = (
    [
      [t.firstMissedRentDate, d.timeline.firstMissedRentDate],
      [t.noticeDate, d.timeline.noticeDate],
      [t.noticeReceivedDate, d.timeline.noticeReceivedDate],
      [t.namsmannNoticeDate, d.timeline.namsmannNoticeDate],
      [t.evictionDate, d.timeline.evictionDate],
    ] as const
  ).filter(([, date]) => date).map(([label, date]) => [label, formatDate(date!)] as const);
  const out: CardElement[] = [
    paragraph(texts.lookup.resident, { weight: 'Bolder', spacing: 'Medium', separator: true }),
    userText(`${r.name || '–'}${r.maskedId ? ` (${r.maskedId})` : ''}${r.birthDate ? `, født ${formatDate(r.birthDate)}` : ''}`, { spacing: 'None' }),
  ];
  if (dates.length) out.push(paragraph(texts.lookup.timeline, { weight: 'Bolder', spacing: 'Medium' }), facts(dates));
  if (d.timeline.evictionHappened) out.push(paragraph(t.evictionHappened, { color: 'Attention' }));
  if (d.arrearsPaidDate) out.push(paragraph(texts.resolution.paidOn(formatDate(d.arrearsPaidDate)), { color: 'Good' }));
  if (d.closedReason) out.push(paragraph(texts.resolution.closedBecause(texts.labels.closeReasons[d.closedReason]), { isSubtle: true }));
  if (d.concerns.length) {
    out.push(paragraph(texts.lookup.concerns, { weight: 'Bolder', spacing: 'Medium' }));
    for (const c of d.concerns) {
      const what = [
        c.rentArrears ? `${texts.labels.concernTypes.husleierestanse}: ${formatNok(c.rentArrears.amountNok)}, ${c.rentArrears.months} mnd., ${texts.labels.landlords[c.rentArrears.landlord].toLowerCase()}` : null,
        c.notice ? texts.labels.concernTypes.varsel : null,
        c.namsmannNoticeDate ? texts.labels.concernTypes.namsmann : null,
        c.eviction ? texts.labels.concernTypes.utkastelsesdato : null,
        c.other ? texts.labels.concernTypes.annet : null,
      ].filter(Boolean).join('; ');
      out.push(userText(`${formatDate(c.createdAt.toISOString().slice(0, 10))}: ${what}`, { spacing: 'Small' }), userText([{ text: c.description, isSubtle: true }], { spacing: 'None' }));
    }
  }
  return out;
}
