import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Activity } from 'botbuilder';
import { validateAdaptiveCard } from '../../scripts/lib/schemas.ts';
import { ReportLinks } from '../../src/report/report-link.ts';
import { dialogHarness } from '../helpers/dialog-harness.ts';
import { FakeClock } from '../fakes/in-memory-repositories.ts';

const textOf = (a: Partial<Activity>) => (a.text ?? '').replace(/\u00a0/g, ' ');
/** The Adaptive Card a reply carries. */
const cardOf = (a: Partial<Activity>): Record<string, unknown> => {
  const content: unknown = a.attachments?.[0]?.content;
  assert.ok(content && typeof content === 'object', `a card, got ${JSON.stringify(a)}`);
  return content as Record<string, unknown>;
};

/** What the link in the answer says, read with the same secret the fake services sign with. */
function claimsOf(card: Record<string, unknown>) {
  const actions = card.actions as { type: string; url: string }[];
  const open = actions.find((a) => a.type === 'Action.OpenUrl');
  assert.ok(open, 'an Action.OpenUrl');
  assert.match(open.url, /^http:\/\/husly\.test\/api\/reports\/[\w-]+\.[\w-]{43}$/);
  // The harness's clock: Monday 23 November 2026.
  const links = new ReportLinks('s'.repeat(40), () => '', new FakeClock());
  const check = links.check(open.url.split('/api/reports/')[1] ?? '');
  assert.ok(check.ok, 'a valid link');
  return check.claims;
}

describe('"rapport" in Teams', () => {
  it('refuses a saksbehandler at once, and audits it', async () => {
    const h = await dialogHarness();
    await h
      .chat('navSaks')
      .send(h.say('rapport'))
      .assertReply((a) =>
        assert.match(
          textOf(a),
          /^Du har ikke tilgang til å hente rapporten\. Det kan ledere og administratorer\./,
        ),
      )
      .startTest();
    assert.ok(
      h.husly.state.audit.some((e) => e.action === 'statistics.report' && e.outcome === 'denied'),
    );
  });

  it('a leader gets the card with the last full half-year, then a link for them only', async () => {
    const h = await dialogHarness();
    let card: Record<string, unknown> = {};
    await h
      .chat('navLeder')
      .send(h.say('rapport'))
      .assertReply((a) => void (card = cardOf(a)))
      .startTest();
    assert.deepEqual(validateAdaptiveCard(card), []);
    const inputs = JSON.stringify(card);
    assert.match(inputs, /"id":"from","label":"Fra og med","value":"2026-01-01"/);
    assert.match(inputs, /"id":"to","label":"Til og med","value":"2026-06-30"/);
    assert.match(inputs, /"action":"report.request"/);

    let answer: Record<string, unknown> = {};
    await h
      .chat('navLeder')
      .send(
        h.submit({
          action: 'report.request',
          preset: 'datoer',
          from: '2026-01-01',
          to: '2026-06-30',
          format: 'xlsx',
        }),
      )
      .assertReply((a) => void (answer = cardOf(a)))
      .startTest();
    assert.deepEqual(validateAdaptiveCard(answer), []);
    assert.match(JSON.stringify(answer), /Rapporten kan lastes ned/);
    const claims = claimsOf(answer);
    assert.equal(claims.staffId, h.people.navLeder);
    assert.deepEqual([claims.from, claims.to, claims.format], ['2026-01-01', '2026-06-30', 'xlsx']);
    assert.equal(claims.expires, new Date('2026-11-23T10:15:00Z').getTime());
    const asked = h.husly.state.audit.filter(
      (e) => e.action === 'statistics.report' && e.outcome === 'ok',
    );
    assert.equal(asked.length, 1);
    assert.equal(asked[0]?.actorStaffId, h.people.navLeder);
  });

  it('a preset wins over the dates, and a bad period is explained', async () => {
    const h = await dialogHarness();
    let answer: Record<string, unknown> = {};
    await h
      .chat('admin')
      .send(
        h.submit({
          action: 'report.request',
          preset: 'i-fjor',
          from: '2026-01-01',
          to: '2026-06-30',
          format: 'csv',
        }),
      )
      .assertReply((a) => void (answer = cardOf(a)))
      .startTest();
    const claims = claimsOf(answer);
    assert.deepEqual([claims.from, claims.to, claims.format], ['2025-01-01', '2025-12-31', 'csv']);

    await h
      .chat('navLeder')
      .send(
        h.submit({
          action: 'report.request',
          from: '2026-06-30',
          to: '2026-01-01',
          format: 'xlsx',
        }),
      )
      .assertReply((a) => assert.match(textOf(a), /fra-datoen kan ikke være etter til-datoen/))
      .startTest();
    await h
      .chat('navLeder')
      .send(
        h.submit({ action: 'report.request', from: '2026-01-01', to: '2026-06-30', format: 'pdf' }),
      )
      .assertReply((a) => assert.doesNotMatch(textOf(a), /api\/reports/))
      .startTest();
  });

  it('a saksbehandler pressing a leader’s card gets no link', async () => {
    const h = await dialogHarness();
    await h
      .chat('navSaks')
      .send(
        h.submit({
          action: 'report.request',
          preset: 'siste-halvar',
          from: '',
          to: '',
          format: 'xlsx',
        }),
      )
      .assertReply((a) => {
        assert.match(textOf(a), /^Du har ikke tilgang til å hente rapporten\./);
        assert.equal(a.attachments, undefined);
      })
      .startTest();
  });
});
