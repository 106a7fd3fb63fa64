import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { z } from 'zod';
import { PLAN_LINK_TTL_MS, PlanLinks } from '../../../src/print/plan-link.ts';
import { ReportLinks, SignedTokens } from '../../../src/report/report-link.ts';
import { FakeClock } from '../../fakes/in-memory-repositories.ts';

const SECRET = 's'.repeat(40);
const PLAN_ID = '3f0c2a4e-8b1d-4c6f-9a2e-5d7b1e0f4a93';
const who = { staffId: 'staff-1', tenantId: 'tenant-1' };
const tokenOf = (url: string, kind = 'plans') => url.split(`/api/${kind}/`)[1] ?? '';

describe('plan links', () => {
  const clock = new FakeClock(new Date('2026-11-27T08:00:00Z'));
  const links = new PlanLinks(SECRET, () => 'https://husly.kommune.no/', clock);

  it('signs who asked and the plan, valid for 5 minutes', () => {
    const url = links.linkFor(who, PLAN_ID);
    assert.match(url, /^https:\/\/husly\.kommune\.no\/api\/plans\/[\w-]+\.[\w-]{43}$/);
    assert.deepEqual(links.check(tokenOf(url)), {
      ok: true,
      claims: { ...who, planId: PLAN_ID, expires: clock.now().getTime() + PLAN_LINK_TTL_MS },
    });
  });

  it('refuses the link once 5 minutes have passed', () => {
    const token = tokenOf(links.linkFor(who, PLAN_ID));
    const at = (ms: number) =>
      new PlanLinks(SECRET, () => '', { now: () => new Date(clock.now().getTime() + ms) });
    assert.equal(at(PLAN_LINK_TTL_MS - 1).check(token).ok, true);
    assert.deepEqual(at(PLAN_LINK_TTL_MS).check(token), { ok: false, reason: 'expired' });
  });

  it('refuses a forged, tampered or malformed token', () => {
    const token = tokenOf(links.linkFor(who, PLAN_ID));
    const [body = '', signature = ''] = token.split('.');
    const claims = JSON.parse(Buffer.from(body, 'base64url').toString()) as object;
    const forge = (change: object) =>
      `${Buffer.from(JSON.stringify({ ...claims, ...change })).toString('base64url')}.${signature}`;
    const otherPlan = '0b6a5f7e-2c3d-4e1f-8a9b-0c1d2e3f4a5b';
    for (const change of [{ s: 'admin-1' }, { p: otherPlan }, { e: Date.parse('2030-01-01') }])
      assert.deepEqual(links.check(forge(change)), { ok: false, reason: 'forged' });
    const otherSecret = new PlanLinks('t'.repeat(40), () => '', clock);
    assert.deepEqual(otherSecret.check(token), { ok: false, reason: 'forged' });
    for (const bad of ['', 'abc', `${body}.`, `${body}.${signature}x`, 'a'.repeat(5000)])
      assert.deepEqual(links.check(bad), { ok: false, reason: 'forged' }, bad.slice(0, 20));
  });

  it('refuses a report link as a plan link, and a plan link as a report link', () => {
    const reports = new ReportLinks(SECRET, () => 'https://husly.kommune.no', clock);
    const period = { from: '2026-01-01', to: '2026-06-30' };
    const reportToken = tokenOf(reports.linkFor(who, period, 'xlsx'), 'reports');
    assert.equal(reports.check(reportToken).ok, true);
    assert.deepEqual(links.check(reportToken), { ok: false, reason: 'forged' });
    const planToken = tokenOf(links.linkFor(who, PLAN_ID));
    assert.deepEqual(reports.check(planToken), { ok: false, reason: 'forged' });
  });

  it('makes no link to, and accepts no signed token for, a plan id that is not a UUID', () => {
    for (const id of ['plan-1', PLAN_ID.toUpperCase(), `${PLAN_ID}x`, '', '../reports'])
      assert.throws(() => links.linkFor(who, id), RangeError, id);
    // Signed with the plan-link key itself: only the claims' shape can refuse it.
    const lax = z.object({
      v: z.number(),
      s: z.string(),
      t: z.string(),
      p: z.string(),
      e: z.number(),
    });
    const signer = new SignedTokens(SECRET, 'husly:plan-link:v1', lax, clock);
    const claims = { v: 1, ...{ s: who.staffId, t: who.tenantId }, e: Date.parse('2026-11-28') };
    assert.equal(links.check(signer.make({ ...claims, p: PLAN_ID })).ok, true, 'the control');
    for (const p of ['plan-1', PLAN_ID.toUpperCase(), `${PLAN_ID}\n`, ' '.repeat(36)])
      assert.deepEqual(links.check(signer.make({ ...claims, p })), { ok: false, reason: 'forged' });
    const extra = signer.make({ ...claims, p: PLAN_ID, x: 'xlsx' } as z.infer<typeof lax>);
    assert.deepEqual(links.check(extra), { ok: false, reason: 'forged' }, 'no unknown claims');
  });
});
