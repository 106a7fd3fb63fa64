import { NOTHING_REPORTED } from '../../../src/domain/concern/concern.ts';
import { EMPTY_TIMELINE } from '../../../src/domain/case/case.ts';
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { helpCard } from '../../../dialogs/cards/help.card.ts';
import { en } from '../../../dialogs/texts/en.ts';
import { nb } from '../../../dialogs/texts/nb.ts';
import { nn } from '../../../dialogs/texts/nn.ts';
import { validateAdaptiveCard } from '../../../scripts/lib/schemas.ts';
import { sampleCards } from '../card-samples.ts';

describe('help card', () => {
  const variants = [
    { isAdmin: false, inChannel: false },
    { isAdmin: true, inChannel: false, firstName: 'Kristin' },
    { isAdmin: false, inChannel: true },
    { isAdmin: true, inChannel: true },
  ] as const;

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

  it('offers nødtilgang to caseworkers and tilgangskontroll to leaders only', () => {
    const text = (input: Parameters<typeof helpCard>[1]) => JSON.stringify(helpCard(nb, input));
    assert.match(text({ isAdmin: false, inChannel: false }), /nødtilgang 2026-0004/);
    assert.doesNotMatch(text({ isAdmin: true, inChannel: false }), /nødtilgang/);
    assert.match(text({ isAdmin: false, inChannel: false, isLeader: true }), /tilgangskontroll/);
    assert.doesNotMatch(text({ isAdmin: false, inChannel: false }), /tilgangskontroll/);
    assert.doesNotMatch(
      text({ isAdmin: false, inChannel: true, isLeader: true }),
      /nødtilgang|tilgangskontroll|fødselsnummer/,
      'a channel gets owner facts only',
    );
  });

  it('the validator really rejects a broken card', () => {
    assert.notDeepEqual(
      validateAdaptiveCard({ type: 'AdaptiveCard', version: '1.5', body: [{ type: 'TextBlok' }] }),
      [],
    );
  });
});

describe('issue 3 cards are valid Adaptive Cards 1.5', async () => {
  const { concernFormCard, concernSentCard } =
    await import('../../../dialogs/cards/concern-form.card.ts');
  const { lookupCard, purposeCard, residentChoicesCard } =
    await import('../../../dialogs/cards/lookup.cards.ts');
  const { noticeCard } = await import('../../../dialogs/cards/notice.cards.ts');
  const { myCasesCard, handOverCard, classificationCard } =
    await import('../../../dialogs/cards/ownership.cards.ts');
  const unit = {
    id: 'u',
    key: 'nav-bolig',
    name: 'NAV',
    kind: 'nav' as const,
    channelConversationId: null,
  };
  const cards = {
    'concern form with errors': concernFormCard(nb, {
      submissionId: 's',
      units: [unit],
      values: { name: '**x**' },
      errors: { nationalId: 'WHO_REQUIRED', description: 'REQUIRED', consentUnitKeys: 'REQUIRED' },
    }),
    'concern sent': concernSentCard(nb, {
      reference: '2026-0001',
      unitName: 'NAV',
      coordinator: null,
    }),
    lookup: lookupCard(nb),
    purpose: purposeCard(nb, 'opaque-lookup-id', 'Velg'),
    choices: residentChoicesCard(nb, 'opaque-lookup-id', [
      {
        residentId: 'r',
        name: 'Kari',
        birthYear: '1993',
        maskedId: '128793*****',
        reference: '2026-0001',
        owningUnitName: 'NAV',
      },
    ]),
    'throttled notice': noticeCard(nb, {
      kind: 'lookup.throttled',
      staffName: 'Ola Berg',
      unitName: 'Tildelingsteam',
      limit: 20,
    }),
    'break-glass notice (leader)': noticeCard(nb, {
      kind: 'case.breakGlass',
      reference: '2026-0001',
      byName: 'Per Lunde',
      byUnitName: 'ROP',
      justification: 'Truer med å skade seg selv i natt',
      until: new Date('2026-11-27T13:00:00Z'),
    }),
    'break-glass notice (channel)': noticeCard(nb, {
      kind: 'case.breakGlass',
      reference: '2026-0001',
      byName: 'Per Lunde',
      byUnitName: 'ROP',
      justification: null,
      until: new Date('2026-11-27T13:00:00Z'),
    }),
    'access granted notice': noticeCard(nb, {
      kind: 'case.accessGranted',
      reference: '2026-0001',
      owningUnitName: 'NAV',
      byName: 'Kristin',
    }),
    'channel card': noticeCard(nb, {
      kind: 'case.forUnit',
      caseId: 'c',
      reference: '2026-0001',
      category: 'fare-for-a-miste-bolig',
      subcategory: 'hoye-boutgifter',
      level: 2,
      deadline: '2026-12-01',
      coordinatorName: null,
      isNewCase: true,
    }),
    'coordinator card': noticeCard(nb, {
      kind: 'case.forCoordinator',
      caseId: 'c',
      reference: '2026-0001',
      residentName: 'Kari',
      maskedId: null,
      concernTypes: ['varsel'],
      reporterUnitName: 'NAV',
      deadline: null,
      level: 3,
    }),
    'involved alert': noticeCard(nb, {
      kind: 'case.involvedAlert',
      reference: '2026-0001',
      concernTypes: ['namsmann'],
      owningUnitName: 'NAV',
      deadline: '2026-12-01',
    }),
    'handed over': noticeCard(nb, {
      kind: 'case.handedOver',
      reference: '2026-0001',
      fromUnitName: 'A',
      toUnitName: 'B',
      toCoordinatorName: null,
      byName: 'C',
    }),
    'my cases (empty)': myCasesCard(nb, []),
    'hand-over form': handOverCard(nb, {
      caseId: 'c',
      reference: '2026-0001',
      units: [unit],
      staff: [],
      problem: 'x',
    }),
    classification: classificationCard(nb, {
      caseId: 'c',
      reference: '2026-0001',
      level: 2,
      categoryChoice: 'a/b',
      categoryChoices: [['a/b', 'A: b']],
    }),
  };
  for (const [name, card] of Object.entries(cards))
    it(name, () => {
      assert.deepEqual(validateAdaptiveCard(card), []);
    });
});

describe('reminder and case-resolution cards are valid Adaptive Cards 1.5', async () => {
  const { reminderCard } = await import('../../../dialogs/cards/reminder.cards.ts');
  const { arrearsPaidCard, closeCaseCard } =
    await import('../../../dialogs/cards/case-resolution.cards.ts');
  const item = (
    i: number,
    colleagues = [
      { id: 's1', name: 'Jonas Aas' },
      { id: 's2', name: 'Kristin Nordvik' },
    ],
  ) => ({
    outboxKey: `case:c:F-7:2026-12-0${i}`,
    caseId: 'c',
    reference: '2026-0001',
    kind: 'F-7' as const,
    basis: 'practice' as const,
    dueDate: `2026-12-0${i}`,
    legalDeadline: '2026-12-08',
    colleagues,
    handedBy: i === 5 ? 'Kristin Nordvik' : null,
  });

  it('open, done, snoozed and handed-over reminders, alone and as a digest', () => {
    const states = {
      [item(2).outboxKey]: { doneBy: { name: 'Kristin Nordvik', date: '2026-12-02' } },
      [item(3).outboxKey]: {
        handedTo: { name: 'Jonas Aas', byName: 'Kristin Nordvik', date: '2026-12-03' },
      },
      [item(4).outboxKey]: { snoozedUntil: '2026-12-07' },
    };
    const cards = [
      reminderCard(nb, [item(1)]),
      reminderCard(nb, [item(1), item(2), item(3), item(4)], states),
      reminderCard(nb, [item(5, [])]),
    ];
    for (const card of cards) assert.deepEqual(validateAdaptiveCard(card), []);
    const digest = JSON.stringify(cards[1]);
    assert.match(digest, /Overført til Jonas Aas av Kristin Nordvik 3\.\sdesember 2026/);
    assert.match(digest, /Utført av Kristin Nordvik 2\.\sdesember 2026/);
    assert.equal(
      (digest.match(/reminder\.handOver/g) ?? []).length,
      2,
      'hand-over only on the open ones',
    );
    assert.doesNotMatch(
      JSON.stringify(cards[2]),
      /reminder\.handOver|assign-0/,
      'no one to hand to, no button',
    );
    assert.match(JSON.stringify(cards[2]), /Overført til deg av Kristin Nordvik/);
  });

  it('an unanswered hand-over proposal: no Utført or Utsett for leaders not owning it', () => {
    const card = reminderCard(nb, [
      { ...item(1), kind: 'handover.unanswered' as const, basis: 'practice' as const },
    ]);
    assert.deepEqual(validateAdaptiveCard(card), []);
    const json = JSON.stringify(card);
    assert.match(json, /Godta eller avslå på forslagskortet/);
    assert.doesNotMatch(json, /reminder\.(?:done|snooze|handOver)|snooze-0/);
  });

  it('the arrears-paid and close-case forms, with and without a problem', () => {
    for (const card of [
      arrearsPaidCard(nb, {
        caseId: 'c',
        reference: '2026-0001',
        paidDate: '2026-11-23',
        today: '2026-11-23',
      }),
      arrearsPaidCard(nb, {
        caseId: 'c',
        reference: '2026-0001',
        paidDate: '2026-11-30',
        today: '2026-11-23',
        problem: nb.errors['RESOLUTION.INVALID_DATE'],
      }),
      closeCaseCard(nb, { caseId: 'c', reference: '2026-0001' }),
      closeCaseCard(nb, {
        caseId: 'c',
        reference: '2026-0001',
        reason: 'annet',
        note: '',
        problem: nb.errors['RESOLUTION.REASON_REQUIRED'],
      }),
    ])
      assert.deepEqual(validateAdaptiveCard(card), []);
  });
});

describe('dates never start a Markdown line', async () => {
  const { timelineCard, remindersListCard } =
    await import('../../../dialogs/cards/reminder.cards.ts');
  /**
   * TextBlocks are Markdown in Teams: "24. november 2026 · …" would render as item 24 of a
   * numbered list, the day lost.
   */
  const listLike = (card: unknown): string[] =>
    JSON.stringify(card).match(/"type":"TextBlock","text":"\d+\. [^"]*"/g) ?? [];
  const row = (kind: 'O-4' | 'F0', dueDate: string, status: 'pending' | 'sent') => ({
    id: kind,
    key: `case:c:${kind}:${dueDate}`,
    caseId: 'c',
    kind,
    basis: 'practice' as const,
    dueDate,
    legalDeadline: null,
    audience: 'coordinator' as const,
    measureId: null,
    assigneeId: null,
    status,
    attempts: 0,
    nextAttemptAt: new Date(),
    sentConversationId: null,
    sentActivityId: null,
    lastError: null,
    doneAt: null,
    doneById: null,
    handedToId: null,
    handedById: null,
    handedAt: null,
  });

  it('in the follow-up timeline and the "påminnelser" list', () => {
    const pending = row('F0', '2026-12-17', 'pending');
    const rows = [row('O-4', '2026-11-24', 'sent'), pending];
    const timeline = timelineCard(nb, '2026-0001', rows, '2026-11-30');
    const list = remindersListCard(nb, [{ row: pending, reference: '2026-0001' }], []);
    for (const card of [timeline, list]) {
      assert.deepEqual(validateAdaptiveCard(card), []);
      assert.deepEqual(listLike(card), []);
    }
    assert.match(
      JSON.stringify(timeline),
      /"text":"24\.\u00a0november 2026"/,
      'the day is there, as plain text',
    );
  });
});

describe('the cards of the taushetsplikt rules are valid Adaptive Cards 1.5', async () => {
  const { ownerAnswerCard, ownerFactsCard } =
    await import('../../../dialogs/cards/owner-answer.card.ts');
  const { accessCard, consentCard, breakGlassCard } =
    await import('../../../dialogs/cards/access.cards.ts');
  const unit = {
    id: 'u',
    key: 'nav-bolig',
    name: 'NAV',
    kind: 'nav' as const,
    channelConversationId: null,
  };
  const rop = {
    id: 'r',
    key: 'rop',
    name: 'Psykisk helse og rus',
    kind: 'rus-psykisk-helse' as const,
    channelConversationId: null,
  };
  const may = {
    take: false,
    handOver: true,
    startPlan: true,
    changeClassification: true,
    markArrearsPaid: true,
    recordEvent: true,
    close: true,
    grantAccess: true,
    consent: true,
    breakGlass: false,
  };
  const concern = {
    ...NOTHING_REPORTED,
    source: 'tjeneste' as const,
    id: 'k',
    submissionId: 's',
    caseId: 'c',
    reporterId: 'p',
    reporterUnitId: 'r',
    createdAt: new Date('2026-11-20T10:00:00Z'),
    category: 'fare-for-a-miste-bolig' as const,
    subcategory: 'utkastelse-tvangssalg' as const,
    rentArrears: {
      amountNok: 38400,
      months: 4,
      landlord: 'kommunal' as const,
      firstMissedRentDate: '2026-08-01',
    },
    notice: null,
    namsmannNoticeDate: null,
    eviction: null,
    other: false,
    description: 'Sier hun ikke orker mer',
    sharingBasis: 'ikke-avklart' as const,
    residentInformed: false,
    consentId: null,
  };
  const answer = {
    caseId: 'c',
    reference: '2026-0001',
    owningUnit: { id: 'u', name: 'NAV' },
    coordinator: { id: 's', name: 'Kristin Nordvik', email: 'k@k.no' },
    context: {
      level: 3 as const,
      status: 'open' as const,
      since: new Date('2026-03-02T09:00:00Z'),
      involvedUnits: [{ id: 'r', name: 'Psykisk helse og rus' }],
    },
    details: {
      resident: { id: 'x', name: 'Ola Nordmann', maskedId: '109101*****', birthDate: '2001-11-10' },
      timeline: {
        ...EMPTY_TIMELINE,
        firstMissedRentDate: '2026-08-01',
        noticeDate: null,
        noticeReceivedDate: null,
        namsmannNoticeDate: null,
        evictionDate: null,
        evictionHappened: false,
      },
      arrearsPaidDate: null,
      closedReason: null,
      concerns: [
        { concern, reporterUnitName: 'ROP', textShown: false },
        {
          concern: { ...concern, sharingBasis: 'lovhjemmel' as const },
          reporterUnitName: 'ROP',
          textShown: true,
        },
      ],
    },
    ownConcerns: [],
    breakGlassUntil: new Date('2026-11-27T13:00:00Z'),
    askerIsCoordinator: false,
    hasPlan: false,
    may,
  };

  it('the owner answer withholds a concern the basis does not allow, and says why', () => {
    const card = ownerAnswerCard(nb, answer, 'Europe/Oslo');
    assert.deepEqual(validateAdaptiveCard(card), []);
    const text = JSON.stringify(card);
    assert.equal(
      (text.match(/Sier hun ikke orker mer/g) ?? []).length,
      1,
      'only the concern shared with a legal basis shows its text',
    );
    assert.equal(
      (text.match(/38[\s\u00a0]400 kr/g) ?? []).length,
      1,
      'the amounts follow the text',
    );
    assert.match(text, /grunnlag: ikke avklart/);
    assert.match(text, /nødtilgang/);
  });

  it('a unit that only reported sees owner facts and what it reported itself', () => {
    const card = ownerAnswerCard(
      nb,
      {
        ...answer,
        context: null,
        details: null,
        breakGlassUntil: null,
        ownConcerns: [
          {
            concern: { ...concern, sharingBasis: 'ikke-avklart' as const },
            reporterUnitName: 'ROP',
            textShown: true,
          },
        ],
      },
      'Europe/Oslo',
    );
    assert.deepEqual(validateAdaptiveCard(card), []);
    const text = JSON.stringify(card);
    assert.match(text, /Bekymringer enheten din har meldt/);
    assert.match(text, /Sier hun ikke orker mer/);
    assert.doesNotMatch(text, /Ola Nordmann|109101|Nivå 3/);
  });

  it('owner facts for a channel hold no level, no other units, no resident, no dates', () => {
    const card = ownerFactsCard(nb, answer);
    assert.deepEqual(validateAdaptiveCard(card), []);
    const text = JSON.stringify(card);
    for (const secret of [
      'Ola Nordmann',
      '109101',
      'Nivå',
      'Psykisk helse',
      'orker',
      '2001',
      'access.start',
      'handover.start',
    ])
      assert.ok(!text.includes(secret), secret);
    assert.match(text, /Kristin Nordvik/);
  });

  it('access, consent and break-glass forms', () => {
    const involved = [
      {
        unit: rop,
        involvement: {
          unitId: 'r',
          since: new Date('2026-11-01T10:00:00Z'),
          reason: 'granted' as const,
          grantedById: 's',
          note: 'Følger opp',
          endedAt: null,
        },
        grantedByName: 'Kristin',
        inForce: true,
      },
    ];
    const consent = {
      id: 'k1',
      caseId: 'c',
      unitIds: ['r'],
      givenDate: '2026-11-01',
      form: 'skriftlig' as const,
      source: 'case' as const,
      recordedById: 's',
      recordedAt: new Date(),
      withdrawnAt: null,
      withdrawnById: null,
      planId: null,
    };
    for (const card of [
      accessCard(nb, {
        caseId: 'c',
        reference: '2026-0001',
        units: [unit, rop],
        involved,
        timeZone: 'Europe/Oslo',
        problem: 'x',
      }),
      consentCard(nb, {
        caseId: 'c',
        reference: '2026-0001',
        consents: [consent, { ...consent, id: 'k2', withdrawnAt: new Date(), withdrawnById: 's' }],
        units: [unit, rop],
        staffNames: { s: 'Kristin' },
        today: '2026-11-26',
        timeZone: 'Europe/Oslo',
        errors: { form: 'Velg' },
      }),
      breakGlassCard(nb, { caseId: 'c', reference: '2026-0001', problem: 'Skriv mer' }),
    ])
      assert.deepEqual(validateAdaptiveCard(card), []);
  });
});

describe('the channel card about a case stays true (channelCaseCard)', async () => {
  const { channelCaseCard } = await import('../../../dialogs/cards/notice.cards.ts');
  const { EMPTY_TIMELINE } = await import('../../../src/domain/case/case.ts');
  const NAV_CHANNEL = '19:nav@thread.tacv2';
  const TIL_CHANNEL = '19:tildeling@thread.tacv2';
  const kase = {
    id: 'c',
    reference: '2026-0001',
    residentId: 'r',
    category: 'fare-for-a-miste-bolig' as const,
    subcategory: 'utkastelse-tvangssalg' as const,
    level: 3 as const,
    status: 'open' as const,
    owningUnitId: 'u-til',
    coordinatorId: null,
    openedAt: new Date('2026-11-01T10:00:00Z'),
    closedAt: null,
    closedReason: null,
    timeline: { ...EMPTY_TIMELINE, evictionDate: '2026-12-15' },
    arrearsPaidDate: null,
  };
  const tildeling = {
    id: 'u-til',
    key: 'tildeling',
    name: 'Tildelingsteam',
    kind: 'tildeling' as const,
    channelConversationId: TIL_CHANNEL,
  };
  const ola = {
    id: 's-ola',
    aadObjectId: 'a',
    name: 'Ola Berg',
    email: 'ola@k.no',
    unitId: 'u-til',
    role: 'koordinator' as const,
  };
  const facts: Parameters<typeof channelCaseCard>[1] = {
    kase,
    owningUnit: tildeling,
    coordinator: null,
    cards: [],
  };
  const draw = (conversationId: string, changes: Partial<typeof facts> = {}) => {
    const card = channelCaseCard(nb, { ...facts, ...changes }, conversationId, '2026-11-26');
    assert.deepEqual(validateAdaptiveCard(card), [], conversationId);
    return { card, text: JSON.stringify(card) };
  };

  it('in the owning unit\'s channel: "Ta saken" while nobody coordinates, then who took it', () => {
    const open = draw(TIL_CHANNEL);
    assert.match(open.text, /Ta saken/);
    assert.match(open.text, /"verb":"case\.take"/);
    assert.match(open.text, /15\.\sdesember 2026/, 'the next deadline');
    const taken = draw(TIL_CHANNEL, { coordinator: ola });
    assert.match(taken.text, /Tatt av Ola Berg/);
    assert.equal(taken.card.actions, undefined);
  });

  it("in another unit's channel (handed over): the owner and coordinator, no button", () => {
    for (const coordinator of [null, ola]) {
      const { card, text } = draw(NAV_CHANNEL, { coordinator });
      assert.equal(card.actions, undefined, 'nobody takes the case from the old channel');
      assert.doesNotMatch(text, /Ta saken|case\.take/);
      assert.match(text, /Sak 2026-0001 eies nå av Tildelingsteam/);
      assert.match(text, /"title":"Eier","value":"Tildelingsteam"/);
      assert.match(
        text,
        coordinator ? /"value":"Ola Berg"/ : /"title":"Saksansvarlig","value":"Ingen ennå"/,
      );
      assert.doesNotMatch(text, /15\.\sdesember|Neste frist/, 'no deadline for a unit that let go');
    }
    // A unit without a linked channel is "elsewhere" for every stored card.
    const unlinked = draw(TIL_CHANNEL, {
      owningUnit: { ...tildeling, channelConversationId: null },
    });
    assert.doesNotMatch(unlinked.text, /Ta saken/);
  });

  it('closed: says so wherever it is, with no button and no deadline', () => {
    for (const where of [TIL_CHANNEL, NAV_CHANNEL]) {
      const { card, text } = draw(where, { kase: { ...kase, status: 'closed' } });
      assert.equal(card.actions, undefined);
      assert.match(text, /Sak 2026-0001 er avsluttet/);
      assert.doesNotMatch(text, /Ta saken|Neste frist|15\.\sdesember/);
    }
  });
});

describe('the målplan card', () => {
  it('offers services as measures, not only money, in every language', () => {
    for (const [texts, services] of [
      [nb, ['Praktisk bistand og hjemmetjenester', 'Oppfølging fra psykisk helse og rus']],
      [nn, ['Praktisk bistand og heimetenester', 'Søknad om kommunal bustad']],
      [en, ['Activity and work', 'CTI follow-up (critical time intervention)']],
    ] as const) {
      const [form] = sampleCards(texts).planFormCard ?? [];
      const text = JSON.stringify(form);
      for (const label of services) assert.ok(text.includes(label), `${texts.locale}: ${label}`);
      assert.ok(text.includes(texts.labels.measureTypes.bostotte), 'money is still there');
    }
  });

  it('lists each goal once, under one "Mål" heading (the forms and details aside)', () => {
    const [card] = sampleCards().planCard ?? [];
    // What the card shows before "Vis detaljer" is pressed or a form is opened.
    const top = JSON.stringify(
      card?.body.filter((e) => !(e.type === 'Container' && e.isVisible === false)),
    );
    assert.equal(top.split(JSON.stringify(nb.plan.goals)).length - 1, 1, 'one heading');
    assert.equal(top.split('Beholde boligen').length - 1, 1, 'the goal once');
  });
});

describe('the channel card about a case, once the unit no longer owns it', () => {
  it('moved or closed: owner facts only, no level or category', () => {
    const [, , moved, closed] = sampleCards().caseForUnitCard ?? [];
    for (const card of [moved, closed]) {
      const text = JSON.stringify(card);
      assert.ok(text.includes('2026-0001'), 'the reference is there');
      assert.doesNotMatch(text, /Nivå|Kategori/, 'no case details');
    }
  });
});

describe('a snoozed reminder card', () => {
  it('says when a snooze stopped at the legal deadline, and only then', () => {
    const [, , before, atDeadline] = (sampleCards().reminderCard ?? []).map((c) =>
      JSON.stringify(c),
    );
    assert.match(before ?? '', /Utsatt til 4\.\u00a0desember 2026"/);
    assert.doesNotMatch(before ?? '', /fristen/);
    assert.match(atDeadline ?? '', /Utsatt til 8\.\u00a0desember 2026, som er fristen/);
  });
});
