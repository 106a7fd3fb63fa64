import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { acuteCaseCard } from '../../dialogs/cards/notice.cards.ts';
import { nb } from '../../dialogs/texts/nb.ts';
import { AccessGate } from '../../src/domain/access/access-gate.ts';
import { casePhase, objectionDeadlineOf } from '../../src/domain/case/case.ts';
import { LinkChannelService } from '../../src/domain/channel/link-channel.service.ts';
import { localDate } from '../../src/domain/common/local-date.ts';
import { DEMO_RESIDENTS, DEMO_TEAM_ID, demoChannelId } from '../../src/demo/demo-municipality.ts';
import { openDatabase, type Database } from '../../src/persistence/database.ts';
import { seedDemoMunicipality } from '../../src/persistence/demo-seed.ts';
import { PrismaUnitOfWork } from '../../src/persistence/prisma-unit-of-work.ts';
import { present } from '../helpers/assert-present.ts';
import { tempDatabase } from '../helpers/husly-server.ts';
import { FakeNotifier } from '../fakes/fake-notifier.ts';
import { FakeClock } from '../fakes/in-memory-repositories.ts';

const NOW = new Date('2026-11-23T09:00:00Z');
const TODAY = localDate(NOW, 'Europe/Oslo');

describe('Demo kommune, as seeded', () => {
  const temp = tempDatabase();
  let db: Database;
  let uow: PrismaUnitOfWork;

  before(async () => {
    db = await openDatabase(temp.url);
    uow = new PrismaUnitOfWork(db.prisma);
    assert.equal(await seedDemoMunicipality(db.prisma, 's'.repeat(40), NOW, 'Europe/Oslo'), true);
  });
  after(async () => {
    await db.close();
    temp.cleanup();
  });

  const byReference = (reference: string) =>
    uow.run(async ({ cases }) =>
      present((await cases.findByReference(reference)) ?? undefined, reference),
    );

  it('links every unit to its channel in the playground’s team', async () => {
    const units = await db.prisma.unit.findMany();
    for (const unit of units) {
      assert.equal(unit.channelConversationId, demoChannelId(unit.key), unit.key);
      assert.equal(unit.channelTeamId, DEMO_TEAM_ID);
    }
  });

  it('has realistic dates: no eviction date inside the objection window', async () => {
    const first = await byReference('2026-0001');
    const objection = objectionDeadlineOf(first.timeline);
    assert.ok(objection && 'date' in objection && objection.date < TODAY, 'window closed');
    assert.ok((first.timeline.evictionDate ?? '') > TODAY);
    const notice = await byReference('2026-0004');
    assert.equal(notice.subcategory, 'hoye-boutgifter');
    assert.ok(notice.timeline.noticeDate && notice.timeline.noticeReceivedDate);
    assert.ok(notice.timeline.noticeDate < notice.timeline.noticeReceivedDate, 'sent, then got');
    assert.equal(casePhase(notice.timeline, TODAY), 'varsel');
  });

  it('has an acute case nobody has taken, and an early warning from innfordring', async () => {
    const acute = await byReference('2026-0006');
    assert.equal(casePhase(acute.timeline, TODAY), 'akutt');
    assert.equal(acute.coordinatorId, null);
    const early = await byReference('2026-0007');
    assert.equal(casePhase(early.timeline, TODAY), 'for-varsel');
    assert.ok((early.timeline.arrearsReportedDate ?? '') <= TODAY);
    assert.ok(
      (early.timeline.firstMissedRentDate ?? '') < (early.timeline.arrearsReportedDate ?? ''),
    );
    const reported = await db.prisma.concern.findFirst({ where: { caseId: early.id } });
    assert.equal(reported?.source, 'innfordring');
    assert.equal(reported?.arrearsReminderSent, 'purring');
    assert.equal(await db.prisma.resident.count(), DEMO_RESIDENTS.length);
  });

  it('opening NAV’s channel posts the acute case with "Ta saken", no name', async () => {
    const notifier = new FakeNotifier();
    const nav = present(
      (await db.prisma.unit.findUnique({ where: { key: 'nav-bolig' } })) ?? undefined,
      'NAV',
    );
    notifier.unitConversations.set(nav.id, demoChannelId('nav-bolig'));
    const link = new LinkChannelService(
      uow,
      new AccessGate(new FakeClock(NOW)),
      notifier,
      'Europe/Oslo',
    );
    const added = await link.addedTo({
      id: demoChannelId('nav-bolig'),
      type: 'channel',
      teamId: DEMO_TEAM_ID,
    });
    assert.deepEqual(added?.cards, { posted: 1, alreadyThere: 0, notPosted: 0 });
    const [posted] = notifier.sent;
    assert.ok(posted?.notice.kind === 'case.acute');
    const card = JSON.stringify(acuteCaseCard(nb, posted.notice));
    assert.match(card, /Akutt: sak 2026-0006/);
    assert.match(card, /"title":"Ta saken"/);
    assert.doesNotMatch(card, /Sindre|Holm|108389/);
    const acute = await byReference('2026-0006');
    assert.deepEqual(
      (await db.prisma.caseCard.findMany({ where: { caseId: acute.id } })).map(
        (c) => c.conversationId,
      ),
      [demoChannelId('nav-bolig')],
    );
  });
});
