import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { FakeConnector } from '../helpers/fake-connector.ts';
import { startTestServer, type TestServer } from '../helpers/husly-server.ts';
import {
  demoUser,
  message,
  personalConversationId,
  type TeamsUser,
} from '../helpers/teams-activities.ts';
import { present } from '../helpers/assert-present.ts';

/** A small deterministic PRNG, so a failure can be replayed. */
function prng(seed: number) {
  return () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
}

const INJECTIONS = [
  '<script>alert(1)</script>',
  '**fet** [klikk](https://evil.example)',
  '"; DROP TABLE cases; --',
  '\u0000\u001b[31mrød\u001b[0m',
  '${process.exit()}',
  '{{7*7}}',
  '../../etc/passwd',
  '🙂'.repeat(300),
];
const WRONG_TYPES: unknown[] = [
  42,
  -1,
  3.14,
  true,
  null,
  [],
  ['a'],
  { nested: 'x' },
  '',
  ' '.repeat(50),
  'x'.repeat(10_000),
];

/**
 * Everything shown as text (message text, TextBlocks, facts); input values are not rendered as
 * Markdown.
 */
function renderedText(node: unknown): string[] {
  if (Array.isArray(node)) return node.flatMap(renderedText);
  if (typeof node !== 'object' || node === null) return [];
  const n = node as Record<string, unknown>;
  const own = [
    n.type === 'TextBlock' || n.type === 'message' ? n.text : undefined,
    ...(n.type === 'FactSet'
      ? ((n.facts as { title: string; value: string }[]) ?? []).flatMap((f) => [f.title, f.value])
      : []),
  ].filter((t): t is string => typeof t === 'string');
  return [
    ...own,
    ...Object.entries(n)
      .filter(([k]) => k !== 'value' || n.type === undefined)
      .flatMap(([, v]) => renderedText(v)),
  ];
}

/** Case data a refused input must never touch (audit rows and conversation refs may grow). */
async function caseData(server: TestServer) {
  const { prisma } = await server.db();
  return {
    residents: await prisma.resident.count(),
    cases: JSON.stringify(await prisma.case.findMany({ orderBy: { reference: 'asc' } })),
    concerns: await prisma.concern.count(),
    ownership: await prisma.caseOwnership.count(),
    involvements: await prisma.caseInvolvement.count(),
    changes: await prisma.caseChange.count(),
    plans: await prisma.goalPlan.count(),
    goals: await prisma.goal.count(),
    measures: JSON.stringify(await prisma.measure.findMany({ orderBy: { id: 'asc' } })),
    evaluations: await prisma.evaluation.count(),
    units: JSON.stringify(await prisma.unit.findMany({ orderBy: { key: 'asc' } })),
    routing: await prisma.routingRule.count(),
  };
}

describe('malformed card submissions and text commands', () => {
  let connector: FakeConnector;
  let server: TestServer;
  const siri = demoUser('bolig'); // no relation to 2026-0001 or 2026-0002
  const kristin = demoUser('saksbehandler');

  before(async () => {
    connector = await new FakeConnector().start();
    server = await startTestServer();
  });
  after(async () => {
    await server.stop();
    await connector.stop();
  });

  function generate(
    othersCaseIds: readonly string[],
  ): { who: TeamsUser; activity: Record<string, unknown>; label: string }[] {
    const random = prng(20261123);
    const pick = <T>(items: readonly T[]): T =>
      present(items[Math.floor(random() * items.length)], 'a pick from a non-empty list');
    const out: { who: TeamsUser; activity: Record<string, unknown>; label: string }[] = [];
    const submit = (who: TeamsUser, value: unknown, label: string) =>
      out.push({
        who,
        label,
        activity: {
          ...message({ serviceUrl: connector.url, user: who }, ''),
          text: undefined,
          value,
        },
      });
    const say = (who: TeamsUser, text: string, label: string) =>
      out.push({ who, label, activity: message({ serviceUrl: connector.url, user: who }, text) });

    const validConcern: Record<string, unknown> = {
      action: 'concern.submit',
      nationalId: '23914531519',
      category: 'fare-for-a-miste-bolig/utkastelse-tvangssalg',
      rentArrears: 'true',
      arrearsAmount: '5000',
      arrearsMonths: '1',
      landlord: 'privat',
      firstMissedRentDate: '2026-10-01',
      description: 'ok',
      sharingBasis: 'samtykke',
      source: 'tjeneste',
      residentInformed: 'ja',
    };
    const fields = Object.keys(validConcern).filter((k) => k !== 'action');
    // 1. Concern forms with one field broken: wrong type, missing, overlong, injected into an
    // invalid form.
    for (const field of fields) {
      for (const bad of WRONG_TYPES.slice(0, 6))
        submit(
          kristin,
          { ...validConcern, [field]: bad, arrearsAmount: pick(['-5', 'mye', '1e9', '']) },
          `concern ${field}=${JSON.stringify(bad).slice(0, 20)}`,
        );
      const { [field]: _missing, ...rest } = validConcern;
      submit(kristin, { ...rest, firstMissedRentDate: '2099-01-01' }, `concern without ${field}`);
    }
    for (const injection of INJECTIONS)
      submit(
        kristin,
        { ...validConcern, description: injection, nationalId: '12345678901' },
        `concern injection ${injection.slice(0, 10)}`,
      );
    submit(
      kristin,
      { ...validConcern, description: 'x'.repeat(2001) },
      'concern overlong description',
    );
    submit(
      kristin,
      { ...validConcern, name: 'x'.repeat(101), nationalId: '', birthDate: '1990-01-01' },
      'concern overlong name',
    );
    submit(
      kristin,
      { ...validConcern, category: 'uegnet-bolig/utkastelse-tvangssalg' },
      'concern subcategory of another category',
    );
    submit(
      kristin,
      { ...validConcern, evictionDateSet: 'true', evictionDate: '2020-01-01' },
      'concern eviction in the past',
    );
    // 2. Lookups with forged queries and purposes.
    for (const query of [
      null,
      [],
      'text',
      { kind: 'reference', reference: '2026-0001' },
      { kind: 'nationalId' },
      { kind: 'name', name: 'x'.repeat(500) },
      { kind: 'sql', q: 'x' },
    ])
      submit(
        siri,
        { action: 'lookup.purpose', query, purpose: 'ny-bekymring' },
        `lookup forged query ${JSON.stringify(query).slice(0, 20)}`,
      );
    for (const purpose of [undefined, '', 'nysgjerrig', 42, 'annet'])
      submit(
        siri,
        {
          action: 'lookup.purpose',
          query: { kind: 'name', name: 'Kari' },
          purpose,
          purposeNote: pick(['', ' ', 'x'.repeat(201)]),
        },
        `lookup purpose ${String(purpose)}`,
      );
    for (const residentId of ['', 'x'.repeat(1000), '00000000-0000-4000-8000-000000000000', null])
      submit(
        siri,
        { action: 'lookup.choose', residentId, purpose: { code: 'annet' } },
        'lookup choose without valid purpose',
      );
    // 3. Other people's cases: hand-over, plan, status, classification by someone with no relation.
    for (const caseId of ['', 'nope', 'x'.repeat(5000), null, 42]) {
      submit(
        siri,
        { action: 'handover.submit', caseId, unitKey: 'rop', note: 'x' },
        `handover bad case ${String(caseId).slice(0, 10)}`,
      );
      submit(
        siri,
        { action: 'plan.create', caseId, goalText: 'x' },
        `plan bad case ${String(caseId).slice(0, 10)}`,
      );
      submit(
        siri,
        { action: 'classification.submit', caseId, level: '3', category: 'x', reason: 'r' },
        'classify bad case',
      );
    }
    for (const caseId of othersCaseIds)
      out.push(
        ...[
          'handover.submit',
          'plan.create',
          'classification.submit',
          'plan.start',
          'handover.start',
          'classification.start',
          'plan.show',
        ].map((action) => ({
          who: siri,
          label: `${action} on someone else's case`,
          activity: {
            ...message({ serviceUrl: connector.url, user: siri }, ''),
            text: undefined,
            value: {
              action,
              caseId,
              unitKey: 'bolig',
              note: 'mine nå',
              level: '4',
              category: 'uegnet-bolig/for-liten',
              reason: 'r',
              goalText: 'g',
              measureType: 'bostotte',
              measureDescription: 'd',
              measureUnitKey: 'bolig',
              measureDeadline: '2099-01-01',
              evaluationDate: '2099-01-01',
              consentGiven: 'nei',
            },
          },
        })),
      );
    for (const measureId of ['', 'm', null, 'x'.repeat(300)])
      submit(
        kristin,
        { action: 'plan.measureStatus', measureId, 'status-m': 'done' },
        'status on unknown measure',
      );
    for (const planId of ['', 'p', null])
      for (const action of ['plan.addGoal', 'plan.addMeasure', 'plan.evaluate'])
        submit(kristin, { action, planId, goalText: 'g' }, `${action} unknown plan`);
    // 4. Card values that are not objects, unknown actions.
    for (const value of [
      null,
      'string',
      42,
      [1, 2],
      { action: 42 },
      { action: 'drop.tables' },
      { action: '__proto__' },
      { action: 'constructor' },
      { action: 'toString' },
    ])
      submit(kristin, value, `value ${JSON.stringify(value)}`);
    // 5. Text commands.
    const texts = [
      'hvem eier 2026-9999',
      'hvem eier 1999-0001',
      'overfør 2026-0001',
      'overfør',
      'overfør 2026-9999',
      'start målplan 2026-9999',
      'start målplan',
      'målplan 2026-0001',
      'endre nivå 2026-0001',
      'endre nivå 2026-9999',
      'koble kanal nav-bolig',
      'hvem eier 12345678901',
      'hvem eier 1234',
      'x'.repeat(20_000),
      '<at>Husly</at>',
      '\u0000\u0001',
      '   ',
      ...INJECTIONS,
      ...INJECTIONS.map((i) => `hvem eier ${i}`),
      ...INJECTIONS.map((i) => `overfør ${i}`),
    ];
    for (const text of texts) say(siri, text, `text ${text.slice(0, 20)}`);
    for (let i = 0; i < 40; i++)
      say(
        siri,
        Array.from({ length: 1 + Math.floor(random() * 40) }, () =>
          String.fromCharCode(32 + Math.floor(random() * 400)),
        ).join(''),
        `random text ${i}`,
      );
    return out;
  }

  it(
    'answers each of at least 200 malformed inputs with a clear message, ' +
      'and changes no case data',
    async (t) => {
      assert.deepEqual(
        renderedText({
          type: 'message',
          text: 'a',
          attachments: [
            {
              content: {
                body: [
                  { type: 'TextBlock', text: 'b' },
                  { type: 'Input.Text', value: 'c' },
                ],
              },
            },
          ],
        }),
        ['a', 'b'],
      );
      const { prisma } = await server.db();
      // Cases owned by other units, where Siri (Boligstiftelsen) has no relation or is only
      // involved.
      const others = await prisma.case.findMany({
        where: { reference: { in: ['2026-0001', '2026-0002', '2026-0005'] } },
      });
      assert.equal(others.length, 3);
      const inputs = generate(others.map((c) => c.id));
      assert.ok(inputs.length >= 200, `only ${inputs.length} inputs`);
      t.diagnostic(`${inputs.length} malformed inputs`);
      const before = await caseData(server);
      const silent: string[] = [];
      for (const { who, activity, label } of inputs) {
        connector.reset();
        const res = await server.post(activity);
        assert.equal(res.status, 200, label);
        const replies = connector.calls.filter(
          (c) => c.conversationId === personalConversationId(who),
        );
        const said = replies.flatMap((c) => renderedText(c.body)).join('\n');
        if (replies.length === 0) silent.push(label);
        assert.doesNotMatch(said, /Beklager, noe gikk galt/, `${label}: crashed`);
        assert.doesNotMatch(
          said,
          /<script>|\*\*fet\*\*|\[klikk\]\(/,
          `${label}: user text rendered unescaped`,
        );
      }
      assert.deepEqual(silent, [], 'every input gets an answer');
      assert.deepEqual(await caseData(server), before, 'no case data changed');
      assert.ok(!server.logs.some((l) => l.includes('"turn.error"')), 'no turn errors logged');
    },
  );
});
