import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { AccessGate } from '../../src/domain/access/access-gate.ts';
import type { Actor } from '../../src/domain/actor/actor.ts';
import { localDate } from '../../src/domain/common/local-date.ts';
import type { OverviewFigures } from '../../src/domain/overview/overview.ts';
import { OverviewService } from '../../src/domain/overview/overview.service.ts';
import type { Shown } from '../../src/domain/overview/shown.ts';
import { WORKLIST_MAX_ROWS, WORKLIST_REASONS } from '../../src/domain/overview/worklist.ts';
import { WorklistService } from '../../src/domain/overview/worklist.service.ts';
import { DEMO_STAFF, DEMO_TENANT_ID } from '../../src/demo/demo-municipality.ts';
import { openDatabase } from '../../src/persistence/database.ts';
import { seedDemoMunicipality } from '../../src/persistence/demo-seed.ts';
import { PrismaUnitOfWork } from '../../src/persistence/prisma-unit-of-work.ts';
import { present } from '../helpers/assert-present.ts';
import { tempDatabase } from '../helpers/husly-server.ts';
import { FakeClock } from '../fakes/in-memory-repositories.ts';

/**
 * Demo kommune exercises the whole picture (issue 12) on whatever day it is seeded: every kind
 * of worklist row for NAV's and the tildelingsteam's coordinators and leaders, and every figure
 * of the overview in the current half-year, with five or more where a chart should draw a
 * number. Seeded mid half-year, a few days into one, and on its first day.
 */

const TZ = 'Europe/Oslo';

async function seededOn(now: Date) {
  const temp = tempDatabase();
  const db = await openDatabase(temp.url);
  assert.equal(await seedDemoMunicipality(db.prisma, 's'.repeat(40), now, TZ), true);
  const clock = new FakeClock(now);
  const uow = new PrismaUnitOfWork(db.prisma, TZ);
  const actor = (persona: string): Promise<Actor> =>
    uow.run(async ({ org }) => {
      const s = present(
        DEMO_STAFF.find((d) => d.persona === persona),
        persona,
      );
      const staff = present(
        (await org.findStaffByAadObjectId(s.aadObjectId)) ?? undefined,
        s.email,
      );
      const unit = present((await org.findUnitById(staff.unitId)) ?? undefined, s.unitKey);
      return { staff, unit, tenantId: DEMO_TENANT_ID };
    });
  return {
    actor,
    worklist: new WorklistService(uow, new AccessGate(clock), clock, TZ),
    overview: new OverviewService(uow, new AccessGate(clock), clock, TZ),
    today: localDate(now, TZ),
    close: async () => {
      await db.close();
      temp.cleanup();
    },
  };
}

/** The number shown (exact, or rounded to the nearest 5 below the municipality). */
const value = (s: Shown | undefined): number | 'suppressed' =>
  s && 'exact' in s ? s.exact : s && 'rounded' in s ? s.rounded : 'suppressed';
const atLeastFive = (s: Shown | undefined, what: string) => {
  const n = value(s);
  assert.ok(typeof n === 'number' && n >= 5, `${what}: ${n}`);
};
const someAtAll = (s: Shown | undefined, what: string) =>
  assert.ok(value(s) !== 0, `${what}: none`);

function halfYearFrom(today: string): string {
  return today < `${today.slice(0, 4)}-07-01`
    ? `${today.slice(0, 4)}-01-01`
    : `${today.slice(0, 4)}-07-01`;
}

/** The overview of the whole municipality, for the current half-year, as the leader sees it. */
async function halfYear(d: Awaited<ReturnType<typeof seededOn>>): Promise<OverviewFigures> {
  const figures = await d.overview.overview(await d.actor('leder'), {
    unitId: null,
    from: halfYearFrom(d.today),
    to: d.today,
  });
  assert.ok(figures.ok, JSON.stringify(figures));
  return figures.value;
}

function assertEveryFigure(o: OverviewFigures) {
  for (const { level, shown } of o.openByLevel) atLeastFive(shown, `open at nivå ${level}`);
  const move = (from: string, to: string) =>
    o.levelMovement.find((m) => m.from === from && m.to === to)?.shown;
  atLeastFive(move('rod', 'gul'), 'rødt → gult');
  atLeastFive(move('gul', 'gronn'), 'gult → grønt');
  someAtAll(move('gul', 'rod'), 'gult → rødt');
  someAtAll(move('gronn', 'gul'), 'grønt → gult');
  for (const landlord of ['kommunal', 'privat'] as const) {
    const outcome = o.outcomes.find((x) => x.landlord === landlord);
    atLeastFive(outcome?.prevented, `prevented, ${landlord}`);
    someAtAll(outcome?.evicted, `evicted, ${landlord}`);
  }
  atLeastFive(o.outcomesTotal.prevented, 'prevented');
  const step = (s: string) => o.legalSteps.find((x) => x.step === s)?.total;
  atLeastFive(step('varsel-4-18'), '§ 4-18 notices');
  atLeastFive(step('varsel-9-11'), '§ 9-11 notices');
  atLeastFive(step('begjaering'), 'requests');
  someAtAll(step('utkastelse'), 'evictions');
  atLeastFive(o.firstContact.cases, 'first contacts');
  assert.notEqual(o.firstContact.medianDays, null, 'median days to contact shown');
  atLeastFive(o.moneyGranted.cases, 'stønad granted');
  assert.ok((o.moneyGranted.totalNok ?? 0) > 0, 'kroner shown');
  atLeastFive(o.children.households, 'households with children');
}

describe('Demo kommune: the worklist and the overview', () => {
  it('gives NAV and the tildelingsteam a row of every kind, all on one card', async () => {
    const d = await seededOn(new Date('2026-11-23T09:00:00Z'));
    try {
      for (const persona of ['navleder', 'koordinator', 'leder']) {
        const list = await d.worklist.forActor(await d.actor(persona));
        assert.ok(list.ok, persona);
        const reasons = new Set(list.value.rows.flatMap((r) => r.reasons.map((x) => x.code)));
        assert.deepEqual([...reasons].sort(), [...WORKLIST_REASONS].sort(), persona);
        const missing = new Set(
          list.value.rows.flatMap((r) => r.reasons.flatMap((x) => x.missing ?? [])),
        );
        assert.ok(missing.has('vedtak') && missing.has('vedtak-and-plan'), persona);
        assert.equal(list.value.rows.length, list.value.total, `${persona}: nothing cut off`);
        assert.ok(list.value.total <= WORKLIST_MAX_ROWS);
      }
    } finally {
      await d.close();
    }
  });

  for (const [when, now] of [
    ['mid half-year', '2026-11-23T09:00:00Z'],
    ['three days into a half-year', '2027-01-04T09:00:00Z'],
    ['on its first day', '2027-07-01T08:00:00Z'],
  ] as const)
    it(`has every overview figure in the current half-year, ${when}`, async () => {
      const d = await seededOn(new Date(now));
      try {
        assertEveryFigure(await halfYear(d));
      } finally {
        await d.close();
      }
    });
});
