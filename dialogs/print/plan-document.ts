import type { PlanView } from '../../src/domain/goal-plan/goal-plan.service.ts';
import { latestOutcome, levelHistory, type Measure } from '../../src/domain/goal-plan/goal-plan.ts';
import type { PrintBlock, PrintDocument, PrintSection } from '../../src/print/print-document.ts';
import { measureTypeLabel, namesOf } from '../cards/goal-plan.cards.ts';
import { formatDate, formatInstant } from '../cards/format.ts';
import type { Texts } from '../texts/index.ts';

/**
 * The målplan as a document to print, sign and archive: what the plan card shows, in full, and
 * nothing the viewer may not see — it is built from the same access-checked view (a unit outside
 * the consent gets its own measures only). The title carries no name: it is the PDF's metadata.
 */
export function planDocument(
  texts: Texts,
  view: PlanView,
  printed: { readonly at: Date; readonly byName: string; readonly timeZone: string },
): { document: PrintDocument; fileName: string } {
  const t = texts.plan;
  const p = t.pdf;
  const plan = view.plan;
  const date = (d: string) => formatDate(d, texts.locale);
  const names = namesOf(texts, view);
  const none = t.none;
  const status = plan.status === 'active' ? t.active : t.closedBecause(closeReason(texts, view));
  const subtitle = [
    p.cases(view.caseReferences.length ? view.caseReferences.join(', ') : view.kase.reference),
    ...(view.resident
      ? [
          p.resident(
            view.resident.name,
            view.resident.birthDate ? date(view.resident.birthDate) : null,
          ),
        ]
      : []),
    `${t.status}: ${status}`,
    ...(plan.vedtakReference ? [`${t.vedtak}${plan.vedtakReference}`] : []),
    ...(plan.periodStart || plan.periodEnd
      ? [
          p.period(
            plan.periodStart ? date(plan.periodStart) : none,
            plan.periodEnd ? date(plan.periodEnd) : none,
          ),
        ]
      : []),
  ];
  const sections: PrintSection[] = [];
  const add = (heading: string, blocks: PrintBlock[]) => {
    if (blocks.length) sections.push({ heading, blocks });
  };
  if (view.scope === 'own-measures') {
    add(t.measures, [
      { kind: 'paragraph', text: t.ownMeasuresOnly },
      { kind: 'list', items: plan.measures.map((m) => measureItem(texts, view, m)) },
    ]);
  } else {
    add(t.whatMattersHeading, [
      ...(plan.whatMatters
        ? [{ kind: 'paragraph' as const, text: plan.whatMatters, note: t.residentOwnWords }]
        : []),
      ...(plan.residentParticipation
        ? [
            {
              kind: 'paragraph' as const,
              text: p.madeWith(t.participation[plan.residentParticipation]),
            },
          ]
        : []),
    ]);
    add(t.resourcesHeading, plan.resources ? [{ kind: 'paragraph', text: plan.resources }] : []);
    const goalBlocks: PrintBlock[] = [];
    plan.goals.forEach((g, i) => {
      const outcome = latestOutcome(plan, g.id);
      goalBlocks.push({
        kind: 'paragraph',
        text: p.goal(i + 1, g.text),
        ...(g.residentWords ? { note: `${t.withResidentWords}«${g.residentWords}»` } : {}),
      });
      const rows: [string, string][] = [];
      if (g.targetDate) rows.push([p.targetDate, date(g.targetDate)]);
      if (outcome) rows.push([t.goalOutcome, t.goalOutcomes[outcome]]);
      if (rows.length) goalBlocks.push({ kind: 'fields', rows });
      const measures = plan.measures.filter((m) => m.goalId === g.id);
      if (measures.length)
        goalBlocks.push({ kind: 'list', items: measures.map((m) => measureItem(texts, view, m)) });
    });
    add(t.goals, goalBlocks);
    const other = plan.measures.filter(
      (m) => !m.goalId || !plan.goals.some((g) => g.id === m.goalId),
    );
    if (other.length)
      add(t.otherMeasures, [
        { kind: 'list', items: other.map((m) => measureItem(texts, view, m)) },
      ]);
    const coordinator = view.coordinatorId ? names.staff(view.coordinatorId) : none;
    add(t.participants, [
      {
        kind: 'fields',
        rows: [
          [t.coordinator, coordinator || none],
          ...(plan.isIp
            ? ([[t.ipCoordinator, names.staff(plan.ipCoordinatorId) || t.noIpCoordinator]] as [
                string,
                string,
              ][])
            : []),
        ],
      },
      ...(plan.participants.length
        ? [
            {
              kind: 'list' as const,
              items: plan.participants.map((x) => ({
                text: [t.participantKinds[x.kind], names.participant(x), x.role]
                  .filter(Boolean)
                  .join(' – '),
              })),
            },
          ]
        : []),
    ]);
    if (plan.phases.length)
      add(t.phases, [
        {
          kind: 'list',
          items: plan.phases.map((x) => ({
            text: t.phaseLine(
              t.phaseKinds[x.kind],
              date(x.startDate),
              date(x.endDate),
              x.contactEveryDays,
            ),
          })),
        },
      ]);
    const history = levelHistory(plan).map((h) => String(h.level));
    add(t.evaluations, [
      {
        kind: 'fields',
        rows: [
          [t.evaluationDate, date(plan.evaluationDate)],
          ...(history.length
            ? ([[t.levelHistory, history.join(' → ')]] as [string, string][])
            : []),
        ],
      },
      ...(plan.evaluations.length
        ? [
            {
              kind: 'list' as const,
              items: plan.evaluations.map((e) => ({
                text: p.evaluation(
                  formatInstant(e.at, printed.timeZone, texts.locale),
                  names.staff(e.byId) || none,
                ),
                sub: [
                  e.summary,
                  t.evaluationLine(
                    e.residentParticipation ? t.participation[e.residentParticipation] : none,
                    e.levelAtEvaluation === null ? none : `${t.level} ${e.levelAtEvaluation}`,
                  ),
                  ...e.goals.map((o) => {
                    const n = plan.goals.findIndex((g) => g.id === o.goalId);
                    const goal = p.goal(n + 1, plan.goals[n]?.text ?? none);
                    return `${goal} – ${t.goalOutcomes[o.outcome]}`;
                  }),
                ],
              })),
            },
          ]
        : []),
    ]);
    add(t.consent, [
      {
        kind: 'paragraph',
        text: view.consents.length
          ? view.consents
              .map((c) => t.consentYes(date(c.givenDate), c.unitIds.map(names.unit).join(', ')))
              .join('. ')
          : t.consentNo,
      },
    ]);
    if (plan.isIp || plan.ipNeeded)
      add(t.ip, [
        ...(view.ipGaps.length
          ? [
              {
                kind: 'paragraph' as const,
                text: t.ipMissing(view.ipGaps.map((g) => t.ipPoints[g]).join(', ')),
              },
            ]
          : []),
      ]);
  }
  return {
    document: {
      title: p.title,
      subtitle,
      sections,
      // Named, so a signature page on its own still says whose plan it is.
      signatures: [
        view.resident ? `${p.signatureResident}: ${view.resident.name}` : p.signatureResident,
        `${p.signatureCoordinator}: ${names.staff(view.coordinatorId) || none}`,
      ],
      footer: p.footer(
        view.kase.reference,
        formatInstant(printed.at, printed.timeZone, texts.locale),
        printed.byName,
      ),
    },
    fileName: p.fileName(view.kase.reference),
  };
}

function measureItem(texts: Texts, view: PlanView, m: Measure) {
  const t = texts.plan;
  const names = namesOf(texts, view);
  return {
    text: t.pdf.measureLine(measureTypeLabel(texts, view.extraMeasureTypes, m.type), m.description),
    sub: [
      [
        m.scope ? `${t.scope}: ${m.scope}` : '',
        `${t.responsible}: ${names.responsible(m) || t.none}`,
        `${t.deadline} ${formatDate(m.deadline, texts.locale)}`,
        texts.labels.measureStatuses[m.status],
      ]
        .filter(Boolean)
        .join(' · '),
    ],
  };
}

function closeReason(texts: Texts, view: PlanView): string {
  const reason = view.plan.closeReason;
  return reason ? texts.plan.closeReasons[reason] : texts.plan.none;
}
