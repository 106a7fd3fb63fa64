import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { AccessGate } from '../../src/domain/access/access-gate.ts';
// prettier-ignore
import {
  ResidentAccessReportService,
} from '../../src/domain/audit/resident-access-report.service.ts';
import { ResidentExportService } from '../../src/domain/audit/resident-export.service.ts';
import { RetentionService } from '../../src/domain/retention/retention.service.ts';
import { openDatabase, type Database } from '../../src/persistence/database.ts';
import { PrismaResidentExportStore } from '../../src/persistence/prisma-resident-export.store.ts';
import { PrismaRetentionStore } from '../../src/persistence/prisma-retention.store.ts';
import { PrismaUnitOfWork } from '../../src/persistence/prisma-unit-of-work.ts';
import { present } from '../helpers/assert-present.ts';
import { tempDatabase } from '../helpers/husly-server.ts';
import {
  buildRetentionScenario,
  DAY,
  PEOPLE,
  type Scenario,
} from '../helpers/retention-scenario.ts';

/**
 * Red-team findings 15-3 to 15-5 against real SQLite: a målplan that outlives its case. Jonas'
 * case (`recent`, closed 100 days ago) holds a living plan with his words, a goal, a relative who
 * was removed and one who still takes part; Ola's plan moves from his closed case to his open one.
 */
const NOW = new Date('2026-11-26T10:00:00Z');
const SETTINGS = { closedCaseDays: 730, auditDays: 1825 };
const SECRET = 'test-secret';
const WORDS = 'Jeg vil ha kontakt med sønnen min igjen';
const GOAL = 'Holde kontakten med bo-oppfølgingen';
const REMOVED = 'Mona Fjernetsen';
const KEPT = 'Truls Blirværende';

describe('a living målplan: its consents, removed participants and retention', () => {
  const temp = tempDatabase();
  let db: Database;
  let s: Scenario;
  let planId = '';
  const clock = {
    current: NOW,
    now() {
      return this.current;
    },
  };
  const plan = () =>
    db.prisma.goalPlan.findUniqueOrThrow({
      where: { id: planId },
      include: { participants: { orderBy: { addedAt: 'asc' } }, goals: true },
    });

  before(async () => {
    db = await openDatabase(temp.url);
    s = await buildRetentionScenario(db, NOW, SECRET);
    const ago = (days: number) => new Date(NOW.getTime() - days * DAY);
    await new PrismaUnitOfWork(db.prisma).run(async (repos) => {
      const kase = present(
        (await repos.cases.findById(s.caseIds.recent)) ?? undefined,
        'the recent case',
      );
      const created = await repos.plans.create({
        residentId: kase.residentId,
        caseId: kase.id,
        evaluationDate: '2027-01-01',
        periodStart: null,
        periodEnd: null,
        vedtakReference: null,
        ipNeeded: null,
        whatMatters: WORDS,
        resources: null,
        residentParticipation: 'meeting',
        levelAtStart: 2,
        template: null,
        createdAt: ago(150),
        createdById: 'x',
      });
      planId = created.id;
      await repos.plans.addGoal(planId, {
        text: GOAL,
        residentWords: null,
        targetDate: null,
        createdAt: ago(150),
      });
      for (const [name, days] of [
        [REMOVED, 150],
        [KEPT, 149],
      ] as const)
        await repos.plans.addParticipant(planId, {
          kind: 'relative',
          name,
          organisation: null,
          unitId: null,
          staffId: null,
          role: 'søsken',
          addedAt: ago(days),
          addedById: 'x',
        });
      const removed = present(
        (await repos.plans.findById(planId))?.participants.find((p) => p.name === REMOVED),
        'the relative to remove',
      );
      await repos.plans.removeParticipant(planId, removed.id, ago(140));
    });
  });
  after(async () => {
    await db?.close();
    temp.cleanup();
  });

  it('15-3: a consent given with the plan stays on its case when the plan moves on', async () => {
    const uow = new PrismaUnitOfWork(db.prisma);
    const unit = await db.prisma.unit.findFirstOrThrow();
    const [consentId, olasPlan] = await uow.run(async (repos) => {
      const closed = present(
        (await repos.cases.findById(s.caseIds.mixedClosed)) ?? undefined,
        'closed case',
      );
      const created = await repos.plans.create({
        residentId: closed.residentId,
        caseId: closed.id,
        evaluationDate: '2027-01-01',
        periodStart: null,
        periodEnd: null,
        vedtakReference: null,
        ipNeeded: null,
        whatMatters: null,
        resources: null,
        residentParticipation: 'meeting',
        levelAtStart: 2,
        template: null,
        createdAt: NOW,
        createdById: 'x',
      });
      const consent = await repos.consents.add({
        caseId: closed.id,
        unitIds: [unit.id],
        givenDate: '2026-11-20',
        form: 'skriftlig',
        source: 'plan',
        recordedById: 'x',
        recordedAt: NOW,
        planId: created.id,
      });
      await repos.plans.moveToCase(created.id, s.caseIds.mixedOpen, NOW);
      return [consent.id, created.id] as const;
    });
    const consent = await db.prisma.caseConsent.findUniqueOrThrow({ where: { id: consentId } });
    assert.equal(consent.caseId, s.caseIds.mixedClosed);
    assert.deepEqual(
      await uow.run(async (repos) => (await repos.consents.listForPlan(olasPlan)).map((c) => c.id)),
      [consentId],
      'found from the plan, wherever it hangs',
    );
  });

  it('15-5: a removed participant keeps no name or role; innsyn shows who stays', async () => {
    const [removed, kept] = (await plan()).participants;
    assert.deepEqual(
      [removed?.name, removed?.role, removed?.removedAt?.getTime()],
      [null, null, NOW.getTime() - 140 * DAY],
    );
    assert.deepEqual([kept?.name, kept?.role, kept?.removedAt], [KEPT, 'søsken', null]);

    const gate = new AccessGate(clock);
    const options = { idSecret: SECRET, allowSyntheticIds: true };
    const exporter = new ResidentExportService(
      new PrismaResidentExportStore(db.prisma),
      new ResidentAccessReportService(new PrismaUnitOfWork(db.prisma), gate, options),
      gate,
      options,
    );
    const exported = await exporter.export(PEOPLE.recent.number);
    assert.ok(exported.ok);
    const json = JSON.stringify(exported.value);
    assert.ok(json.includes(KEPT) && !json.includes(REMOVED));
  });

  it('15-4: retention waits while the plan lives, erases case and plan once closed', async () => {
    const service = new RetentionService(
      new PrismaRetentionStore(db.prisma),
      new AccessGate(clock),
      SETTINGS,
    );
    // The case closed 800 days ago, past the 730: due, but the plan on it lives.
    clock.current = new Date(NOW.getTime() + 700 * DAY);
    const first = await service.run(clock.current);
    assert.ok(!first.cases.some((c) => c.reference === s.references.recent), 'the case waits');
    const kase = await db.prisma.case.findUniqueOrThrow({ where: { id: s.caseIds.recent } });
    assert.equal(kase.anonymisedAt, null);
    const resident = await db.prisma.resident.findUniqueOrThrow({
      where: { id: s.residentIds.recent },
    });
    assert.equal(resident.name, PEOPLE.recent.name);
    assert.equal((await plan()).whatMatters, WORDS);

    await new PrismaUnitOfWork(db.prisma).run((repos) =>
      repos.plans.close(planId, {
        at: clock.current,
        byId: 'x',
        reason: 'goals-reached',
        note: null,
      }),
    );
    clock.current = new Date(clock.current.getTime() + DAY);
    const next = await service.run(clock.current);
    assert.ok(
      next.cases.some((c) => c.reference === s.references.recent),
      'erased the next run',
    );
    const closed = await plan();
    assert.equal(closed.whatMatters, null);
    assert.deepEqual(
      closed.goals.map((g) => g.text),
      [''],
    );
    assert.deepEqual(
      closed.participants.map((p) => p.name),
      [null, null],
    );
    const erased = await db.prisma.resident.findUniqueOrThrow({
      where: { id: s.residentIds.recent },
    });
    assert.equal(erased.name, '');
  });
});
