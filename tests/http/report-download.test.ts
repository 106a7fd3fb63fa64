import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import ExcelJS from 'exceljs';
import { DEMO_RESIDENTS, DEMO_STAFF } from '../../src/demo/demo-municipality.ts';
import { REPORT_LINK_TTL_MS, ReportLinks } from '../../src/report/report-link.ts';
import { FakeConnector } from '../helpers/fake-connector.ts';
import { startTestServer, type TestServer } from '../helpers/husly-server.ts';
import {
  cardSubmit,
  demoUser,
  installationUpdate,
  message,
  personalConversationId,
} from '../helpers/teams-activities.ts';
import { present } from '../helpers/assert-present.ts';

const SECRET = 'report-download-test-secret-not-for-production';
const PERIOD = { from: '2026-01-01', to: '2026-06-30' };

/**
 * The report from Teams through the real server: Ingrid (leder, Tildelingsteam) writes
 * "rapport", presses "Lag rapport", and opens the signed link Husly answers with. The link is
 * refused when it has expired, was tampered with, or she may no longer have the report.
 */
describe('the report download link', () => {
  let connector: FakeConnector;
  let server: TestServer;
  const ingrid = demoUser('leder');
  const personal = { serviceUrl: '', user: ingrid };
  let link = '';

  before(async () => {
    connector = await new FakeConnector().start();
    personal.serviceUrl = connector.url;
    server = await startTestServer({ HUSLY_ID_SECRET: SECRET });
    await server.post(installationUpdate(personal, 'add'));
    connector.reset();
  });
  after(async () => {
    await server.stop();
    await connector.stop();
  });

  /** GET a link (its path) on the test server. */
  const open = (url: string) => fetch(`${server.url}${new URL(url).pathname}`);
  const auditRows = async () => (await server.rowCounts()).audit;

  it('"rapport" → card → "Lag rapport" → a link in personal chat', async () => {
    await server.post(message(personal, 'rapport'));
    const card = JSON.stringify(connector.cards(personalConversationId(ingrid)).at(-1) ?? {});
    assert.match(card, /"action":"report.request"/);
    await server.post(
      cardSubmit(personal, {
        action: 'report.request',
        preset: 'datoer',
        ...PERIOD,
        format: 'xlsx',
      }),
    );
    const answer = JSON.stringify(connector.cards(personalConversationId(ingrid)).at(-1) ?? {});
    link = present(/"url":"(http[^"]+\/api\/reports\/[^"]+)"/.exec(answer)?.[1], answer);
    const port = new URL(server.url).port;
    assert.ok(link.startsWith(`http://localhost:${port}/api/reports/`), link);
  });

  it('downloads the XLSX with its file name, counts only, and audits the download', async () => {
    const res = await open(link);
    assert.equal(res.status, 200, await res.clone().text());
    assert.equal(
      res.headers.get('content-disposition'),
      'attachment; filename="husly-rapport-2026-01-01-2026-06-30.xlsx"',
    );
    assert.match(res.headers.get('content-type') ?? '', /spreadsheetml/);
    assert.equal(res.headers.get('cache-control'), 'no-store');
    const bytes = Buffer.from(await res.arrayBuffer());
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
    assert.deepEqual(
      workbook.worksheets.map((w) => w.name),
      ['Indikatorer', 'Husbanken halvår', 'KOSTRA', 'Om rapporten'],
    );
    const text = bytes.toString('latin1');
    for (const r of DEMO_RESIDENTS) assert.ok(!text.includes(r.nationalId));
    const { prisma } = await server.db();
    const downloads = await prisma.auditEvent.findMany({
      where: { action: 'statistics.download', outcome: 'ok' },
    });
    assert.equal(downloads.length, 1);
    const staff = DEMO_STAFF.find((s) => s.persona === 'leder');
    const ingridRow = await prisma.staff.findFirst({ where: { aadObjectId: staff?.aadObjectId } });
    assert.equal(downloads[0]?.actorStaffId, ingridRow?.id);
  });

  it('refuses a tampered or a foreign link with 403, and writes nothing', async () => {
    const before = await auditRows();
    const token = link.split('/api/reports/')[1] ?? '';
    const [body = '', signature = ''] = token.split('.');
    const claims = JSON.parse(Buffer.from(body, 'base64url').toString('utf8'));
    const widened = Buffer.from(JSON.stringify({ ...claims, f: '2020-01-01' })).toString(
      'base64url',
    );
    const foreign = new ReportLinks('another-secret-entirely-0123456789', () => server.url, {
      now: () => new Date(),
    }).linkFor({ staffId: claims.s, tenantId: claims.t }, PERIOD, 'xlsx');
    for (const url of [
      `${server.url}/api/reports/${widened}.${signature}`,
      `${server.url}/api/reports/${body}.${signature.slice(0, -2)}AA`,
      `${server.url}/api/reports/not-a-token`,
      foreign,
    ]) {
      const res = await open(url);
      assert.equal(res.status, 403, url);
      assert.match(await res.text(), /Lenken til rapporten er ugyldig/);
      assert.match(res.headers.get('content-type') ?? '', /^text\/plain/);
    }
    assert.equal(await auditRows(), before);
  });

  it('refuses an expired link with 410, and writes nothing', async () => {
    const before = await auditRows();
    const claims = JSON.parse(
      Buffer.from(link.split('/api/reports/')[1]?.split('.')[0] ?? '', 'base64url').toString(),
    );
    const issuedLongAgo = new ReportLinks(SECRET, () => server.url, {
      now: () => new Date(Date.now() - REPORT_LINK_TTL_MS - 1000),
    }).linkFor({ staffId: claims.s, tenantId: claims.t }, PERIOD, 'csv');
    const res = await open(issuedLongAgo);
    assert.equal(res.status, 410);
    assert.match(await res.text(), /Lenken til rapporten er utløpt/);
    assert.equal(await auditRows(), before);
  });

  it('refuses a staff member who lost the role or left, after the link was made', async () => {
    const { prisma } = await server.db();
    const staff = DEMO_STAFF.find((s) => s.persona === 'leder');
    await prisma.staff.update({
      where: { aadObjectId: staff?.aadObjectId },
      data: { role: 'saksbehandler' },
    });
    const res = await open(link);
    assert.equal(res.status, 403);
    assert.match(await res.text(), /Du har ikke lenger tilgang til rapporten/);
    await prisma.staff.update({
      where: { aadObjectId: staff?.aadObjectId },
      data: { role: 'leder', deactivatedAt: new Date() },
    });
    const left = await open(link);
    assert.equal(left.status, 403);
    const refused = await prisma.auditEvent.findMany({
      where: { action: 'statistics.download', outcome: 'denied' },
    });
    assert.equal(refused.length, 2, 'each refusal is in the audit trail');
  });
});
