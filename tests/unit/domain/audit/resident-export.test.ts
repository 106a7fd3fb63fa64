import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { AccessGate } from '../../../../src/domain/access/access-gate.ts';
// prettier-ignore
import {
  ResidentAccessReportService,
} from '../../../../src/domain/audit/resident-access-report.service.ts';
import {
  ResidentExportService,
  type ResidentExport,
} from '../../../../src/domain/audit/resident-export.service.ts';
import type {
  ResidentExportStore,
  ResidentRecords,
} from '../../../../src/domain/audit/resident-export.ts';
import { EMPTY_TIMELINE } from '../../../../src/domain/case/case.ts';
import type { Repositories } from '../../../../src/domain/common/unit-of-work.ts';
import { hashNationalId } from '../../../../src/domain/identity/national-id-hash.ts';
import { parseNationalId } from '../../../../src/domain/identity/national-id.ts';
import { FakeClock, InMemoryHusly } from '../../../fakes/in-memory-repositories.ts';
import { present } from '../../../helpers/assert-present.ts';
import {
  EVALUATION_DEFAULTS,
  MEASURE_DEFAULTS,
  PLAN_DEFAULTS,
} from '../../../helpers/plan-fixtures.ts';

/** Synthetic (month + 80), from tests/fixtures/fodselsnummer.json. */
const KARI = '12879343745';
const OLA = '21907814367';
const OPTIONS = { idSecret: 'export-test-secret', allowSyntheticIds: true };

const OTHER = {
  name: 'Ola Annenperson',
  goal: 'Få egen bolig i Bergen',
  participant: 'Per Pårørendesen',
  whatMatters: 'Å komme nærmere barna',
};

function idHash(number: string): string {
  const id = parseNationalId(number, { allowSynthetic: true });
  assert.ok(id.ok);
  return hashNationalId(id.value, OPTIONS.idSecret);
}

/** What the export reads beyond the repositories, from the in-memory state. */
function storeOf(husly: InMemoryHusly): ResidentExportStore {
  const records: ResidentRecords = {
    residentAnonymisedAt: async () => null,
    casesForResident: async (residentId) =>
      husly.state.cases
        .filter((c) => c.residentId === residentId)
        .sort((a, b) => a.openedAt.getTime() - b.openedAt.getTime())
        .map((c) => ({ ...c, anonymisedAt: null })),
    breakGlassForCase: async () => [],
    remindersForCase: async () => [],
  };
  return { run: (work) => husly.run((repos: Repositories) => work(repos, records)) };
}

/**
 * Kari's case holds a plan closed when its goals were reached and her newer living plan, which
 * is an individual plan; Ola, someone else, has a case and a plan of his own.
 */
async function scenario(husly: InMemoryHusly) {
  return husly.run(async ({ org, residents, cases, plans }) => {
    const rop = await org.upsertUnit({
      key: 'rop',
      name: 'Psykisk helse og rus',
      kind: 'rus-psykisk-helse',
    });
    const tone = await org.upsertStaff({
      aadObjectId: 'aad-tone',
      name: 'Tone Syntetisk',
      email: 'tone@example.org',
      unitKey: 'rop',
      role: 'saksbehandler',
    });
    const newCase = async (residentId: string, reference: string, openedAt: string) =>
      cases.create(reference, {
        residentId,
        category: 'fare-for-a-miste-bolig',
        subcategory: 'hoye-boutgifter',
        level: 2,
        owningUnitId: rop.id,
        openedAt: new Date(openedAt),
        timeline: EMPTY_TIMELINE,
      });
    const kari = await residents.create({
      idHash: idHash(KARI),
      maskedId: '128793*****',
      name: 'Kari Syntetisk',
      birthDate: null,
    });
    const kase = await newCase(kari.id, '2026-0001', '2026-01-15T10:00:00Z');

    const first = await plans.create({
      ...PLAN_DEFAULTS,
      residentId: kari.id,
      caseId: kase.id,
      evaluationDate: '2026-04-01',
      whatMatters: 'Å ha katten min hos meg',
      residentParticipation: 'meeting',
      levelAtStart: 3,
      createdAt: new Date('2026-02-01T10:00:00Z'),
      createdById: tone.id,
    });
    const goalId = await plans.addGoal(first.id, {
      text: 'Beholde leiligheten',
      residentWords: 'Jeg vil bo her i fred',
      targetDate: null,
      createdAt: new Date('2026-02-01T10:00:00Z'),
    });
    await plans.addParticipant(first.id, {
      kind: 'external',
      name: 'Ola Behandler',
      organisation: 'spesialisthelsetjenesten',
      unitId: null,
      staffId: null,
      role: 'behandler',
      addedAt: new Date('2026-02-01T10:00:00Z'),
      addedById: tone.id,
    });
    await plans.addParticipant(first.id, {
      kind: 'unit',
      name: null,
      organisation: null,
      unitId: rop.id,
      staffId: tone.id,
      role: null,
      addedAt: new Date('2026-02-01T10:00:00Z'),
      addedById: tone.id,
    });
    const behandler = present(
      (await plans.findById(first.id))?.participants.find((p) => p.kind === 'external'),
      'the external participant',
    );
    await plans.addMeasure(first.id, {
      ...MEASURE_DEFAULTS,
      type: 'booppfolging',
      description: 'Besøk hjemme',
      goalId,
      scope: '2 timer i uka',
      responsibleUnitId: rop.id,
      responsibleStaffId: tone.id,
      responsibleResident: true,
      responsibleParticipantId: behandler.id,
      deadline: '2026-03-01',
      status: 'done',
      createdAt: new Date('2026-02-01T10:00:00Z'),
    });
    await plans.addEvaluation(first.id, {
      ...EVALUATION_DEFAULTS,
      at: new Date('2026-04-01T10:00:00Z'),
      byId: tone.id,
      summary: 'Bostøtte innvilget',
      nextEvaluationDate: '2026-06-01',
      residentParticipation: 'phone',
      levelAtEvaluation: 2,
      goals: [{ goalId, outcome: 'partly', note: null }],
    });
    await plans.close(first.id, {
      at: new Date('2026-06-01T10:00:00Z'),
      byId: tone.id,
      reason: 'goals-reached',
      note: null,
    });
    const second = await plans.create({
      ...PLAN_DEFAULTS,
      residentId: kari.id,
      caseId: kase.id,
      evaluationDate: '2026-09-01',
      createdAt: new Date('2026-06-02T10:00:00Z'),
      createdById: tone.id,
    });
    await plans.update(second.id, { isIp: true, ipCoordinatorId: tone.id });

    const ola = await residents.create({
      idHash: idHash(OLA),
      maskedId: '219078*****',
      name: OTHER.name,
      birthDate: null,
    });
    const olaCase = await newCase(ola.id, '2026-0002', '2026-03-01T10:00:00Z');
    // A plan of Ola's hung on Kari's case by mistake: it is still not hers to see.
    const stray = await plans.create({
      ...PLAN_DEFAULTS,
      residentId: ola.id,
      caseId: kase.id,
      evaluationDate: '2026-05-01',
      whatMatters: OTHER.whatMatters,
      createdAt: new Date('2026-03-01T10:00:00Z'),
      createdById: tone.id,
    });
    await plans.close(stray.id, {
      at: new Date('2026-03-01T11:00:00Z'),
      byId: tone.id,
      reason: 'other',
      note: null,
    });
    const olaPlan = await plans.create({
      ...PLAN_DEFAULTS,
      residentId: ola.id,
      caseId: olaCase.id,
      evaluationDate: '2026-05-01',
      createdAt: new Date('2026-03-02T10:00:00Z'),
      createdById: tone.id,
    });
    await plans.addGoal(olaPlan.id, {
      text: OTHER.goal,
      residentWords: null,
      targetDate: null,
      createdAt: new Date('2026-03-02T10:00:00Z'),
    });
    await plans.addParticipant(olaPlan.id, {
      kind: 'relative',
      name: OTHER.participant,
      organisation: null,
      unitId: null,
      staffId: null,
      role: null,
      addedAt: new Date('2026-03-02T10:00:00Z'),
      addedById: tone.id,
    });
    return { firstId: first.id, secondId: second.id, goalId, behandlerId: behandler.id };
  });
}

describe('the resident export (innsyn) holds every målplan of each case', () => {
  let ids: Awaited<ReturnType<typeof scenario>>;
  let exported: ResidentExport;
  before(async () => {
    const husly = new InMemoryHusly();
    ids = await scenario(husly);
    const gate = new AccessGate(new FakeClock());
    const service = new ResidentExportService(
      storeOf(husly),
      new ResidentAccessReportService(husly, gate, OPTIONS),
      gate,
      OPTIONS,
    );
    const result = await service.export(KARI);
    assert.ok(result.ok);
    exported = result.value;
  });

  it('a closed plan and the newer one on the same case, oldest first', () => {
    assert.equal(exported.cases.length, 1);
    const plans = present(exported.cases[0], 'the case').plans;
    assert.deepEqual(
      plans.map((p) => [p.plan.id, p.plan.status, p.plan.closeReason]),
      [
        [ids.firstId, 'closed', 'goals-reached'],
        [ids.secondId, 'active', null],
      ],
    );
    assert.deepEqual(
      plans.map((p) => p.caseReferences),
      [['2026-0001'], ['2026-0001']],
    );
  });

  it('names participants, everyone responsible for a measure and the IP coordinator', () => {
    const [closed, living] = present(exported.cases[0], 'the case').plans;
    assert.deepEqual(
      closed?.participants.map((p) => [p.kind, p.name, p.unitName, p.staffName]),
      [
        ['external', 'Ola Behandler', null, null],
        ['unit', null, 'Psykisk helse og rus', 'Tone Syntetisk'],
      ],
    );
    const [m] = closed?.measures ?? [];
    assert.deepEqual(
      [
        m?.responsibleResident,
        m?.responsibleUnitName,
        m?.responsibleStaffName,
        m?.responsibleParticipantId,
        m?.responsibleParticipantName,
        m?.goalText,
        m?.scope,
      ],
      [
        true,
        'Psykisk helse og rus',
        'Tone Syntetisk',
        ids.behandlerId,
        'Ola Behandler',
        'Beholde leiligheten',
        '2 timer i uka',
      ],
    );
    assert.deepEqual(
      [closed?.ipCoordinatorName, living?.ipCoordinatorName],
      [null, 'Tone Syntetisk'],
    );
  });

  it('goals in the resident’s own words with their latest outcome; evaluations with level', () => {
    const [closed] = present(exported.cases[0], 'the case').plans;
    assert.deepEqual(
      closed?.goals.map((g) => [g.text, g.residentWords, g.latestOutcome]),
      [['Beholde leiligheten', 'Jeg vil bo her i fred', 'partly']],
    );
    assert.deepEqual(
      closed?.evaluations.map((e) => [
        e.byName,
        e.residentParticipation,
        e.levelAtEvaluation,
        e.goals,
      ]),
      [
        [
          'Tone Syntetisk',
          'phone',
          2,
          [{ goalId: ids.goalId, goalText: 'Beholde leiligheten', outcome: 'partly', note: null }],
        ],
      ],
    );
    assert.deepEqual(
      [closed?.plan.whatMatters, closed?.plan.residentParticipation, closed?.plan.levelAtStart],
      ['Å ha katten min hos meg', 'meeting', 3],
    );
  });

  it('nothing about another person’s case or plan', () => {
    const text = JSON.stringify(exported);
    for (const other of [OTHER.name, OTHER.goal, OTHER.participant, OTHER.whatMatters, '2026-0002'])
      assert.ok(!text.includes(other), other);
  });
});
