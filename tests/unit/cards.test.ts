import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { helpCard } from '../../dialogs/cards/help.card.ts';
import { nb } from '../../dialogs/texts/nb.ts';
import { validateAdaptiveCard } from '../../scripts/lib/schemas.ts';

describe('help card', () => {
  const variants = [
    { isAdmin: false, inChannel: false },
    { isAdmin: true, inChannel: false, firstName: 'Kristin' },
    { isAdmin: false, inChannel: true },
    { isAdmin: true, inChannel: true },
  ];

  for (const input of variants)
    it(`is a valid Adaptive Card 1.5 (${JSON.stringify(input)})`, () => {
      const card = helpCard(nb, input);
      assert.equal(card.version, '1.5');
      assert.deepEqual(validateAdaptiveCard(card), []);
    });

  it('lists admin commands for admins only, and the mention rule in channels only', () => {
    const text = (input: (typeof variants)[number]) => JSON.stringify(helpCard(nb, input));
    assert.match(text(variants[1]), /koble kanal/);
    assert.doesNotMatch(text(variants[0]), /koble kanal/);
    assert.match(text(variants[2]), /@Husly/);
    assert.doesNotMatch(text(variants[0]), /@Husly/);
    assert.match(text(variants[1]), /Hei, Kristin!/);
  });

  it('the validator really rejects a broken card', () => {
    assert.notDeepEqual(validateAdaptiveCard({ type: 'AdaptiveCard', version: '1.5', body: [{ type: 'TextBlok' }] }), []);
  });
});

describe('issue 3 cards are valid Adaptive Cards 1.5', async () => {
  const { concernFormCard, concernSentCard } = await import('../../dialogs/cards/concern-form.card.ts');
  const { lookupCard, purposeCard, residentChoicesCard } = await import('../../dialogs/cards/lookup.cards.ts');
  const { noticeCard } = await import('../../dialogs/cards/notice.cards.ts');
  const { myCasesCard, handOverCard, classificationCard } = await import('../../dialogs/cards/ownership.cards.ts');
  const unit = { id: 'u', key: 'nav-bolig', name: 'NAV', kind: 'nav' as const, channelConversationId: null };
  const cards = {
    'concern form with errors': concernFormCard(nb, { submissionId: 's', values: { name: '**x**' }, errors: { nationalId: 'WHO_REQUIRED', description: 'REQUIRED' } }),
    'concern sent': concernSentCard(nb, { reference: '2026-0001', unitName: 'NAV', coordinator: null }),
    lookup: lookupCard(nb),
    purpose: purposeCard(nb, { kind: 'name', name: 'Kari' }, 'Velg'),
    choices: residentChoicesCard(nb, [{ residentId: 'r', name: 'Kari', birthYear: '1993', maskedId: '128793*****' }], { code: 'ny-bekymring' }),
    'channel card': noticeCard(nb, { kind: 'case.forUnit', caseId: 'c', reference: '2026-0001', category: 'fare-for-a-miste-bolig', subcategory: 'hoye-boutgifter', level: 2, deadline: '2026-12-01', coordinatorName: null, isNewCase: true }),
    'coordinator card': noticeCard(nb, { kind: 'case.forCoordinator', caseId: 'c', reference: '2026-0001', residentName: 'Kari', maskedId: null, concernTypes: ['varsel'], reporterUnitName: 'NAV', deadline: null, level: 3 }),
    'involved alert': noticeCard(nb, { kind: 'case.involvedAlert', reference: '2026-0001', concernTypes: ['namsmann'], owningUnitName: 'NAV', deadline: '2026-12-01' }),
    'handed over': noticeCard(nb, { kind: 'case.handedOver', reference: '2026-0001', fromUnitName: 'A', toUnitName: 'B', toCoordinatorName: null, byName: 'C' }),
    'my cases (empty)': myCasesCard(nb, []),
    'hand-over form': handOverCard(nb, { caseId: 'c', reference: '2026-0001', units: [unit], staff: [], problem: 'x' }),
    classification: classificationCard(nb, { caseId: 'c', reference: '2026-0001', level: 2, categoryChoice: 'a/b', categoryChoices: [['a/b', 'A: b']] }),
  };
  for (const [name, card] of Object.entries(cards))
    it(name, () => {
      assert.deepEqual(validateAdaptiveCard(card), []);
    });
});

describe('reminder and case-resolution cards are valid Adaptive Cards 1.5', async () => {
  const { reminderCard } = await import('../../dialogs/cards/reminder.cards.ts');
  const { arrearsPaidCard, closeCaseCard } = await import('../../dialogs/cards/case-resolution.cards.ts');
  const item = (i: number, colleagues = [{ id: 's1', name: 'Jonas Aas' }, { id: 's2', name: 'Kristin Nordvik' }]) => ({
    outboxKey: `case:c:F-7:2026-12-0${i}`, caseId: 'c', reference: '2026-0001', kind: 'F-7' as const, basis: 'practice' as const, dueDate: `2026-12-0${i}`, legalDeadline: '2026-12-08', colleagues, handedBy: i === 5 ? 'Kristin Nordvik' : null,
  });

  it('open, done, snoozed and handed-over reminders, alone and as a digest', () => {
    const states = {
      [item(2).outboxKey]: { doneBy: { name: 'Kristin Nordvik', date: '2026-12-02' } },
      [item(3).outboxKey]: { handedTo: { name: 'Jonas Aas', byName: 'Kristin Nordvik', date: '2026-12-03' } },
      [item(4).outboxKey]: { snoozedUntil: '2026-12-07' },
    };
    const cards = [reminderCard(nb, [item(1)]), reminderCard(nb, [item(1), item(2), item(3), item(4)], states), reminderCard(nb, [item(5, [])])];
    for (const card of cards) assert.deepEqual(validateAdaptiveCard(card), []);
    const digest = JSON.stringify(cards[1]);
    assert.match(digest, /Overført til Jonas Aas av Kristin Nordvik 3\. desember 2026/);
    assert.match(digest, /Utført av Kristin Nordvik 2\. desember 2026/);
    assert.equal((digest.match(/reminder\.handOver/g) ?? []).length, 2, 'hand-over only on the open ones');
    assert.doesNotMatch(JSON.stringify(cards[2]), /reminder\.handOver|assign-0/, 'no one to hand to, no button');
    assert.match(JSON.stringify(cards[2]), /Overført til deg av Kristin Nordvik/);
  });

  it('the arrears-paid and close-case forms, with and without a problem', () => {
    for (const card of [
      arrearsPaidCard(nb, { caseId: 'c', reference: '2026-0001', paidDate: '2026-11-23', today: '2026-11-23' }),
      arrearsPaidCard(nb, { caseId: 'c', reference: '2026-0001', paidDate: '2026-11-30', today: '2026-11-23', problem: nb.errors['RESOLUTION.INVALID_DATE'] }),
      closeCaseCard(nb, { caseId: 'c', reference: '2026-0001' }),
      closeCaseCard(nb, { caseId: 'c', reference: '2026-0001', reason: 'annet', note: '', problem: nb.errors['RESOLUTION.REASON_REQUIRED'] }),
    ])
      assert.deepEqual(validateAdaptiveCard(card), []);
  });
});

describe('dates never start a Markdown line', async () => {
  const { timelineCard, remindersListCard } = await import('../../dialogs/cards/reminder.cards.ts');
  /** TextBlocks are Markdown in Teams: "24. november 2026 · …" would render as item 24 of a numbered list, the day lost. */
  const listLike = (card: unknown): string[] =>
    JSON.stringify(card).match(/"type":"TextBlock","text":"\d+\. [^"]*"/g) ?? [];
  const row = (kind: 'B10' | 'F0', dueDate: string, status: 'pending' | 'sent') => ({
    id: kind, key: `case:c:${kind}:${dueDate}`, caseId: 'c', kind, basis: 'practice' as const, dueDate, legalDeadline: null, audience: 'coordinator' as const,
    measureId: null, assigneeId: null, status, attempts: 0, nextAttemptAt: new Date(), sentActivityId: null, lastError: null, doneAt: null, doneById: null, handedToId: null, handedById: null, handedAt: null,
  });

  it('in the follow-up timeline and the "påminnelser" list', () => {
    const rows = [row('B10', '2026-11-24', 'sent'), row('F0', '2026-12-17', 'pending')];
    const timeline = timelineCard(nb, '2026-0001', rows, '2026-11-30');
    const list = remindersListCard(nb, [{ row: rows[1], reference: '2026-0001' }], []);
    for (const card of [timeline, list]) {
      assert.deepEqual(validateAdaptiveCard(card), []);
      assert.deepEqual(listLike(card), []);
    }
    assert.match(JSON.stringify(timeline), /"text":"24\. november 2026"/, 'the day is there, as plain text');
  });
});
