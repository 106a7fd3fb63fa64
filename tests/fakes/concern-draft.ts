import type { ConcernDraft } from '../../src/domain/concern/concern-form.ts';

/** Synthetic (month + 80); the demo's Kari Nordmann. */
export const KARI = '12879343745';

/** A complete, valid concern form (rent arrears), with any field overridden. */
export const draft = (overrides: ConcernDraft = {}): ConcernDraft => ({
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
  ...overrides,
});

/** The unit keys of the small test municipality (tests/fakes/org-fixture.ts). */
export const UNIT_KEYS = ['nav-bolig', 'tildeling', 'rop', 'bolig'];
