import type {
  ExportedCase,
  ExportedPlan,
  ResidentExport,
} from '../../src/domain/audit/resident-export.service.ts';
import { TIMELINE_DATE_FIELDS } from '../../src/domain/case/case.ts';
import { localDate } from '../../src/domain/common/local-date.ts';
import { nb } from '../../dialogs/texts/nb.ts';
import { auditActionLabel } from './audit-action-labels.ts';

/**
 * The innsyn file (GDPR art. 15): everything Husly stores about a resident, as JSON with
 * Norwegian labels, readable by the resident and by the municipality's privacy officer.
 * Never the identity number or its keyed hash.
 */
export function innsynDocument(
  data: ResidentExport,
  options: { readonly now: Date; readonly timeZone: string },
): Record<string, unknown> {
  const tz = options.timeZone;
  const at = (d: Date | null | undefined) =>
    d
      ? `${localDate(d, tz)} kl. ` +
        `${d.toLocaleTimeString('nb-NO', { timeZone: tz, hour: '2-digit', minute: '2-digit' })}`
      : null;
  const yesNo = (b: boolean | null | undefined) =>
    b === null || b === undefined ? null : b ? 'Ja' : 'Nei';
  const r = data.resident;
  return {
    'Om dokumentet':
      'Kopi av alle opplysninger Husly lagrer om personen (personvernforordningen artikkel 15): ' +
      'saker, bekymringsmeldinger, målplaner, samtykker, påminnelser og hvem som har sett eller ' +
      'endret opplysningene. Husly lagrer ikke fødselsnummeret, bare en nøkkel avledet av det ' +
      'for å finne personen igjen, og en maskert form (de seks første sifrene).',
    Laget: at(options.now),
    Tidssone: tz,
    Person: {
      'Fødselsnummer (maskert)': r.maskedId,
      Navn: r.name,
      Fødselsdato: r.birthDate,
      ...(r.anonymisedAt
        ? {
            Anonymisert:
              `${at(r.anonymisedAt)} – navn, fødselsdato og maskert fødselsnummer ` +
              'er slettet etter lagringstiden',
          }
        : {}),
    },
    Saker: data.cases.map((c) => caseSection(c, at, yesNo)),
    Tilgangslogg: data.accessLog.map((l) => ({
      Tidspunkt: at(l.at),
      Hvem: l.staffName ?? 'Husly',
      Enhet: l.unitName,
      Hva: auditActionLabel(l.action),
      Sak: l.caseReference,
      Formål: l.purpose ? label(nb.labels.purposes, l.purpose) : null,
      'Formål med egne ord': l.purposeNote,
      Utfall: l.outcome === 'ok' ? 'utført' : 'avvist eller ikke funnet',
    })),
  };
}

type At = (d: Date | null | undefined) => string | null;
type YesNo = (b: boolean | null | undefined) => string | null;

const CHANGE_FIELDS = {
  level: 'Nivå',
  category: 'Kategori',
  arrearsPaid: 'Restansen betalt',
  status: 'Status',
} as const;
const CONSENT_SOURCES = {
  case: 'på saken',
  concern: 'med bekymringsmeldingen',
  plan: 'i målplanen',
} as const;

/** How a proposal ended, in words (a level review "accepted" means the team took it over). */
const PROPOSAL_OUTCOMES: Readonly<Record<string, string>> = {
  pending: 'ikke besvart',
  accepted: 'godtatt',
  declined: 'avslått',
  withdrawn: 'trukket tilbake',
};

function caseSection(c: ExportedCase, at: At, yesNo: YesNo): Record<string, unknown> {
  const k = c.kase;
  return {
    Saksnummer: k.reference,
    Kategori: label(nb.labels.categories, k.category),
    Underkategori: label(nb.labels.subcategories, k.subcategory),
    Nivå: label(nb.labels.levels, String(k.level)),
    Status: label(nb.labels.statuses, k.status),
    Åpnet: at(k.openedAt),
    Avsluttet: at(k.closedAt),
    'Grunn til avslutning': k.closedReason ? label(nb.labels.closeReasons, k.closedReason) : null,
    'Restansen betalt': k.arrearsPaidDate,
    'Datoer i saken': {
      ...Object.fromEntries(TIMELINE_DATE_FIELDS.map((f) => [nb.timeline[f], k.timeline[f]])),
      [nb.timeline.evictionHappened]: yesNo(k.timeline.evictionHappened),
    },
    ...(c.anonymisedAt
      ? {
          Anonymisert:
            `${at(c.anonymisedAt)} – fritekst og beløp ` + 'er slettet etter lagringstiden',
        }
      : {}),
    'Eier og saksansvarlig': c.owners.map((o) => ({
      Enhet: o.unitName,
      Saksansvarlig: o.coordinatorName,
      Fra: at(o.startedAt),
      Til: at(o.endedAt),
      Merknad: o.note,
    })),
    'Involverte enheter': c.involvements.map((i) => ({
      Enhet: i.unitName,
      Grunn: label(nb.labels.involvementReasons, i.reason),
      Fra: at(i.since),
      Til: at(i.endedAt),
      'Gitt av': i.grantedByName,
      Begrunnelse: i.note,
    })),
    Samtykker: c.consents.map((s) => ({
      Enheter: s.unitNames.map((n) => n ?? 'ukjent enhet'),
      Gitt: s.givenDate,
      Form: label(nb.labels.consentForms, s.form),
      Registrert: `${at(s.recordedAt)} ${label(CONSENT_SOURCES, s.source)}`,
      'Registrert av': s.recordedByName,
      'Trukket tilbake': at(s.withdrawnAt),
      'Tilbaketrekking registrert av': s.withdrawnByName,
    })),
    'Hva er gjort og besluttet': c.events.map((e) => ({
      Dato: e.occurredOn,
      Hva: label(nb.events.labels, e.type),
      Vedtak: e.decision && label(nb.events.decisions, e.decision),
      'Beløp (kr)': e.amountNok,
      'Dekker hele restansen': e.coversArrears,
      'Ny dato': e.dateValue,
      Registrert: at(e.recordedAt),
      'Registrert av': e.recordedByName,
    })),
    'Forslag om overføring og nivåvurdering': c.proposals.map((p) => ({
      Hva: p.kind === 'handover' ? 'Forslag om overføring' : 'Nivåvurdering hos tildelingsteamet',
      Utfall: PROPOSAL_OUTCOMES[p.status],
      Fra: p.fromUnitName,
      Til: p.toUnitName,
      'Foreslått av': p.proposedByName,
      Foreslått: at(p.proposedAt),
      Begrunnelse: p.note,
      'Besvart av': p.answeredByName,
      Besvart: at(p.answeredAt),
      'Grunn til avslag': p.declineReason,
    })),
    'Endringer av nivå, kategori og status': c.changes.map((ch) => ({
      Tidspunkt: at(ch.at),
      Av: ch.byName,
      Hva: label(CHANGE_FIELDS, ch.field),
      Fra: ch.fromValue,
      Til: ch.toValue,
      Begrunnelse: ch.reason,
    })),
    'Nødtilgang (fare for liv eller helse)': c.breakGlass.map((g) => ({
      Hvem: g.staffName,
      Enhet: g.unitName,
      Fra: at(g.grantedAt),
      Til: at(g.expiresAt),
      Begrunnelse: g.justification,
    })),
    Bekymringsmeldinger: c.concerns.map(({ concern: m, reporterName, reporterUnitName }) => ({
      Meldt: at(m.createdAt),
      'Meldt av': reporterName,
      Enhet: reporterUnitName,
      'Hvor opplysningene kom fra': label(nb.labels.sources, m.source),
      Kategori: label(nb.labels.categories, m.category),
      Underkategori: label(nb.labels.subcategories, m.subcategory),
      'Uten tak over hodet i natt': yesNo(m.acute),
      Husleierestanse: m.rentArrears
        ? {
            'Beløp (kr)': m.rentArrears.amountNok,
            Måneder: m.rentArrears.months,
            Utleier: label(nb.labels.landlords, m.rentArrears.landlord),
            'Første ubetalte husleie': m.rentArrears.firstMissedRentDate,
          }
        : null,
      'Restanse meldt': m.arrearsReport
        ? {
            Dato: m.arrearsReport.reportedDate,
            Purring: label(nb.labels.arrearsReminders, m.arrearsReport.reminderSent),
          }
        : null,
      'Varsel etter tvangsfullbyrdelsesloven § 4-18': m.notice
        ? { 'Dato på varselet': m.notice.noticeDate, 'Beboeren fikk det': m.notice.receivedDate }
        : null,
      'Varsel fra utleier til NAV (husleieloven § 9-11)': m.landlordNoticeDate
        ? { 'NAV fikk det': m.landlordNoticeDate }
        : null,
      'Reservert mot varsel fra utleier': yesNo(m.tenantReservedAgainstNotice),
      'Brev fra namsmannen om begjæring om utkastelse':
        m.namsmannNoticeDate || m.namsmannCopyDate || m.objectionDeadline
          ? {
              'Beboeren fikk brevet': m.namsmannNoticeDate,
              'NAV/kommunen fikk kopi': m.namsmannCopyDate,
              'Frist for innsigelse i brevet': m.objectionDeadline,
            }
          : null,
      Utkastelse: m.eviction
        ? {
            Dato: m.eviction.date,
            Gjennomført: yesNo(m.eviction.happened),
            'Ny frist for eiendeler': m.belongingsDeadline,
          }
        : null,
      'Oppsigelse mottatt': m.terminationDate,
      'Tidsbestemt leiekontrakt går ut': m.leaseEndDate,
      'Skal ut av fengsel eller institusjon': m.releaseDate,
      'I midlertidig botilbud fra': m.temporaryAccommodationSince,
      'Annet forhold': yesNo(m.other),
      'Antall barn i husstanden': m.children,
      'Bor nå': m.tenure ? label(nb.labels.tenures, m.tenure) : null,
      Kontaktinformasjon: m.contact,
      'Personens egne ønsker': m.wishes,
      Beskrivelse: m.description,
      'Grunnlag for deling': label(nb.labels.sharingBasesShort, m.sharingBasis),
      'Personen er informert': yesNo(m.residentInformed),
    })),
    Målplaner: c.plans.map((p) => planSection(p, at, yesNo)),
    Påminnelser: c.reminders.map((p) => ({
      Hva: Object.hasOwn(nb.reminders.kinds, p.kind)
        ? nb.reminders.kinds[p.kind as keyof typeof nb.reminders.kinds][0]
        : p.kind,
      Gjelder: p.dueDate,
      'Lovfestet frist': p.legalDeadline,
      Status: label(nb.reminders.statuses, p.status),
      Sendt: at(p.sentAt),
    })),
  };
}

/**
 * One målplan, oldest first on its case: a closed plan and the newer one both show. Written to
 * the resident («deg»), as the plan itself is made with them.
 */
function planSection(p: ExportedPlan, at: At, yesNo: YesNo): Record<string, unknown> {
  const t = nb.plan;
  const plan = p.plan;
  const level = (n: number | null) => (n === null ? null : label(nb.labels.levels, String(n)));
  const participation = (code: string | null) => code && label(t.participation, code);
  return {
    Status: plan.status === 'active' ? t.active : 'Avsluttet',
    Avsluttet: at(plan.closedAt),
    'Grunn til avslutning': plan.closeReason && label(t.closeReasons, plan.closeReason),
    'Merknad ved avslutning': plan.closeNote,
    Opprettet: at(plan.createdAt),
    'Saker planen har fulgt': p.caseReferences,
    Mal: plan.template && label(t.templates, plan.template),
    'Hva er viktig for deg': plan.whatMatters,
    'Ressurser og behov': plan.resources,
    'Slik deltok du da planen ble laget': participation(plan.residentParticipation),
    'Nivå da planen ble laget': level(plan.levelAtStart),
    'Neste evaluering': plan.evaluationDate,
    'Periode fra': plan.periodStart,
    'Periode til': plan.periodEnd,
    Vedtak: plan.vedtakReference,
    'Behov for individuell plan': yesNo(plan.ipNeeded),
    'Individuell plan': yesNo(plan.isIp),
    'IP-koordinator': plan.isIp ? (p.ipCoordinatorName ?? t.noIpCoordinator) : null,
    Mål: p.goals.map((g) => ({
      Mål: g.text,
      'Med dine egne ord': g.residentWords,
      Måldato: g.targetDate,
      'Sist evaluert': g.latestOutcome && label(t.goalOutcomes, g.latestOutcome),
    })),
    Tiltak: p.measures.map((m) => ({
      Tiltak: label(nb.labels.measureTypes, m.type),
      Beskrivelse: m.description,
      Omfang: m.scope,
      'Hører til målet': m.goalText,
      Ansvarlig: [
        ...(m.responsibleResident ? ['Deg selv'] : []),
        ...(m.responsibleUnitId ? [m.responsibleUnitName ?? 'ukjent enhet'] : []),
        ...(m.responsibleStaffId ? [m.responsibleStaffName ?? 'ukjent ansatt'] : []),
        ...(m.responsibleParticipantId
          ? [m.responsibleParticipantName ?? 'en tidligere deltaker']
          : []),
      ],
      'Ansvarlig enhet': m.responsibleUnitName,
      'Ansvarlig person': m.responsibleStaffName,
      Frist: m.deadline,
      Status: label(nb.labels.measureStatuses, m.status),
    })),
    Deltakere: p.participants.map((d) => ({
      Hvem: d.kind === 'resident' ? 'Deg selv' : label(t.participantKinds, d.kind),
      Navn: d.name ?? d.staffName,
      Enhet: d.unitName,
      Instans: d.organisation && label(t.organisations, d.organisation),
      Rolle: d.role,
    })),
    Evalueringer: p.evaluations.map((e) => ({
      Tidspunkt: at(e.at),
      Av: e.byName,
      Oppsummering: e.summary,
      'Slik deltok du': participation(e.residentParticipation),
      Nivå: level(e.levelAtEvaluation),
      Mål: e.goals.map((g) => ({
        Mål: g.goalText,
        Utfall: label(t.goalOutcomes, g.outcome),
        Merknad: g.note,
      })),
      'Neste evaluering': e.nextEvaluationDate,
    })),
    'CTI-faser': p.plan.phases.map((f) => ({
      Fase: label(t.phaseKinds, f.kind),
      Fra: f.startDate,
      Til: f.endDate,
      Kontakt: `hver ${f.contactEveryDays}. dag`,
    })),
  };
}

/** A catalogue label by code (own properties only), or the code itself. */
function label(labels: Readonly<Record<string, string>>, code: string): string {
  return (Object.hasOwn(labels, code) ? labels[code] : undefined) ?? code;
}
