import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { innsynDocument } from '../../../scripts/lib/innsyn-document.ts';
import type {
  ExportedCase,
  ExportedPlan,
} from '../../../src/domain/audit/resident-export.service.ts';
import { EMPTY_TIMELINE } from '../../../src/domain/case/case.ts';
import { NOTHING_REPORTED, type StoredConcern } from '../../../src/domain/concern/concern.ts';

const concern: StoredConcern = {
  ...NOTHING_REPORTED,
  id: 'k',
  submissionId: 's',
  caseId: 'c',
  reporterId: 'p',
  reporterUnitId: 'r',
  createdAt: new Date('2026-11-20T10:00:00Z'),
  consentId: null,
  category: 'uten-egen-bolig',
  subcategory: 'uten-tak-over-hodet',
  acute: true,
  notice: { noticeDate: '2026-11-01', receivedDate: '2026-11-03' },
  namsmannCopyDate: '2026-11-19',
  objectionDeadline: '2026-12-04',
  eviction: { date: '2026-11-18', happened: true },
  belongingsDeadline: '2026-12-16',
  arrearsReport: { reportedDate: '2026-10-10', reminderSent: 'purring' },
  landlordNoticeDate: '2026-10-25',
  tenantReservedAgainstNotice: false,
  terminationDate: '2026-10-02',
  leaseEndDate: '2027-06-30',
  releaseDate: '2026-12-01',
  temporaryAccommodationSince: '2026-11-21',
  source: 'parorende',
  children: 3,
  tenure: 'midlertidig',
  contact: 'Ring søsteren',
  wishes: 'Vil bo i sentrum',
  description: '',
  sharingBasis: 'samtykke',
  residentInformed: true,
};

const kase: ExportedCase = {
  kase: {
    id: 'c',
    reference: '2026-0001',
    residentId: 'r',
    category: 'uten-egen-bolig',
    subcategory: 'uten-tak-over-hodet',
    level: 2,
    status: 'open',
    owningUnitId: 'u',
    coordinatorId: null,
    openedAt: new Date('2026-11-20T10:00:00Z'),
    closedAt: null,
    closedReason: null,
    timeline: {
      ...EMPTY_TIMELINE,
      namsmannCopyDate: '2026-11-19',
      evictionDate: '2026-11-18',
      evictionHappened: true,
      releaseDate: '2026-12-01',
      acuteDate: '2026-11-20',
    },
    arrearsPaidDate: null,
  },
  anonymisedAt: null,
  owners: [],
  involvements: [],
  consents: [],
  changes: [],
  breakGlass: [],
  concerns: [{ concern, reporterName: 'Per Syntetisk', reporterUnitName: 'ROP' }],
  plans: [],
  reminders: [],
  events: [
    {
      id: 'e',
      caseId: 'c',
      type: 'stonad-vedtak',
      occurredOn: '2026-11-22',
      decision: 'innvilget',
      amountNok: 12500,
      coversArrears: null,
      dateValue: null,
      recordedAt: new Date('2026-11-22T10:00:00Z'),
      recordedByName: 'Per Syntetisk',
    },
  ],
  proposals: [
    {
      kind: 'handover',
      status: 'declined',
      fromUnitName: 'NAV boligsosialt team',
      toUnitName: 'Tildelingsteam',
      proposedByName: 'Per Syntetisk',
      proposedAt: new Date('2026-11-21T09:00:00Z'),
      note: 'Trenger tett oppfølging',
      answeredByName: 'Tone Syntetisk',
      answeredAt: new Date('2026-11-21T12:00:00Z'),
      declineReason: 'Ikke vår målgruppe',
    },
  ],
};

const doc = innsynDocument(
  {
    resident: { maskedId: null, name: 'Ola Syntetisk', birthDate: null, anonymisedAt: null },
    cases: [kase],
    accessLog: [],
  },
  { now: new Date('2026-11-23T10:00:00Z'), timeZone: 'Europe/Oslo' },
) as { Saker: Record<string, Record<string, unknown>>[] };
const [section] = doc.Saker;

describe('the innsyn document holds the new facts of a concern and the case', () => {
  it('what was done and decided (outcome events), in words', () => {
    const [e] = (section?.['Hva er gjort og besluttet'] ?? []) as Record<string, unknown>[];
    assert.equal(e?.Hva, 'Vedtak om økonomisk stønad');
    assert.equal(e?.Vedtak, 'innvilget');
    assert.equal(e?.['Beløp (kr)'], 12500);
    assert.equal(e?.['Registrert av'], 'Per Syntetisk');
  });

  it('proposed hand-overs, with the note and the reason for declining', () => {
    const [p] = (section?.['Forslag om overføring og nivåvurdering'] ?? []) as Record<
      string,
      unknown
    >[];
    assert.equal(p?.Hva, 'Forslag om overføring');
    assert.equal(p?.Utfall, 'avslått');
    assert.equal(p?.Fra, 'NAV boligsosialt team');
    assert.equal(p?.Til, 'Tildelingsteam');
    assert.equal(p?.Begrunnelse, 'Trenger tett oppfølging');
    assert.equal(p?.['Grunn til avslag'], 'Ikke vår målgruppe');
    assert.equal(p?.['Besvart av'], 'Tone Syntetisk');
  });

  it('every date of the case, by its catalogue label', () => {
    const dates = section?.['Datoer i saken'];
    assert.deepEqual(
      Object.fromEntries(Object.entries(dates ?? {}).filter(([, v]) => v !== null)),
      {
        'NAV/kommunen fikk kopi av brevet fra namsmannen': '2026-11-19',
        Utkastelsesdato: '2026-11-18',
        'Skal ut av fengsel eller institusjon': '2026-12-01',
        'Meldt uten tak over hodet i natt': '2026-11-20',
        'Utkastelsen er gjennomført': 'Ja',
      },
    );
  });

  it('the source, the dates, the household, the contact details and the wishes', () => {
    const [m] = (section?.Bekymringsmeldinger ?? []) as Record<string, unknown>[];
    assert.deepEqual(
      {
        source: m?.['Hvor opplysningene kom fra'],
        acute: m?.['Uten tak over hodet i natt'],
        arrears: m?.['Restanse meldt'],
        landlord: m?.['Varsel fra utleier til NAV (husleieloven § 9-11)'],
        reserved: m?.['Reservert mot varsel fra utleier'],
        namsmann: m?.['Brev fra namsmannen om begjæring om utkastelse'],
        eviction: m?.Utkastelse,
        termination: m?.['Oppsigelse mottatt'],
        lease: m?.['Tidsbestemt leiekontrakt går ut'],
        release: m?.['Skal ut av fengsel eller institusjon'],
        temporary: m?.['I midlertidig botilbud fra'],
        children: m?.['Antall barn i husstanden'],
        tenure: m?.['Bor nå'],
        contact: m?.Kontaktinformasjon,
        wishes: m?.['Personens egne ønsker'],
      },
      {
        source: 'Pårørende',
        acute: 'Ja',
        arrears: { Dato: '2026-10-10', Purring: 'Purring sendt' },
        landlord: { 'NAV fikk det': '2026-10-25' },
        reserved: 'Nei',
        namsmann: {
          'Beboeren fikk brevet': null,
          'NAV/kommunen fikk kopi': '2026-11-19',
          'Frist for innsigelse i brevet': '2026-12-04',
        },
        eviction: { Dato: '2026-11-18', Gjennomført: 'Ja', 'Ny frist for eiendeler': '2026-12-16' },
        termination: '2026-10-02',
        lease: '2027-06-30',
        release: '2026-12-01',
        temporary: '2026-11-21',
        children: 3,
        tenure: 'Midlertidig botilbud',
        contact: 'Ring søsteren',
        wishes: 'Vil bo i sentrum',
      },
    );
  });
});

/** A plan as the export gives it: what a test about one field does not care about. */
function exportedPlan(
  plan: Partial<ExportedPlan['plan']> & Pick<ExportedPlan['plan'], 'id' | 'status'>,
  rest: Partial<Omit<ExportedPlan, 'plan'>> = {},
): ExportedPlan {
  return {
    plan: {
      residentId: 'r',
      caseId: 'c',
      evaluationDate: '2026-12-01',
      periodStart: null,
      periodEnd: null,
      vedtakReference: null,
      ipNeeded: null,
      isIp: false,
      ipCoordinatorId: null,
      whatMatters: null,
      resources: null,
      residentParticipation: null,
      levelAtStart: null,
      template: null,
      closedAt: null,
      closeReason: null,
      closeNote: null,
      createdAt: new Date('2026-11-20T10:00:00Z'),
      phases: [],
      ...plan,
    },
    caseReferences: ['2026-0001'],
    ipCoordinatorName: null,
    goals: [],
    measures: [],
    evaluations: [],
    participants: [],
    ...rest,
  };
}

const closedPlan = exportedPlan(
  {
    id: 'p1',
    status: 'closed',
    createdAt: new Date('2026-02-01T10:00:00Z'),
    closedAt: new Date('2026-06-01T10:00:00Z'),
    closeReason: 'goals-reached',
    closeNote: 'Flyttet inn i egen leilighet',
    whatMatters: 'Å ha katten min hos meg',
    resources: 'God kontakt med søsteren',
    residentParticipation: 'meeting',
    levelAtStart: 3,
    template: 'cti',
    phases: [
      { kind: 'overgang', startDate: '2026-02-01', endDate: '2026-04-30', contactEveryDays: 7 },
    ],
  },
  {
    goals: [
      {
        id: 'g1',
        text: 'Beholde leiligheten',
        residentWords: 'Jeg vil bo her i fred',
        targetDate: '2026-06-01',
        latestOutcome: 'partly',
      },
    ],
    participants: [
      {
        id: 'd1',
        kind: 'external',
        name: 'Ola Behandler',
        organisation: 'spesialisthelsetjenesten',
        unitId: null,
        staffId: null,
        role: 'behandler',
        unitName: null,
        staffName: null,
      },
      {
        id: 'd2',
        kind: 'staff',
        name: null,
        organisation: null,
        unitId: null,
        staffId: 's9',
        role: null,
        unitName: null,
        staffName: 'Tone Syntetisk',
      },
    ],
    measures: [
      {
        id: 'm1',
        type: 'booppfolging',
        description: 'Besøk hjemme',
        goalId: 'g1',
        scope: '2 timer i uka',
        responsibleUnitId: 'u',
        responsibleStaffId: null,
        responsibleResident: true,
        responsibleParticipantId: 'd1',
        deadline: '2026-03-01',
        status: 'done',
        responsibleUnitName: 'Psykisk helse og rus',
        responsibleStaffName: null,
        responsibleParticipantName: 'Ola Behandler',
        goalText: 'Beholde leiligheten',
      },
    ],
    evaluations: [
      {
        at: new Date('2026-04-01T10:00:00Z'),
        byId: 's9',
        byName: 'Tone Syntetisk',
        summary: 'Bostøtte innvilget',
        nextEvaluationDate: '2026-06-01',
        residentParticipation: 'phone',
        levelAtEvaluation: 2,
        goals: [{ goalId: 'g1', goalText: 'Beholde leiligheten', outcome: 'partly', note: null }],
      },
    ],
  },
);
const livingPlan = exportedPlan(
  {
    id: 'p2',
    status: 'active',
    createdAt: new Date('2026-06-02T10:00:00Z'),
    isIp: true,
    ipCoordinatorId: 's9',
    residentParticipation: 'not-present',
  },
  { ipCoordinatorName: 'Tone Syntetisk' },
);
const twoPlans = innsynDocument(
  {
    resident: { maskedId: null, name: 'Ola Syntetisk', birthDate: null, anonymisedAt: null },
    cases: [{ ...kase, plans: [closedPlan, livingPlan] }],
    accessLog: [],
  },
  { now: new Date('2026-11-23T10:00:00Z'), timeZone: 'Europe/Oslo' },
) as { Saker: { Målplaner: Record<string, unknown>[] }[] };
const [closedSection, livingSection] = twoPlans.Saker[0]?.Målplaner ?? [];
const rows = (v: unknown) => v as Record<string, unknown>[];

describe('the innsyn document shows every målplan on the case, in plain Norwegian', () => {
  it('both plans, the closed one first, with why and when it closed', () => {
    assert.equal(twoPlans.Saker[0]?.Målplaner.length, 2);
    assert.deepEqual(
      [
        closedSection?.Status,
        closedSection?.Avsluttet,
        closedSection?.['Grunn til avslutning'],
        closedSection?.['Merknad ved avslutning'],
      ],
      ['Avsluttet', '2026-06-01 kl. 12:00', 'målene er nådd', 'Flyttet inn i egen leilighet'],
    );
    assert.deepEqual(
      [livingSection?.Status, livingSection?.Avsluttet, livingSection?.['Grunn til avslutning']],
      ['Aktiv', null, null],
    );
    assert.deepEqual(section?.Målplaner, [], 'a case without a plan shows none');
  });

  it('what matters to the resident, resources, how they took part and the level', () => {
    assert.equal(closedSection?.['Hva er viktig for deg'], 'Å ha katten min hos meg');
    assert.equal(closedSection?.['Ressurser og behov'], 'God kontakt med søsteren');
    assert.equal(closedSection?.['Slik deltok du da planen ble laget'], 'i møte');
    assert.equal(livingSection?.['Slik deltok du da planen ble laget'], 'deltok ikke');
    assert.equal(closedSection?.['Nivå da planen ble laget'], 'Nivå 3 (rødt)');
    assert.deepEqual(closedSection?.['Saker planen har fulgt'], ['2026-0001']);
  });

  it('goals in the resident’s own words, with the latest outcome', () => {
    assert.deepEqual(rows(closedSection?.Mål), [
      {
        Mål: 'Beholde leiligheten',
        'Med dine egne ord': 'Jeg vil bo her i fred',
        Måldato: '2026-06-01',
        'Sist evaluert': 'delvis nådd',
      },
    ]);
  });

  it('measures with scope, the goal and everyone responsible, the resident as «Deg selv»', () => {
    const [m] = rows(closedSection?.Tiltak);
    assert.equal(m?.Tiltak, 'Booppfølging');
    assert.equal(m?.Omfang, '2 timer i uka');
    assert.equal(m?.['Hører til målet'], 'Beholde leiligheten');
    assert.deepEqual(m?.Ansvarlig, ['Deg selv', 'Psykisk helse og rus', 'Ola Behandler']);
    assert.equal(m?.Status, 'Utført');
  });

  it('participants by kind, name, organisation and role; staff by their name', () => {
    assert.deepEqual(rows(closedSection?.Deltakere), [
      {
        Hvem: 'Ekstern instans',
        Navn: 'Ola Behandler',
        Enhet: null,
        Instans: 'Spesialisthelsetjenesten',
        Rolle: 'behandler',
      },
      { Hvem: 'Ansatt', Navn: 'Tone Syntetisk', Enhet: null, Instans: null, Rolle: null },
    ]);
  });

  it('evaluations with how the resident took part, the level and each goal’s outcome', () => {
    const [e] = rows(closedSection?.Evalueringer);
    assert.equal(e?.Av, 'Tone Syntetisk');
    assert.equal(e?.['Slik deltok du'], 'på telefon');
    assert.equal(e?.Nivå, 'Nivå 2 (gult)');
    assert.deepEqual(e?.Mål, [
      { Mål: 'Beholde leiligheten', Utfall: 'delvis nådd', Merknad: null },
    ]);
  });

  it('the CTI phases, and an individual plan with its coordinator', () => {
    assert.deepEqual(closedSection?.['CTI-faser'], [
      { Fase: 'Overgang', Fra: '2026-02-01', Til: '2026-04-30', Kontakt: 'hver 7. dag' },
    ]);
    assert.equal(closedSection?.Mal, 'CTI-oppfølging (faser: overgang, utprøving, overføring)');
    assert.deepEqual(
      [closedSection?.['Individuell plan'], closedSection?.['IP-koordinator']],
      ['Nei', null],
    );
    assert.deepEqual(
      [livingSection?.['Individuell plan'], livingSection?.['IP-koordinator']],
      ['Ja', 'Tone Syntetisk'],
    );
  });
});
