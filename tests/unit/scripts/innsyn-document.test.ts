import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { innsynDocument } from '../../../scripts/lib/innsyn-document.ts';
import type { ExportedCase } from '../../../src/domain/audit/resident-export.service.ts';
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
  plan: null,
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
