import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ownerAnswerCard } from '../../../dialogs/cards/owner-answer.card.ts';
import { nb } from '../../../dialogs/texts/nb.ts';
import { validateAdaptiveCard } from '../../../scripts/lib/schemas.ts';
import { EMPTY_TIMELINE } from '../../../src/domain/case/case.ts';
import { NOTHING_REPORTED, type StoredConcern } from '../../../src/domain/concern/concern.ts';
import type { OwnerAnswer } from '../../../src/domain/ownership/queries/lookup-owner.service.ts';

const concern: StoredConcern = {
  ...NOTHING_REPORTED,
  id: 'k',
  submissionId: 's',
  caseId: 'c',
  reporterId: 'p',
  reporterUnitId: 'r',
  createdAt: new Date('2026-11-20T10:00:00Z'),
  consentId: null,
  category: 'fare-for-a-miste-bolig',
  subcategory: 'utkastelse-tvangssalg',
  namsmannCopyDate: '2026-11-19',
  terminationDate: '2026-11-02',
  source: 'kriminalomsorg-helse',
  children: 2,
  tenure: 'privat',
  tenantReservedAgainstNotice: false,
  releaseDate: '2026-12-01',
  contact: 'Ring etter kl. 12',
  wishes: 'Vil bo nær skolen',
  description: '',
  sharingBasis: 'lovhjemmel',
  residentInformed: true,
};

const answer = (textShown: boolean): OwnerAnswer => ({
  caseId: 'c',
  reference: '2026-0001',
  owningUnit: { id: 'u', name: 'NAV' },
  coordinator: null,
  context: { level: 2, status: 'open', since: new Date('2026-11-20T10:00:00Z'), involvedUnits: [] },
  details: {
    resident: { id: 'x', name: 'Ola Nordmann', maskedId: null, birthDate: null },
    timeline: {
      ...EMPTY_TIMELINE,
      firstMissedRentDate: '2026-09-01',
      noticeDate: '2026-10-20',
      noticeReceivedDate: '2026-10-22',
      namsmannCopyDate: '2026-11-19',
      objectionDeadline: '2026-12-04',
      landlordNoticeDate: '2026-10-05',
      terminationDate: '2026-11-02',
      leaseEndDate: '2027-06-30',
      releaseDate: '2026-12-01',
      temporaryAccommodationSince: '2026-11-10',
      acuteDate: '2026-11-09',
    },
    arrearsPaidDate: null,
    closedReason: null,
    concerns: [{ concern, reporterUnitName: 'ROP', textShown }],
  },
  ownConcerns: [],
  breakGlassUntil: null,
  askerIsCoordinator: false,
  hasPlan: false,
  may: {
    take: false,
    handOver: false,
    startPlan: false,
    changeClassification: false,
    markArrearsPaid: false,
    recordEvent: false,
    close: false,
    grantAccess: false,
    consent: false,
    breakGlass: false,
  },
});

describe('the owner answer shows the new dates and what a concern says about the person', () => {
  it('lists every date of the timeline, oldest first, in plain labels', () => {
    const card = ownerAnswerCard(nb, answer(true), 'Europe/Oslo');
    assert.deepEqual(validateAdaptiveCard(card), []);
    const text = JSON.stringify(card);
    const titles = [...text.matchAll(/"title":"([^"]+)","value":"[^"]*20\d\d"/g)]
      .map((m) => m[1])
      .filter((title) => title !== nb.lookup.since);
    assert.deepEqual(titles, [
      'Første ubetalte husleie',
      'NAV fikk varsel fra utleier (husleieloven § 9-11)',
      'Varsel etter tvangsfullbyrdelsesloven § 4-18 sendt (datoen på varselet)',
      'Beboeren fikk varselet etter § 4-18',
      'Leietaker fikk oppsigelse',
      'Meldt uten tak over hodet i natt',
      'I midlertidig botilbud fra',
      'NAV/kommunen fikk kopi av brevet fra namsmannen',
      'Frist for innsigelse (står i brevet fra namsmannen)',
      'Tidsbestemt leiekontrakt går ut',
    ]);
    assert.doesNotMatch(text, /\((D|V|B|F)\)/);
  });

  it('names every concern type and, where the text may be read, the person’s facts', () => {
    const text = JSON.stringify(ownerAnswerCard(nb, answer(true), 'Europe/Oslo'));
    assert.match(text, /brev fra namsmannen om begjæring om utkastelse; oppsigelse fra utleier/);
    for (const fact of [
      'Kriminalomsorgen eller spesialisthelsetjenesten',
      'Barn i husstanden: ',
      'Privat leie',
      'Nei, har ikke reservert seg',
      'Ring etter kl. 12',
      'Vil bo nær skolen',
      'Skal ut av fengsel eller institusjon: ',
    ])
      assert.ok(text.includes(fact), fact);
  });

  it('withholds the person’s facts with the text', () => {
    const text = JSON.stringify(ownerAnswerCard(nb, answer(false), 'Europe/Oslo'));
    // A release from prison or an institution is a person fact too, not a deadline for all.
    for (const fact of ['Kriminalomsorgen', 'Privat leie', 'Ring etter', 'Vil bo nær', 'fengsel'])
      assert.ok(!text.includes(fact), fact);
    assert.match(text, /oppsigelse fra utleier/, 'what was reported is still shown');
  });
});
