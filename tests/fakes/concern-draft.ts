import { EVENT_DETAILS, type ConcernDraft } from '../../src/domain/concern/concern-form.ts';

/** Synthetic (month + 80); the demo's Kari Nordmann. */
export const KARI = '12879343745';

/** A complete, valid concern form (rent arrears), with any field overridden. */
export const draft = (overrides: ConcernDraft = {}): ConcernDraft => {
  const base: ConcernDraft = {
    nationalId: KARI,
    name: 'Kari Nordmann',
    source: 'tjeneste',
    category: 'fare-for-a-miste-bolig/utkastelse-tvangssalg',
    rentArrears: 'true',
    arrearsAmount: '12 500',
    arrearsMonths: '2',
    landlord: 'kommunal',
    firstMissedRentDate: '2026-10-01',
    description: 'Leieboer svarer ikke på brev.',
    sharingBasis: 'lovhjemmel',
    residentInformed: 'ja',
  };
  // Unticking the arrears box clears its fields, as a user who changed their mind would.
  if (overrides.rentArrears !== undefined && overrides.rentArrears !== 'true')
    for (const field of EVENT_DETAILS.rentArrears) delete base[field];
  return { ...base, ...overrides };
};

/** The unit keys of the small test municipality (tests/fakes/org-fixture.ts). */
export const UNIT_KEYS = ['nav-bolig', 'tildeling', 'rop', 'bolig'];
