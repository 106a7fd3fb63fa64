import type {
  CaseLevel,
  CaseStatus,
  Category,
  CloseReason,
  Subcategory,
} from '../domain/case/case.ts';
import type { CaseEventType, StonadDecision } from '../domain/case-event/case-event.ts';
import type { ArrearsReminder, ConcernSource, SharingBasis } from '../domain/concern/concern.ts';
import type {
  GoalOutcome,
  MeasureStatus,
  MeasureType,
  Organisation,
} from '../domain/goal-plan/goal-plan.ts';
import type { StaffRole, UnitKind } from '../domain/org/org.ts';

/**
 * "Demo kommune": a fictitious municipality for development and the Agents Playground. The
 * staff are the playground's mock users; the residents have synthetic identity numbers
 * (month + 80) that can never belong to a real person.
 *
 * Cases 2026-0001 to 0007 are the core demo many tests rely on. From 2026-0008 on, cases give the
 * worklist ("arbeidsliste") a row of every kind for NAV and the tildelingsteam (each owned by one
 * and shared with the other), and give the overview ("oversikt") figures of every kind in the
 * current half-year, with at least five where a chart should show a number rather than "< 5".
 */

/** The playground's tenant. Any tenant is accepted in development; this one keeps ids stable. */
export const DEMO_TENANT_ID = '5f0c8a2e-7d41-4b9a-9c3e-1a2b3c4d5e6f';

/**
 * The playground's team. Each demo unit is linked to its own channel in it,
 * `channel-<unit key>`: the playground shows the channel of the unit you chat as (the
 * caseworker's is "NAV boligsosialt team"), so "Ta saken" cards have somewhere to go.
 */
export const DEMO_TEAM_ID = 'team-demo-kommune';
export const demoChannelId = (unitKey: string): string => `channel-${unitKey}`;

export const DEMO_UNITS: readonly { key: string; name: string; kind: UnitKind }[] = [
  { key: 'nav-bolig', name: 'NAV boligsosialt team', kind: 'nav' },
  { key: 'tildeling', name: 'Tildelingsteam', kind: 'tildeling' },
  { key: 'kartlegging', name: 'Kartleggingsteam', kind: 'tildeling' },
  { key: 'rop', name: 'Psykisk helse og rus', kind: 'rus-psykisk-helse' },
  { key: 'hjemmetjenester', name: 'Hjemmebaserte tjenester', kind: 'hjemmetjeneste' },
  { key: 'aktivitet', name: 'Aktivitet og bistand', kind: 'helse' },
  { key: 'boligstiftelsen', name: 'Boligstiftelsen', kind: 'bolig' },
  { key: 'innfordring', name: 'Innfordring', kind: 'innfordring' },
  { key: 'flyktning', name: 'Bosetting og flyktningetjeneste', kind: 'flyktning' },
];

export interface DemoStaff {
  /** The playground persona name (npm run playground -- --as <persona>). */
  readonly persona: string;
  /** The playground's Teams user id. */
  readonly teamsUserId: string;
  readonly aadObjectId: string;
  readonly givenName: string;
  readonly surname: string;
  readonly email: string;
  readonly unitKey: string;
  readonly role: StaffRole;
}

export const DEMO_STAFF: readonly DemoStaff[] = [
  {
    persona: 'saksbehandler',
    teamsUserId: 'user-id-0',
    aadObjectId: '3b5e2f10-8c4d-4a7b-9e21-0c6d5a4b3001',
    givenName: 'Kristin',
    surname: 'Nordvik',
    email: 'kristin.nordvik@demo-kommune.no',
    unitKey: 'nav-bolig',
    role: 'saksbehandler',
  },
  {
    persona: 'koordinator',
    teamsUserId: 'user-id-1',
    aadObjectId: '3b5e2f10-8c4d-4a7b-9e21-0c6d5a4b3002',
    givenName: 'Ola',
    surname: 'Berg',
    email: 'ola.berg@demo-kommune.no',
    unitKey: 'tildeling',
    role: 'koordinator',
  },
  {
    persona: 'leder',
    teamsUserId: 'user-id-2',
    aadObjectId: '3b5e2f10-8c4d-4a7b-9e21-0c6d5a4b3003',
    givenName: 'Ingrid',
    surname: 'Haugen',
    email: 'ingrid.haugen@demo-kommune.no',
    unitKey: 'tildeling',
    role: 'leder',
  },
  {
    persona: 'rop',
    teamsUserId: 'user-id-3',
    aadObjectId: '3b5e2f10-8c4d-4a7b-9e21-0c6d5a4b3004',
    givenName: 'Per',
    surname: 'Lunde',
    email: 'per.lunde@demo-kommune.no',
    unitKey: 'rop',
    role: 'saksbehandler',
  },
  {
    persona: 'bolig',
    teamsUserId: 'user-id-4',
    aadObjectId: '3b5e2f10-8c4d-4a7b-9e21-0c6d5a4b3005',
    givenName: 'Siri',
    surname: 'Dahl',
    email: 'siri.dahl@demo-kommune.no',
    unitKey: 'boligstiftelsen',
    role: 'saksbehandler',
  },
  {
    persona: 'nav',
    teamsUserId: 'user-id-6',
    aadObjectId: '3b5e2f10-8c4d-4a7b-9e21-0c6d5a4b3007',
    givenName: 'Jonas',
    surname: 'Aas',
    email: 'jonas.aas@demo-kommune.no',
    unitKey: 'nav-bolig',
    role: 'saksbehandler',
  },
  {
    persona: 'navleder',
    teamsUserId: 'user-id-7',
    aadObjectId: '3b5e2f10-8c4d-4a7b-9e21-0c6d5a4b3008',
    givenName: 'Hilde',
    surname: 'Bakken',
    email: 'hilde.bakken@demo-kommune.no',
    unitKey: 'nav-bolig',
    role: 'leder',
  },
  {
    persona: 'innfordring',
    teamsUserId: 'user-id-8',
    aadObjectId: '3b5e2f10-8c4d-4a7b-9e21-0c6d5a4b3009',
    givenName: 'Mona',
    surname: 'Lie',
    email: 'mona.lie@demo-kommune.no',
    unitKey: 'innfordring',
    role: 'saksbehandler',
  },
  {
    persona: 'admin',
    teamsUserId: 'user-id-5',
    aadObjectId: '3b5e2f10-8c4d-4a7b-9e21-0c6d5a4b3006',
    givenName: 'Anders',
    surname: 'Moen',
    email: 'anders.moen@demo-kommune.no',
    unitKey: 'tildeling',
    role: 'admin',
  },
];

export const demoStaffName = (s: DemoStaff): string => `${s.givenName} ${s.surname}`;

export interface DemoResident {
  /** Synthetic (month + 80) — see tests/fixtures/fodselsnummer.json. */
  readonly nationalId: string;
  readonly name: string;
}

export const DEMO_RESIDENTS: readonly DemoResident[] = [
  { nationalId: '12879343745', name: 'Kari Nordmann' },
  { nationalId: '10910174148', name: 'Ola Nordmann' },
  { nationalId: '21907814367', name: 'Jonas Fjell' },
  { nationalId: '60849840528', name: 'Amina Rahman' },
  { nationalId: '24835626977', name: 'Eva Strand' },
  { nationalId: '10838937905', name: 'Sindre Holm' },
  { nationalId: '09898235545', name: 'Lene Bakke' },
  // From 2026-0008 on: obviously made-up surnames, numbers generated with month + 80.
  { nationalId: '21825119989', name: 'Mari Eksempel' },
  { nationalId: '09878148301', name: 'Tor Prøvesen' },
  { nationalId: '16889026255', name: 'Hanne Demostad' },
  { nationalId: '25876137170', name: 'Ali Testrud' },
  { nationalId: '12817041351', name: 'Silje Fiktivsen' },
  { nationalId: '08878439903', name: 'Kåre Oppdiktet' },
  { nationalId: '16916311110', name: 'Fatima Tenkesen' },
  { nationalId: '12868530578', name: 'Bjørn Eksempel' },
  { nationalId: '26816600420', name: 'Linnea Prøvesen' },
  { nationalId: '01819237561', name: 'Omar Demostad' },
  { nationalId: '01828514403', name: 'Ragnhild Testrud' },
  { nationalId: '05838143832', name: 'Emil Fiktivsen' },
  { nationalId: '24915217601', name: 'Sofie Oppdiktet' },
  { nationalId: '20867837826', name: 'Arne Tenkesen' },
  { nationalId: '19908848074', name: 'Yasmin Eksempel' },
  { nationalId: '22845526706', name: 'Geir Prøvesen' },
  { nationalId: '13816912045', name: 'Ida Demostad' },
  { nationalId: '07829533264', name: 'Tomas Testrud' },
  { nationalId: '18857904490', name: 'Nina Fiktivsen' },
  { nationalId: '13865106836', name: 'Leif Oppdiktet' },
  { nationalId: '25896328770', name: 'Hawa Tenkesen' },
  { nationalId: '05839143356', name: 'Stian Eksempel' },
  { nationalId: '13916710989', name: 'Marte Prøvesen' },
  { nationalId: '26879349361', name: 'Viktor Demostad' },
  { nationalId: '10827344635', name: 'Elin Testrud' },
  { nationalId: '14896326326', name: 'Rune Fiktivsen' },
  { nationalId: '24825601046', name: 'Zainab Oppdiktet' },
  { nationalId: '03916745973', name: 'Oddvar Tenkesen' },
  { nationalId: '13916110388', name: 'Tuva Eksempel' },
  { nationalId: '27856503122', name: 'Kasper Prøvesen' },
];

export interface DemoCase {
  readonly reference: string;
  readonly residentIndex: number;
  readonly category: Category;
  readonly subcategory: Subcategory;
  readonly level: CaseLevel;
  readonly status: CaseStatus;
  readonly owningUnitKey: string;
  readonly coordinatorPersona: string | null;
  /** A fixed moment, or days before the demo is seeded (0: at seeding). */
  readonly openedAt: string | { readonly daysAgo: number };
  readonly closedAt?: string | { readonly daysAgo: number };
  readonly closedReason?: CloseReason;
  /** Other units the owner has given access (tjenstlig behov). */
  readonly involvedUnitKeys: readonly string[];
  /** A concern on the case, its dates in days relative to the day the demo is seeded. */
  readonly concern?: DemoConcern;
  /**
   * The case's past belongs in the current half-year (the overview's period): when the half-year
   * began fewer days ago than the case's oldest date, its past dates are scaled down, in order,
   * to fit between the half-year's first day and today. Future dates stay as they are.
   */
  readonly inHalfYear?: boolean;
  /** What was done and decided (case-event.ts), oldest first, recorded by the saksansvarlig. */
  readonly events?: readonly DemoEvent[];
  /** Level history (case_changes), oldest first; the last one ends at `level`. */
  readonly levelChanges?: readonly DemoLevelChange[];
  readonly plan?: DemoPlan;
}

interface DemoEvent {
  readonly type: CaseEventType;
  /** The day it happened; a date-valued event (midlertidig botilbud) carries this day. */
  readonly daysAgo: number;
  readonly decision?: StonadDecision;
  readonly amountNok?: number;
  readonly coversArrears?: boolean;
}

interface DemoLevelChange {
  readonly daysAgo: number;
  readonly from: CaseLevel;
  readonly to: CaseLevel;
  readonly reason: string;
}

/** A målplan: one goal, its measures (held by the owning unit) and evaluations. */
interface DemoPlan {
  readonly createdDaysAgo: number;
  /** Negative: the first evaluation date has passed. */
  readonly evaluationInDays: number;
  /** Level 3–4: the vedtak the services rest on (absent: the plan lacks one). */
  readonly vedtakReference?: string;
  /** Made with the resident: what matters to them, the goal in their words. */
  readonly whatMatters?: string;
  readonly goal: string;
  readonly goalResidentWords?: string;
  readonly measures: readonly {
    readonly type: MeasureType;
    readonly description: string;
    readonly scope?: string;
    /** The resident carries it out (else the owning unit). */
    readonly byResident?: boolean;
    /** Negative: the deadline has passed. */
    readonly deadlineInDays: number;
    readonly status: MeasureStatus;
  }[];
  readonly participants?: readonly {
    readonly kind: 'relative' | 'external';
    readonly name: string;
    readonly organisation?: Organisation;
    readonly role: string;
  }[];
  readonly evaluation?: {
    readonly daysAgo: number;
    readonly summary: string;
    readonly nextInDays: number;
    /** The KV level at the evaluation, and how the goal stood. */
    readonly level?: CaseLevel;
    readonly outcome?: GoalOutcome;
  };
}

interface DemoConcern {
  readonly reporterPersona: string;
  /** Who knew first and told us. */
  readonly source: ConcernSource;
  /** "Uten tak over hodet i natt", reported the day the demo is seeded. */
  readonly acute?: boolean;
  /** P: innfordring's restansemelding, and how far its own reminders have come. */
  readonly arrearsReport?: { reportedDaysAgo: number; reminderSent: ArrearsReminder };
  readonly arrears?: {
    amountNok: number;
    months: number;
    landlord: 'kommunal' | 'privat';
    firstMissedRentDaysAgo: number;
  };
  /** The § 4-18 notice: the day it was sent (its date) and the day it was received (V). */
  readonly notice?: { sentDaysAgo: number; receivedDaysAgo: number };
  readonly namsmannNoticeDaysAgo?: number;
  /** Negative (with `evictionHappened`): the eviction was carried out that many days ago. */
  readonly evictionInDays?: number;
  /** N: the landlord's notice to NAV under husleieloven § 9-11. */
  readonly landlordNoticeDaysAgo?: number;
  /** Only NAV's copy of the namsmann's letter is known: the objection deadline is uncertain. */
  readonly namsmannCopyDaysAgo?: number;
  readonly evictionHappened?: boolean;
  /** Children in the household. */
  readonly children?: number;
  readonly description: string;
  /** How the reporter may share the description; with "samtykke", the units the resident named. */
  readonly sharingBasis: SharingBasis;
  readonly consentUnitKeys?: readonly string[];
}

export const DEMO_CASES: readonly DemoCase[] = [
  {
    reference: '2026-0001',
    residentIndex: 1,
    category: 'fare-for-a-miste-bolig',
    subcategory: 'utkastelse-tvangssalg',
    level: 3,
    status: 'open',
    owningUnitKey: 'nav-bolig',
    coordinatorPersona: 'saksbehandler',
    openedAt: '2026-03-02T09:15:00Z',
    involvedUnitKeys: ['boligstiftelsen', 'rop'],
    concern: {
      reporterPersona: 'bolig',
      source: 'utleier',
      arrears: { amountNok: 38_400, months: 4, landlord: 'kommunal', firstMissedRentDaysAgo: 120 },
      notice: { sentDaysAgo: 60, receivedDaysAgo: 58 },
      // The objection window (14 days from B) closed before the namsmann set the date.
      namsmannNoticeDaysAgo: 30,
      evictionInDays: 24,
      description:
        'Demo: leieboer har ikke betalt husleie på fire måneder og svarer ikke på henvendelser.',
      sharingBasis: 'samtykke',
      consentUnitKeys: ['boligstiftelsen'],
    },
  },
  {
    reference: '2026-0002',
    residentIndex: 2,
    category: 'uten-egen-bolig',
    subcategory: 'hos-venner-familie',
    level: 2,
    status: 'open',
    owningUnitKey: 'tildeling',
    coordinatorPersona: 'koordinator',
    openedAt: '2026-05-18T11:00:00Z',
    involvedUnitKeys: ['nav-bolig'],
  },
  {
    reference: '2026-0003',
    residentIndex: 4,
    category: 'fare-for-a-miste-bolig',
    subcategory: 'hoye-boutgifter',
    level: 1,
    status: 'closed',
    owningUnitKey: 'nav-bolig',
    coordinatorPersona: null,
    openedAt: '2026-06-01T08:30:00Z',
    closedAt: '2026-08-14T13:00:00Z',
    involvedUnitKeys: [],
  },
  {
    // Only a § 4-18 notice so far: at risk, but no eviction has been requested.
    reference: '2026-0004',
    residentIndex: 0,
    category: 'fare-for-a-miste-bolig',
    subcategory: 'hoye-boutgifter',
    level: 2,
    status: 'open',
    owningUnitKey: 'tildeling',
    coordinatorPersona: 'koordinator',
    openedAt: '2026-09-07T10:45:00Z',
    involvedUnitKeys: ['nav-bolig', 'boligstiftelsen'],
    concern: {
      reporterPersona: 'bolig',
      source: 'utleier',
      arrears: { amountNok: 14_250, months: 2, landlord: 'privat', firstMissedRentDaysAgo: 40 },
      notice: { sentDaysAgo: 6, receivedDaysAgo: 4 },
      description:
        'Demo: leieboer har mistet jobben og vil betale ned restansen over seks måneder.',
      sharingBasis: 'ikke-avklart',
    },
  },
  {
    reference: '2026-0005',
    residentIndex: 3,
    category: 'uegnet-bolig',
    subcategory: 'for-liten',
    level: 4,
    status: 'open',
    owningUnitKey: 'flyktning',
    coordinatorPersona: null,
    openedAt: '2026-10-20T12:00:00Z',
    involvedUnitKeys: ['tildeling'],
  },
  {
    // Reported today by Psykisk helse og rus: nobody has taken it yet, so it waits in NAV's
    // channel with "Ta saken" (sosialtjenesteloven § 27 is NAV's duty).
    reference: '2026-0006',
    residentIndex: 5,
    category: 'uten-egen-bolig',
    subcategory: 'uten-tak-over-hodet',
    level: 2,
    status: 'open',
    owningUnitKey: 'nav-bolig',
    coordinatorPersona: null,
    openedAt: { daysAgo: 0 },
    involvedUnitKeys: [],
    concern: {
      reporterPersona: 'rop',
      source: 'tjeneste',
      acute: true,
      description: 'Demo: har ikke noe sted å sove i natt etter brudd med samboer.',
      sharingBasis: 'avverge-fare',
    },
  },
  {
    // Early warning: innfordring reports the first unpaid rent of a municipal flat days after it
    // fell due, before any § 4-18 notice, and Kristin follows it up.
    reference: '2026-0007',
    residentIndex: 6,
    category: 'fare-for-a-miste-bolig',
    subcategory: 'hoye-boutgifter',
    level: 1,
    status: 'open',
    owningUnitKey: 'nav-bolig',
    coordinatorPersona: 'saksbehandler',
    openedAt: { daysAgo: 2 },
    involvedUnitKeys: [],
    concern: {
      reporterPersona: 'innfordring',
      source: 'innfordring',
      arrearsReport: { reportedDaysAgo: 2, reminderSent: 'purring' },
      arrears: { amountNok: 9_800, months: 1, landlord: 'kommunal', firstMissedRentDaysAgo: 6 },
      description: 'Demo: første husleie ikke betalt; purring sendt, ingen kontakt ennå.',
      sharingBasis: 'lovhjemmel',
    },
  },
  // ---- The worklist: a row of every kind, for NAV and the tildelingsteam (issue 12). Each case
  // is owned by one of them and shared with the other. The untaken rows are 2026-0005 (the
  // tildelingsteam is involved) and 2026-0006 (NAV's).
  {
    // The namsmann has set the date: eviction in under two weeks.
    reference: '2026-0008',
    residentIndex: 7,
    category: 'fare-for-a-miste-bolig',
    subcategory: 'utkastelse-tvangssalg',
    level: 3,
    status: 'open',
    owningUnitKey: 'tildeling',
    coordinatorPersona: 'koordinator',
    openedAt: { daysAgo: 38 },
    involvedUnitKeys: ['nav-bolig'],
    concern: {
      reporterPersona: 'nav',
      source: 'beboer',
      arrears: { amountNok: 31_200, months: 3, landlord: 'privat', firstMissedRentDaysAgo: 100 },
      notice: { sentDaysAgo: 75, receivedDaysAgo: 73 },
      namsmannNoticeDaysAgo: 40,
      evictionInDays: 12,
      children: 2,
      description: 'Demo: utkastelse om under to uker; familien ønsker å bli boende.',
      sharingBasis: 'lovhjemmel',
    },
    events: [
      { type: 'kontakt-opprettet', daysAgo: 36 },
      { type: 'stonad-sokt', daysAgo: 35 },
      { type: 'stonad-vedtak', daysAgo: 20, decision: 'avslatt' },
    ],
    plan: {
      createdDaysAgo: 30,
      evaluationInDays: 20,
      vedtakReference: 'V-2026-31',
      goal: 'Demo: familien har et trygt sted å bo etter utkastelsesdatoen',
      measures: [
        {
          type: 'midlertidig-botilbud',
          description: 'Demo: midlertidig botilbud klart før utkastelsen',
          deadlineInDays: 10,
          status: 'planned',
        },
      ],
    },
  },
  {
    // The namsmann's letter came five days ago: the 14 days to object are running.
    reference: '2026-0009',
    residentIndex: 8,
    category: 'fare-for-a-miste-bolig',
    subcategory: 'utkastelse-tvangssalg',
    level: 3,
    status: 'open',
    owningUnitKey: 'nav-bolig',
    coordinatorPersona: 'nav',
    openedAt: { daysAgo: 5 },
    involvedUnitKeys: ['tildeling'],
    concern: {
      reporterPersona: 'nav',
      source: 'beboer',
      arrears: { amountNok: 22_800, months: 2, landlord: 'kommunal', firstMissedRentDaysAgo: 70 },
      notice: { sentDaysAgo: 45, receivedDaysAgo: 44 },
      namsmannNoticeDaysAgo: 5,
      description: 'Demo: brev fra namsmannen mottatt; innsigelse eller betaling må avklares.',
      sharingBasis: 'lovhjemmel',
    },
    events: [{ type: 'kontakt-opprettet', daysAgo: 4 }],
  },
  {
    // Only NAV's copy of the request: when the tenant got the letter, and so the deadline, is
    // unknown.
    reference: '2026-0010',
    residentIndex: 9,
    category: 'fare-for-a-miste-bolig',
    subcategory: 'utkastelse-tvangssalg',
    level: 3,
    status: 'open',
    owningUnitKey: 'nav-bolig',
    coordinatorPersona: 'saksbehandler',
    openedAt: { daysAgo: 3 },
    involvedUnitKeys: ['tildeling'],
    concern: {
      reporterPersona: 'nav',
      source: 'namsmann',
      arrears: { amountNok: 17_400, months: 2, landlord: 'privat', firstMissedRentDaysAgo: 55 },
      notice: { sentDaysAgo: 35, receivedDaysAgo: 33 },
      namsmannCopyDaysAgo: 3,
      children: 1,
      description: 'Demo: NAV har fått kopi av begjæringen; vet ikke når beboeren fikk brevet.',
      sharingBasis: 'lovhjemmel',
    },
    events: [{ type: 'kontakt-opprettet', daysAgo: 2 }],
  },
  {
    // A § 4-18 notice sent ten days ago: the landlord may request eviction in four days.
    reference: '2026-0011',
    residentIndex: 10,
    category: 'fare-for-a-miste-bolig',
    subcategory: 'hoye-boutgifter',
    level: 2,
    status: 'open',
    owningUnitKey: 'nav-bolig',
    coordinatorPersona: 'saksbehandler',
    openedAt: { daysAgo: 8 },
    involvedUnitKeys: ['tildeling'],
    concern: {
      reporterPersona: 'bolig',
      source: 'utleier',
      arrears: { amountNok: 11_600, months: 2, landlord: 'kommunal', firstMissedRentDaysAgo: 40 },
      notice: { sentDaysAgo: 10, receivedDaysAgo: 8 },
      children: 3,
      description: 'Demo: varsel om tvangsfullbyrdelse sendt; søknad om stønad er på vei.',
      sharingBasis: 'lovhjemmel',
    },
    events: [
      { type: 'kontakt-opprettet', daysAgo: 7 },
      { type: 'stonad-sokt', daysAgo: 5 },
    ],
  },
  {
    // Without a roof tonight, already taken by NAV; the tildelingsteam looks for a home.
    reference: '2026-0012',
    residentIndex: 11,
    category: 'uten-egen-bolig',
    subcategory: 'uten-tak-over-hodet',
    level: 2,
    status: 'open',
    owningUnitKey: 'nav-bolig',
    coordinatorPersona: 'nav',
    openedAt: { daysAgo: 0 },
    involvedUnitKeys: ['tildeling'],
    concern: {
      reporterPersona: 'koordinator',
      source: 'tjeneste',
      acute: true,
      description: 'Demo: skrevet ut i dag uten sted å bo; trenger et sted å sove i natt.',
      sharingBasis: 'avverge-fare',
    },
    events: [{ type: 'kontakt-opprettet', daysAgo: 0 }],
  },
  {
    // Raised to nivå 3 after the plan was made: the plan has no vedtak yet.
    reference: '2026-0013',
    residentIndex: 12,
    category: 'uegnet-bolig',
    subcategory: 'ikke-tilpasset',
    level: 3,
    status: 'open',
    owningUnitKey: 'tildeling',
    coordinatorPersona: 'koordinator',
    openedAt: { daysAgo: 50 },
    involvedUnitKeys: ['nav-bolig'],
    concern: {
      reporterPersona: 'rop',
      source: 'tjeneste',
      description: 'Demo: boligen er ikke tilpasset rullestol; trenger en annen bolig.',
      sharingBasis: 'lovhjemmel',
    },
    events: [{ type: 'kontakt-opprettet', daysAgo: 47 }],
    levelChanges: [
      { daysAgo: 9, from: 2, to: 3, reason: 'Demo: fall i trappen, klarer ikke å bo der nå' },
    ],
    plan: {
      createdDaysAgo: 40,
      evaluationInDays: 30,
      goal: 'Demo: tilpasset bolig innen sommeren',
      measures: [
        {
          type: 'tilskudd',
          description: 'Demo: søknad om tilskudd til tilpasning',
          deadlineInDays: 21,
          status: 'in-progress',
        },
      ],
    },
  },
  {
    // Nivå 4, discharged soon, no plan or vedtak yet.
    reference: '2026-0014',
    residentIndex: 13,
    category: 'uten-egen-bolig',
    subcategory: 'institusjon-uten-bolig',
    level: 4,
    status: 'open',
    owningUnitKey: 'nav-bolig',
    coordinatorPersona: 'saksbehandler',
    openedAt: { daysAgo: 12 },
    involvedUnitKeys: ['tildeling'],
    concern: {
      reporterPersona: 'rop',
      source: 'kriminalomsorg-helse',
      description: 'Demo: skrives ut fra døgnbehandling om tre uker og har ingen bolig.',
      sharingBasis: 'lovhjemmel',
    },
    events: [{ type: 'kontakt-opprettet', daysAgo: 10 }],
  },
  {
    // A measure five days past its deadline.
    reference: '2026-0015',
    residentIndex: 14,
    category: 'uegnet-bolig',
    subcategory: 'darlig-standard',
    level: 2,
    status: 'open',
    owningUnitKey: 'tildeling',
    coordinatorPersona: 'koordinator',
    openedAt: { daysAgo: 60 },
    involvedUnitKeys: ['nav-bolig'],
    concern: {
      reporterPersona: 'rop',
      source: 'tjeneste',
      children: 2,
      description: 'Demo: fukt og mugg i leiligheten; barna er ofte syke.',
      sharingBasis: 'lovhjemmel',
    },
    events: [{ type: 'kontakt-opprettet', daysAgo: 58 }],
    plan: {
      createdDaysAgo: 50,
      evaluationInDays: 25,
      whatMatters: 'Demo: at barna slipper å være syke hele vinteren',
      goal: 'Demo: flytte til en bolig uten fukt',
      goalResidentWords: 'Demo: et tørt hjem til barna',
      measures: [
        {
          type: 'bostotte',
          description: 'Demo: søke bostøtte',
          byResident: true,
          deadlineInDays: -20,
          status: 'done',
        },
        {
          type: 'booppfolging',
          description: 'Demo: befaring av boligen sammen med utleier',
          scope: 'Demo: ett besøk',
          deadlineInDays: -5,
          status: 'planned',
        },
      ],
      participants: [
        { kind: 'external', name: 'Demo Utleier AS', organisation: 'utleier', role: 'utleier' },
      ],
      evaluation: {
        daysAgo: 10,
        summary: 'Demo: bostøtte innvilget; venter på befaring',
        nextInDays: 25,
        level: 2,
        outcome: 'partly',
      },
    },
  },
  {
    // The plan's evaluation was due six days ago.
    reference: '2026-0016',
    residentIndex: 15,
    category: 'fare-for-a-miste-bolig',
    subcategory: 'hoye-boutgifter',
    level: 2,
    status: 'open',
    owningUnitKey: 'nav-bolig',
    coordinatorPersona: 'saksbehandler',
    openedAt: { daysAgo: 90 },
    involvedUnitKeys: ['tildeling'],
    concern: {
      reporterPersona: 'saksbehandler',
      source: 'beboer',
      arrears: { amountNok: 7_900, months: 1, landlord: 'privat', firstMissedRentDaysAgo: 95 },
      description: 'Demo: høye boutgifter etter samlivsbrudd; følges opp med målplan.',
      sharingBasis: 'lovhjemmel',
    },
    events: [
      { type: 'kontakt-opprettet', daysAgo: 88 },
      { type: 'nedbetalingsavtale', daysAgo: 70 },
    ],
    plan: {
      createdDaysAgo: 80,
      evaluationInDays: -40,
      goal: 'Demo: husleien betales hver måned',
      measures: [
        {
          type: 'okonomisk-radgivning',
          description: 'Demo: økonomisk rådgivning hver måned',
          deadlineInDays: 30,
          status: 'in-progress',
        },
      ],
      evaluation: {
        daysAgo: 40,
        summary: 'Demo: nedbetalingsavtalen holdes; ny evaluering om fem uker.',
        nextInDays: -6,
      },
    },
  },
  {
    // Registered six days ago; nobody has reached the person yet.
    reference: '2026-0017',
    residentIndex: 16,
    category: 'uegnet-bolig',
    subcategory: 'vanskelig-bomiljo',
    level: 1,
    status: 'open',
    owningUnitKey: 'nav-bolig',
    coordinatorPersona: 'nav',
    openedAt: { daysAgo: 6 },
    involvedUnitKeys: ['tildeling'],
    concern: {
      reporterPersona: 'bolig',
      source: 'utleier',
      description: 'Demo: naboene klager på støy; utleier ber om hjelp før det blir oppsigelse.',
      sharingBasis: 'ikke-avklart',
    },
  },
  // ---- The overview, in the current half-year (inHalfYear). Ten evictions prevented after a
  // § 4-18 notice (five municipal, five private landlords; four after a request), with contact,
  // stønad granted and level moves (rødt → gult in all ten, gult → grønt in six).
  ...(
    [
      {
        reference: '2026-0018',
        owner: 'nav-bolig',
        coordinator: 'saksbehandler',
        openedDaysAgo: 140,
        contactAfter: 1,
        grantedNok: 24_500,
        landlord: 'kommunal',
        request: true,
        green: true,
        children: 2,
      },
      {
        reference: '2026-0019',
        owner: 'nav-bolig',
        coordinator: 'nav',
        openedDaysAgo: 132,
        contactAfter: 3,
        grantedNok: 18_200,
        landlord: 'privat',
        landlordNotice: true,
        green: true,
      },
      {
        reference: '2026-0020',
        owner: 'tildeling',
        coordinator: 'koordinator',
        openedDaysAgo: 125,
        contactAfter: 0,
        grantedNok: 31_750,
        landlord: 'kommunal',
        green: true,
        children: 1,
      },
      {
        reference: '2026-0021',
        owner: 'nav-bolig',
        coordinator: 'saksbehandler',
        openedDaysAgo: 118,
        contactAfter: 6,
        grantedNok: 12_900,
        landlord: 'privat',
        landlordNotice: true,
        request: true,
      },
      {
        reference: '2026-0022',
        owner: 'boligstiftelsen',
        coordinator: 'bolig',
        openedDaysAgo: 110,
        contactAfter: 2,
        grantedNok: 9_600,
        landlord: 'kommunal',
        green: true,
      },
      {
        reference: '2026-0023',
        owner: 'nav-bolig',
        coordinator: 'nav',
        openedDaysAgo: 101,
        contactAfter: 9,
        grantedNok: 27_300,
        landlord: 'privat',
        landlordNotice: true,
        children: 3,
      },
      {
        reference: '2026-0024',
        owner: 'tildeling',
        coordinator: 'koordinator',
        openedDaysAgo: 95,
        contactAfter: 4,
        grantedNok: 15_000,
        landlord: 'kommunal',
        request: true,
        green: true,
      },
      {
        reference: '2026-0025',
        owner: 'nav-bolig',
        coordinator: 'saksbehandler',
        openedDaysAgo: 88,
        contactAfter: 1,
        grantedNok: 21_400,
        landlord: 'privat',
        request: true,
        landlordNotice: true,
        green: true,
      },
      {
        reference: '2026-0026',
        owner: 'boligstiftelsen',
        coordinator: 'bolig',
        openedDaysAgo: 80,
        contactAfter: 5,
        grantedNok: 8_750,
        landlord: 'kommunal',
        children: 1,
      },
      {
        reference: '2026-0027',
        owner: 'rop',
        coordinator: 'rop',
        openedDaysAgo: 72,
        contactAfter: 2,
        grantedNok: 19_800,
        landlord: 'privat',
        landlordNotice: true,
      },
    ] satisfies readonly Omit<Prevented, 'residentIndex'>[]
  ).map((p, i) => prevented({ ...p, residentIndex: 17 + i })),
  {
    // Evicted from a municipal flat: the request came, no solution was found in time.
    reference: '2026-0028',
    residentIndex: 27,
    category: 'fare-for-a-miste-bolig',
    subcategory: 'utkastelse-tvangssalg',
    level: 3,
    status: 'closed',
    owningUnitKey: 'nav-bolig',
    coordinatorPersona: 'nav',
    openedAt: { daysAgo: 130 },
    closedAt: { daysAgo: 20 },
    closedReason: 'utkastet',
    involvedUnitKeys: [],
    inHalfYear: true,
    concern: {
      reporterPersona: 'bolig',
      source: 'utleier',
      arrears: { amountNok: 46_300, months: 5, landlord: 'kommunal', firstMissedRentDaysAgo: 190 },
      notice: { sentDaysAgo: 133, receivedDaysAgo: 131 },
      namsmannNoticeDaysAgo: 85,
      evictionInDays: -40,
      evictionHappened: true,
      description: 'Demo: utkastet etter lang tids restanse; midlertidig botilbud ordnet.',
      sharingBasis: 'lovhjemmel',
    },
    events: [
      { type: 'kontakt-opprettet', daysAgo: 126 },
      { type: 'stonad-sokt', daysAgo: 120 },
      { type: 'stonad-vedtak', daysAgo: 105, decision: 'avslatt' },
      { type: 'midlertidig-botilbud', daysAgo: 40 },
    ],
  },
  {
    // Evicted from a privately rented flat.
    reference: '2026-0029',
    residentIndex: 28,
    category: 'fare-for-a-miste-bolig',
    subcategory: 'utkastelse-tvangssalg',
    level: 3,
    status: 'closed',
    owningUnitKey: 'tildeling',
    coordinatorPersona: 'koordinator',
    openedAt: { daysAgo: 100 },
    closedAt: { daysAgo: 15 },
    closedReason: 'utkastet',
    involvedUnitKeys: [],
    inHalfYear: true,
    concern: {
      reporterPersona: 'nav',
      source: 'utleier',
      arrears: { amountNok: 38_900, months: 4, landlord: 'privat', firstMissedRentDaysAgo: 150 },
      notice: { sentDaysAgo: 104, receivedDaysAgo: 102 },
      landlordNoticeDaysAgo: 103,
      namsmannNoticeDaysAgo: 70,
      evictionInDays: -30,
      evictionHappened: true,
      children: 1,
      description: 'Demo: utkastet; familien bor midlertidig hos slektninger.',
      sharingBasis: 'lovhjemmel',
    },
    events: [
      { type: 'kontakt-opprettet', daysAgo: 99 },
      { type: 'stonad-sokt', daysAgo: 96 },
    ],
  },
  // Open cases in other units, without anything due: nivå 1 after a move down, nivå 4 with a
  // plan and a vedtak, and the moves back (gult → rødt, grønt → gult).
  {
    reference: '2026-0030',
    residentIndex: 29,
    category: 'uegnet-bolig',
    subcategory: 'uonsket-hos-foreldre',
    level: 1,
    status: 'open',
    owningUnitKey: 'rop',
    coordinatorPersona: 'rop',
    openedAt: { daysAgo: 70 },
    involvedUnitKeys: [],
    inHalfYear: true,
    concern: {
      reporterPersona: 'rop',
      source: 'parorende',
      description: 'Demo: ung voksen som må flytte hjemmefra; søker startlån.',
      sharingBasis: 'lovhjemmel',
    },
    events: [{ type: 'kontakt-opprettet', daysAgo: 66 }],
    levelChanges: [{ daysAgo: 20, from: 2, to: 1, reason: 'Demo: har fått tilsagn om startlån' }],
  },
  {
    reference: '2026-0031',
    residentIndex: 30,
    category: 'fare-for-a-miste-bolig',
    subcategory: 'hoye-boutgifter',
    level: 1,
    status: 'open',
    owningUnitKey: 'boligstiftelsen',
    coordinatorPersona: 'bolig',
    openedAt: { daysAgo: 60 },
    involvedUnitKeys: [],
    inHalfYear: true,
    concern: {
      reporterPersona: 'bolig',
      source: 'utleier',
      arrears: { amountNok: 6_400, months: 1, landlord: 'kommunal', firstMissedRentDaysAgo: 66 },
      children: 2,
      description: 'Demo: én husleie ubetalt; trekk i trygd er avtalt.',
      sharingBasis: 'lovhjemmel',
    },
    events: [
      { type: 'kontakt-opprettet', daysAgo: 59 },
      { type: 'nedbetalingsavtale', daysAgo: 50 },
    ],
    levelChanges: [{ daysAgo: 30, from: 2, to: 1, reason: 'Demo: nedbetalingsavtalen holdes' }],
  },
  {
    reference: '2026-0032',
    residentIndex: 31,
    category: 'uegnet-bolig',
    subcategory: 'for-liten',
    level: 1,
    status: 'open',
    owningUnitKey: 'tildeling',
    coordinatorPersona: 'koordinator',
    openedAt: { daysAgo: 45 },
    involvedUnitKeys: [],
    inHalfYear: true,
    concern: {
      reporterPersona: 'koordinator',
      source: 'beboer',
      children: 4,
      description: 'Demo: familie på seks i en toromsleilighet; står på venteliste.',
      sharingBasis: 'lovhjemmel',
    },
    events: [{ type: 'kontakt-opprettet', daysAgo: 45 }],
  },
  ...(
    [
      {
        reference: '2026-0033',
        owner: 'rop',
        coordinator: 'rop',
        subcategory: 'institusjon-uten-bolig',
        openedDaysAgo: 90,
      },
      {
        reference: '2026-0034',
        owner: 'boligstiftelsen',
        coordinator: 'bolig',
        subcategory: 'akutt-midlertidig',
        openedDaysAgo: 65,
      },
      {
        reference: '2026-0035',
        owner: 'rop',
        coordinator: 'rop',
        subcategory: 'hos-venner-familie',
        openedDaysAgo: 40,
      },
    ] satisfies readonly Omit<LevelFour, 'residentIndex'>[]
  ).map((p, i) => levelFourWithPlan({ ...p, residentIndex: 32 + i })),
  {
    reference: '2026-0036',
    residentIndex: 35,
    category: 'fare-for-a-miste-bolig',
    subcategory: 'uten-gyldig-kontrakt',
    level: 3,
    status: 'open',
    owningUnitKey: 'rop',
    coordinatorPersona: 'rop',
    openedAt: { daysAgo: 55 },
    involvedUnitKeys: [],
    inHalfYear: true,
    concern: {
      reporterPersona: 'rop',
      source: 'tjeneste',
      description: 'Demo: bor på fremleie uten kontrakt; utleier vil ha leietakeren ut.',
      sharingBasis: 'lovhjemmel',
    },
    events: [{ type: 'kontakt-opprettet', daysAgo: 52 }],
    levelChanges: [{ daysAgo: 25, from: 2, to: 3, reason: 'Demo: rusmiddelbruken har økt' }],
    plan: {
      createdDaysAgo: 24,
      evaluationInDays: 35,
      vedtakReference: 'V-2026-44',
      goal: 'Demo: egen leiekontrakt',
      measures: [
        {
          type: 'booppfolging',
          description: 'Demo: booppfølging to ganger i uken',
          deadlineInDays: 40,
          status: 'in-progress',
        },
      ],
    },
  },
  {
    reference: '2026-0037',
    residentIndex: 36,
    category: 'uegnet-bolig',
    subcategory: 'vanskelig-bomiljo',
    level: 2,
    status: 'open',
    owningUnitKey: 'boligstiftelsen',
    coordinatorPersona: 'bolig',
    openedAt: { daysAgo: 35 },
    involvedUnitKeys: [],
    inHalfYear: true,
    concern: {
      reporterPersona: 'bolig',
      source: 'utleier',
      description: 'Demo: konflikt med naboer; utleier vurderer oppsigelse.',
      sharingBasis: 'lovhjemmel',
    },
    events: [{ type: 'kontakt-opprettet', daysAgo: 31 }],
    levelChanges: [
      { daysAgo: 12, from: 1, to: 2, reason: 'Demo: utleier har gitt skriftlig advarsel' },
    ],
  },
];

interface Prevented {
  readonly reference: string;
  readonly residentIndex: number;
  readonly owner: string;
  readonly coordinator: string;
  readonly openedDaysAgo: number;
  /** Days from the concern to the first contact. */
  readonly contactAfter: number;
  readonly grantedNok: number;
  readonly landlord: 'kommunal' | 'privat';
  /** The landlord requested eviction; withdrawn once the stønad was paid. */
  readonly request?: boolean;
  /** The landlord also notified NAV under husleieloven § 9-11. */
  readonly landlordNotice?: boolean;
  /** Went on from gult to grønt before the case was closed. */
  readonly green?: boolean;
  readonly children?: number;
}

/**
 * An eviction prevented: arrears and a § 4-18 notice (or, with `request`, a request the
 * namsmann's letter told of, the day before the concern), contact, stønad applied for, granted
 * and paid covering the arrears, housing secured, closed. Rødt → gult when the stønad was
 * granted; with `green`, gult → grønt later.
 */
function prevented(p: Prevented): DemoCase {
  const o = p.openedDaysAgo;
  const contact = o - p.contactAfter;
  const noticeSent = p.request ? o + 20 : o + 3;
  return {
    reference: p.reference,
    residentIndex: p.residentIndex,
    category: 'fare-for-a-miste-bolig',
    subcategory: p.request ? 'utkastelse-tvangssalg' : 'hoye-boutgifter',
    level: p.green ? 1 : 2,
    status: 'closed',
    owningUnitKey: p.owner,
    coordinatorPersona: p.coordinator,
    openedAt: { daysAgo: o },
    closedAt: { daysAgo: contact - 36 },
    closedReason: 'bolig-sikret',
    involvedUnitKeys: [],
    inHalfYear: true,
    concern: {
      reporterPersona: p.landlord === 'kommunal' ? 'bolig' : 'nav',
      source: 'utleier',
      arrears: {
        amountNok: p.grantedNok,
        months: 3,
        landlord: p.landlord,
        firstMissedRentDaysAgo: noticeSent + 30,
      },
      notice: { sentDaysAgo: noticeSent, receivedDaysAgo: noticeSent - 2 },
      ...(p.landlordNotice ? { landlordNoticeDaysAgo: noticeSent - 1 } : {}),
      ...(p.request ? { namsmannNoticeDaysAgo: o + 1 } : {}),
      ...(p.children ? { children: p.children } : {}),
      description: 'Demo: restanse og varsel om tvangsfullbyrdelse; løst med økonomisk stønad.',
      sharingBasis: 'lovhjemmel',
    },
    events: [
      { type: 'kontakt-opprettet', daysAgo: contact },
      { type: 'stonad-sokt', daysAgo: contact - 1 },
      {
        type: 'stonad-vedtak',
        daysAgo: contact - 10,
        decision: 'innvilget',
        amountNok: p.grantedNok,
      },
      {
        type: 'stonad-utbetalt',
        daysAgo: contact - 14,
        amountNok: p.grantedNok,
        coversArrears: true,
      },
      ...(p.request ? [{ type: 'begjaering-trukket' as const, daysAgo: contact - 18 }] : []),
      { type: 'bolig-sikret', daysAgo: contact - 34 },
    ],
    levelChanges: [
      { daysAgo: contact - 12, from: 3, to: 2, reason: 'Demo: stønad innvilget, restansen dekkes' },
      ...(p.green
        ? [
            {
              daysAgo: contact - 28,
              from: 2,
              to: 1,
              reason: 'Demo: husleien betales igjen',
            } as const,
          ]
        : []),
    ],
  };
}

interface LevelFour {
  readonly reference: string;
  readonly residentIndex: number;
  readonly owner: string;
  readonly coordinator: string;
  readonly subcategory: Subcategory;
  readonly openedDaysAgo: number;
}

/** Nivå 4 without a home, followed up with a plan resting on a vedtak: nothing is due. */
function levelFourWithPlan(p: LevelFour): DemoCase {
  const o = p.openedDaysAgo;
  return {
    reference: p.reference,
    residentIndex: p.residentIndex,
    category: 'uten-egen-bolig',
    subcategory: p.subcategory,
    level: 4,
    status: 'open',
    owningUnitKey: p.owner,
    coordinatorPersona: p.coordinator,
    openedAt: { daysAgo: o },
    involvedUnitKeys: [],
    inHalfYear: true,
    concern: {
      reporterPersona: p.coordinator,
      source: 'tjeneste',
      description: 'Demo: trenger bolig med tett oppfølging.',
      sharingBasis: 'lovhjemmel',
    },
    events: [{ type: 'kontakt-opprettet', daysAgo: o - 2 }],
    plan: {
      createdDaysAgo: o - 10,
      evaluationInDays: 45,
      vedtakReference: `V-${p.reference}`,
      goal: 'Demo: fast bolig med oppfølging',
      measures: [
        {
          type: 'booppfolging',
          description: 'Demo: booppfølging i overgangen til egen bolig',
          deadlineInDays: 30,
          status: 'in-progress',
        },
      ],
    },
  };
}

/** Default routing for the demo: what the domain brief's units do. */
export const DEMO_ROUTING = {
  akutt: 'nav-bolig',
  husleierestanse: 'nav-bolig',
  varsel: 'nav-bolig',
  namsmann: 'nav-bolig',
  utkastelsesdato: 'tildeling',
  annet: 'tildeling',
} as const;
