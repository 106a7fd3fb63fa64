import type { TurnContext } from 'botbuilder';
import type { Payload } from './cards/card-verb.ts';
import {
  presetPeriod,
  reportCard,
  reportLinkCard,
  type REPORT_REQUEST,
} from './cards/report.card.ts';
import { sendRefusal } from './refusal.ts';
import { sendCard } from './reply.ts';
import type { DialogServices } from './services.ts';
import { turnInfo } from './turn-info.ts';

/**
 * "rapport" (leaders and admins, issue 12 §3): the card with the period and a button. Whoever may
 * not have the report is told so at once (and the refusal is audited), not after filling it in.
 */
export async function showReport(
  context: TurnContext,
  services: DialogServices,
  argument: string,
): Promise<void> {
  void argument;
  const { actor, texts } = turnInfo(context);
  const allowed = await services.reports.mayRequest(actor);
  if (!allowed.ok) return sendRefusal(context, allowed.code, 'report');
  await sendCard(context, reportCard(texts, { today: services.reports.today() }));
}

/**
 * "Lag rapport": the period and permission are checked (and the request audited), then the
 * answer is a link to the file, signed for this staff member and valid for 15 minutes. A press in
 * a channel is answered in personal chat, as every card button (MainDialog).
 */
export async function requestReport(
  context: TurnContext,
  services: DialogServices,
  form: Payload<typeof REPORT_REQUEST>,
): Promise<void> {
  const { actor, texts } = turnInfo(context);
  const period = presetPeriod(form.preset, services.reports.today()) ?? {
    from: form.from,
    to: form.to,
  };
  const asked = await services.reports.request(actor, { ...period, format: form.format });
  if (!asked.ok) return sendRefusal(context, asked.code, 'report');
  const url = services.reportLinks.linkFor(
    { staffId: actor.staff.id, tenantId: actor.tenantId },
    asked.value,
    form.format,
  );
  await sendCard(context, reportLinkCard(texts, { period: asked.value, url }));
}
