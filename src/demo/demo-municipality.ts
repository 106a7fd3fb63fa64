import type { CaseLevel, CaseStatus, Category, Subcategory } from '../domain/case/case.ts';
import type { ArrearsReminder, ConcernSource, SharingBasis } from '../domain/concern/concern.ts';
import type { StaffRole, UnitKind } from '../domain/org/org.ts';

/**
 * "Demo kommune": a fictitious municipality for development and the Agents Playground. The
 * staff are the playground's mock users; the residents have synthetic identity numbers
 * (month + 80) that can never belong to a real person.
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
  readonly closedAt?: string;
  /** Other units the owner has given access (tjenstlig behov). */
  readonly involvedUnitKeys: readonly string[];
  /** A concern on the case, its dates in days relative to the day the demo is seeded. */
  readonly concern?: DemoConcern;
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
  readonly evictionInDays?: number;
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
];

/** Default routing for the demo: what the domain brief's units do. */
export const DEMO_ROUTING = {
  akutt: 'nav-bolig',
  husleierestanse: 'nav-bolig',
  varsel: 'nav-bolig',
  namsmann: 'nav-bolig',
  utkastelsesdato: 'tildeling',
  annet: 'tildeling',
} as const;
