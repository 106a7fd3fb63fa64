import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { renderPdf } from '../../../src/print/pdf-render.ts';
import {
  asciiFileName,
  planDownload,
  type PlanPrintLoader,
} from '../../../src/print/plan-download.ts';
import { PLAN_LINK_TTL_MS, PlanLinks } from '../../../src/print/plan-link.ts';
import type { PrintDocument } from '../../../src/print/print-document.ts';
import { FakeClock } from '../../fakes/in-memory-repositories.ts';
import { readPdf } from '../../helpers/pdf-text.ts';

const SECRET = 'plan-download-test-secret-not-for-production';
const PLAN_ID = '3f0c2a4e-8b1d-4c6f-9a2e-5d7b1e0f4a93';
const OTHER_PLAN_ID = '0b6a5f7e-2c3d-4e1f-8a9b-0c1d2e3f4a5b';
const KARI = { staffId: 'staff-kari', tenantId: 'tenant-1' };
const OLA = { staffId: 'staff-ola', tenantId: 'tenant-1' };

const DOCUMENT: PrintDocument = {
  title: 'Målplan',
  subtitle: ['Sak 2026-0004', 'Beboer: Åse Ærlig Østby'],
  sections: [
    {
      heading: 'Mål',
      blocks: [{ kind: 'list', items: [{ text: 'Beholde leiligheten på Ærøy' }] }],
    },
  ],
  signatures: ['Beboer', 'Koordinator'],
  footer: 'Utskrift 27.11.2026 av Kari Nordmann – taushetsbelagt (forvaltningsloven § 13)',
};

/**
 * The download with an in-memory loader: Kari may print plan PLAN_ID, nobody may print anything
 * else. Every load and every render is recorded.
 */
function setUp() {
  const clock = new FakeClock(new Date('2026-11-27T08:00:00Z'));
  const links = new PlanLinks(SECRET, () => 'https://husly.kommune.no', clock);
  const loads: { who: unknown; planId: string }[] = [];
  const load: PlanPrintLoader = async (who, planId) => {
    loads.push({ who, planId });
    return who.staffId === KARI.staffId && planId === PLAN_ID
      ? { ok: true, value: { document: DOCUMENT, fileName: 'Målplan 2026-0004.pdf' } }
      : { ok: false, code: 'access_denied' };
  };
  const rendered: PrintDocument[] = [];
  const render: typeof renderPdf = (doc, meta) => {
    rendered.push(doc);
    return renderPdf(doc, meta);
  };
  const download = planDownload(links, load, clock, render);
  const tokenFor = (who: typeof KARI, planId: string) =>
    links.linkFor(who, planId).split('/api/plans/')[1] ?? '';
  return { clock, links, loads, rendered, download, tokenFor };
}

const bodyText = (body: Buffer | string) => (typeof body === 'string' ? body : '');

/** A refusal says nothing of the plan: no title, reference, name or goal. */
function assertNothingOfThePlan(body: Buffer | string) {
  for (const word of ['Målplan', '2026-0004', 'Åse', 'Østby', 'Ærøy', 'Kari'])
    assert.ok(!String(body).includes(word), word);
}

describe('planDownload', () => {
  it('answers a forged link with 403 and loads nothing', async () => {
    const { download, loads, rendered, tokenFor } = setUp();
    const [body = '', signature = ''] = tokenFor(KARI, PLAN_ID).split('.');
    for (const token of ['', 'nonsense', `${body}.${signature.slice(1)}A`]) {
      const answer = await download(token);
      assert.equal(answer.status, 403);
      assert.equal(answer.headers['cache-control'], 'no-store');
      assert.match(answer.headers['content-type'] ?? '', /^text\/plain; charset=utf-8$/);
      assert.match(bodyText(answer.body), /Lenken til planen er ugyldig/);
      assert.match(bodyText(answer.body), /«Skriv ut \(PDF\)» for å få en ny lenke/);
      assertNothingOfThePlan(answer.body);
    }
    assert.equal(loads.length, 0);
    assert.equal(rendered.length, 0);
  });

  it('answers an expired link with 410 and loads nothing', async () => {
    const { clock, download, loads, rendered, tokenFor } = setUp();
    const token = tokenFor(KARI, PLAN_ID);
    clock.advance(PLAN_LINK_TTL_MS);
    const answer = await download(token);
    assert.equal(answer.status, 410);
    assert.match(bodyText(answer.body), /Lenken til planen er utløpt eller allerede brukt/);
    assertNothingOfThePlan(answer.body);
    assert.equal(loads.length, 0);
    assert.equal(rendered.length, 0);
  });

  it('answers 403 when the loader refuses, and renders nothing', async () => {
    const { download, loads, rendered, tokenFor } = setUp();
    for (const [who, planId] of [
      [OLA, PLAN_ID],
      [KARI, OTHER_PLAN_ID],
    ] as const) {
      const answer = await download(tokenFor(who, planId));
      assert.equal(answer.status, 403);
      assert.equal(answer.headers['cache-control'], 'no-store');
      assert.equal(answer.headers['content-disposition'], undefined);
      assert.match(bodyText(answer.body), /^Du har ikke tilgang til denne planen/);
      assertNothingOfThePlan(answer.body);
    }
    assert.deepEqual(loads, [
      { who: OLA, planId: PLAN_ID },
      { who: KARI, planId: OTHER_PLAN_ID },
    ]);
    assert.equal(rendered.length, 0, 'a refused plan is never rendered');
  });

  it('sends the plan as a PDF attachment, never cached, dated when downloaded', async () => {
    const { clock, download, loads, rendered, tokenFor } = setUp();
    const token = tokenFor(KARI, PLAN_ID);
    clock.advance(60_000);
    const answer = await download(token);
    assert.equal(answer.status, 200);
    assert.deepEqual(loads, [{ who: KARI, planId: PLAN_ID }]);
    assert.deepEqual(rendered, [DOCUMENT]);
    assert.equal(answer.headers['content-type'], 'application/pdf');
    assert.equal(
      answer.headers['content-disposition'],
      'attachment; filename="malplan-2026-0004.pdf"',
    );
    assert.equal(answer.headers['cache-control'], 'no-store');
    assert.equal(answer.headers['x-content-type-options'], 'nosniff');
    assert.ok(Buffer.isBuffer(answer.body));
    assert.equal(answer.headers['content-length'], String(answer.body.length));
    assert.equal(answer.body.subarray(0, 5).toString('latin1'), '%PDF-');
    const pdf = await readPdf(answer.body);
    const text = pdf.pages.join('\n');
    assert.match(text, /^Målplan\nSak 2026-0004\nBeboer: Åse Ærlig Østby/);
    assert.match(text, /Beholde leiligheten på Ærøy/);
    assert.equal(pdf.info['CreationDate'], 'D:20261127080100Z');
  });

  it('opens the plan once: the same link again is refused without loading anything', async () => {
    const { download, loads, tokenFor } = setUp();
    const token = tokenFor(KARI, PLAN_ID);
    assert.equal((await download(token)).status, 200);
    const again = await download(token);
    assert.equal(again.status, 410);
    assert.match(bodyText(again.body), /allerede brukt/);
    assert.equal(loads.length, 1, 'the second request loaded nothing');
  });

  it('a refused load does not use the link up', async () => {
    const { download, tokenFor } = setUp();
    // KARI may not have OTHER_PLAN_ID (the loader refuses it): no PDF, and no use either.
    const token = tokenFor(KARI, OTHER_PLAN_ID);
    assert.equal((await download(token)).status, 403);
    assert.equal((await download(token)).status, 403);
  });
});

describe('planDownload without a renderer given', () => {
  it('loads the PDF writer on first use and sends the plan', async () => {
    const { clock, tokenFor } = setUp();
    const links = new PlanLinks(SECRET, () => 'https://husly.kommune.no', clock);
    const load: PlanPrintLoader = async () => ({
      ok: true,
      value: { document: DOCUMENT, fileName: 'malplan-2026-0004.pdf' },
    });
    const answer = await planDownload(links, load, clock)(tokenFor(KARI, PLAN_ID));
    assert.equal(answer.status, 200);
    assert.ok(Buffer.isBuffer(answer.body));
    assert.match((await readPdf(answer.body)).pages[0] ?? '', /^Målplan\n/);
  });
});

describe('asciiFileName', () => {
  it('folds the name to what a header carries, ending in .pdf', () => {
    assert.equal(asciiFileName('malplan-2026-0004.pdf'), 'malplan-2026-0004.pdf');
    assert.equal(asciiFileName('Målplan 2026-0004.PDF'), 'malplan-2026-0004.pdf');
    assert.equal(asciiFileName('Ærø/Østby "plan"\r\n.pdf'), 'aero-ostby-plan.pdf');
    assert.equal(asciiFileName('Čáhci'), 'cahci.pdf');
    assert.equal(asciiFileName('../../etc/passwd'), 'etc-passwd.pdf');
    assert.equal(asciiFileName('«»'), 'malplan.pdf');
    assert.ok(asciiFileName('x'.repeat(500)).length <= 100);
  });
});
