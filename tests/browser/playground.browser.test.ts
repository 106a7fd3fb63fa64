import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import { chromium, type Browser } from 'playwright-core';
import { holdRemindersOfOtherCases } from '../helpers/hold-other-reminders.ts';
import { startTestServer, tempDatabase, type TestServer } from '../helpers/husly-server.ts';
import { startPlayground, type Playground } from '../helpers/playground.ts';
import { localDate } from '../../src/domain/common/local-date.ts';

/** Debian's chromium; .ci/run installs it. The test fails (never skips) without it. */
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

describe('in the Agents Playground, as the demo caseworker', () => {
  const logs = tempDatabase();
  let server: TestServer;
  let playground: Playground;
  let browser: Browser;

  before(async () => {
    // As `npm start` in development: bokmål, although the playground reports en-US.
    server = await startTestServer({ HUSLY_LOCALE: '' });
    playground = await startPlayground(server.url, logs.dir);
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        '--disable-quic',
      ],
    });
  });
  after(async () => {
    await browser?.close();
    await playground?.stop();
    await server?.stop();
    logs.cleanup();
  });

  it('is welcomed by name, types "hjelp" and sees the help card rendered', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(playground.url);
    // Opening the page installs the app: Husly greets with its help card.
    const cards = page.locator('.ac-adaptiveCard');
    await cards.filter({ hasText: 'Hei, Kristin!' }).first().waitFor({ timeout: 20_000 });

    // The compose box is a Lexical editor (contenteditable, role textbox, no accessible name).
    const compose = page.locator('[data-lexical-editor="true"][role="textbox"]');
    await compose.click();
    await page.keyboard.type('hjelp');
    await page.keyboard.press('Enter');
    await page.waitForFunction(
      () => document.querySelectorAll('.ac-adaptiveCard').length >= 2,
      undefined,
      { timeout: 15_000 },
    );
    const latest = cards.last();
    assert.match(await latest.innerText(), /Dette kan Husly hjelpe deg med/);
    assert.match(await latest.innerText(), /avbryt/);
    assert.doesNotMatch(
      await latest.innerText(),
      /Hei, Kristin!/,
      'this is the answer to "hjelp", not the welcome',
    );
    mkdirSync('test-results', { recursive: true });
    await page.screenshot({ path: 'test-results/playground-help.png' });
    await page.close();
  });

  it('registers a concern by filling in the rendered card', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 1600 } });
    await page.goto(playground.url);
    // Husly is already installed from the first test, so no welcome this time: wait for the
    // compose box.
    const compose = page.locator('[data-lexical-editor="true"][role="textbox"]');
    await compose.waitFor({ timeout: 20_000 });
    await compose.click();
    await page.keyboard.type('ny bekymring');
    await page.keyboard.press('Enter');
    const form = page.locator('.ac-adaptiveCard', { hasText: 'Meld bekymring' }).last();
    await form.waitFor({ timeout: 15_000 });

    // synthetic (month + 80)
    await form.getByLabel('Fødselsnummer eller D-nummer').fill('239145 31519');
    await form.getByLabel(/^Navn/).fill('Per Prøvesen');
    await form.getByRole('combobox', { name: /^Hvem meldte bekymringen/ }).click();
    await page.getByRole('option', { name: 'En annen tjeneste' }).click();
    await form.getByRole('combobox', { name: 'Kategori' }).click();
    await page
      .getByRole('option', {
        name: /Står i fare for å miste boligen: boutgifter i misforhold til inntekt/,
      })
      .click();
    await form.getByRole('checkbox', { name: 'Annet' }).check();
    await form
      .getByLabel(/^Beskrivelse \(taushetsbelagt/)
      .fill('Har sagt opp jobben og har ikke råd til husleien.');
    // Consent names the units that may read the description (and how it was given).
    await form.getByText(/^Samtykke fra personen/).click();
    await form.getByRole('combobox', { name: /^Enheter personen har samtykket/ }).click();
    // The multi-select opens as a list of checkboxes at the end of the page (the channel list
    // also has the name).
    await page.getByText('NAV boligsosialt team', { exact: true }).last().click();
    await page.keyboard.press('Escape');
    await form.getByText('Skriftlig', { exact: true }).click();
    await form.getByText('Ja', { exact: true }).click();
    await form.getByRole('button', { name: 'Send bekymring' }).click();

    const receipt = page
      .locator('p')
      .filter({ hasText: /Bekymringen er registrert i sak \d{4}-\d{4}/ });
    await receipt.first().waitFor({ timeout: 15_000 });
    await page.screenshot({ path: 'test-results/playground-concern.png' });
    const reference = /sak (\d{4}-\d{4})/.exec(await receipt.first().innerText())![1];
    const { prisma } = await server.db();
    const kase = await prisma.case.findUnique({
      where: { reference },
      include: { concerns: true, owningUnit: true, consents: true },
    });
    assert.equal(kase?.concerns.length, 1);
    assert.equal(kase?.concerns[0]?.sharingBasis, 'samtykke');
    const nav = await prisma.unit.findUnique({ where: { key: 'nav-bolig' } });
    assert.deepEqual(
      kase?.consents.map((c) => [JSON.parse(c.unitIds), c.form, c.source]),
      [[[nav!.id], 'skriftlig', 'concern']],
      'the consent is a record on the case',
    );
    assert.equal(kase?.concerns[0]?.consentId, kase?.consents[0]?.id);
    assert.equal(kase?.subcategory, 'hoye-boutgifter');
    // Kristin works in NAV and suggested nivå 1 without anything acute or legal: Kongsvinger's
    // rule keeps the case in her own unit, and the receipt says why.
    assert.equal(kase?.owningUnit.key, 'nav-bolig', 'nivå 1 stays with the reporting unit');
    await page
      .getByText(/Saken eies av din enhet \(nivå 1/)
      .first()
      .waitFor({ timeout: 5_000 });
    await page.close();
  });

  it(
    'opening NAV’s channel shows the acute case with "Ta saken"; ' +
      '"@Husly ta saken" there takes it and the card says so',
    async () => {
      const page = await browser.newPage({ viewport: { width: 1280, height: 1400 } });
      await page.goto(playground.url);
      await page.locator('[data-lexical-editor="true"][role="textbox"]').waitFor({
        timeout: 20_000,
      });
      // The demo links NAV boligsosialt team to this channel; opening it installs Husly there,
      // which posts the unit's cases nobody has taken: the acute one, owner facts only.
      await page.getByText('NAV boligsosialt team', { exact: true }).first().click();
      const acute = page.locator('.ac-adaptiveCard', { hasText: 'Akutt: sak 2026-0006' });
      await acute.first().waitFor({ timeout: 15_000 });
      const text = await acute.first().innerText();
      assert.match(text, /Uten tak over hodet i natt – sosialtjenesteloven § 27/);
      assert.doesNotMatch(text, /Sindre|Holm/, 'no name in the channel');
      await page
        // The acute case, and the nivå 1 case Kristin registered above (it stays in NAV).
        .getByText(/2 saker uten saksansvarlig er lagt ut her/)
        .first()
        .waitFor({ timeout: 15_000 });

      // "@Husly ta saken 2026-0006" in a new post: pick Husly in the mention list, then the text.
      // The first editor in a channel is "Start a new post"; each post has its own reply box.
      await page.locator('[data-lexical-editor="true"][role="textbox"]').first().click();
      await page.keyboard.type('@Hus');
      await page.getByRole('menuitem', { name: 'Husly' }).click({ timeout: 5_000 });
      await page.keyboard.type(' ta saken 2026-0006');
      await page.getByRole('button', { name: 'Post' }).click();
      await page
        .getByText('Kristin Nordvik er nå saksansvarlig for sak 2026-0006.')
        .first()
        .waitFor({ timeout: 15_000 });
      await page
        .locator('.ac-adaptiveCard', { hasText: 'Tatt av Kristin Nordvik' })
        .first()
        .waitFor({ timeout: 15_000 });
      assert.equal(
        await acute.getByRole('button', { name: 'Ta saken' }).count(),
        0,
        'the card was redrawn without "Ta saken"',
      );
      await page.screenshot({ path: 'test-results/playground-channel-take.png' });
      const { prisma } = await server.db();
      const kase = await prisma.case.findUnique({
        where: { reference: '2026-0006' },
        include: { coordinator: true },
      });
      assert.equal(kase?.coordinator?.name, 'Kristin Nordvik');
      await page.close();
    },
  );

  it('a due reminder appears in the chat, and "Utført" updates the card in place', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 1400 } });
    const pageErrors: string[] = [];
    page.on('pageerror', (e) => pageErrors.push(String(e)));
    await page.goto(playground.url);
    await page.locator('[data-lexical-editor="true"][role="textbox"]').waitFor({ timeout: 20_000 });

    // Kristin coordinates demo case 2026-0001; its "two weeks to eviction" checkpoint is made due
    // now (as a legal deadline today, so the test does not depend on the hour), and one tick
    // sends it.
    const { prisma } = await server.db();
    const kase = await prisma.case.findUnique({ where: { reference: '2026-0001' } });
    let row = null;
    for (let i = 0; i < 100 && !row; i++) {
      row = await prisma.reminderOutbox.findFirst({ where: { caseId: kase!.id, kind: 'F-14' } });
      if (!row) await new Promise((r) => setTimeout(r, 50));
    }
    assert.ok(row, 'the demo case has its F-14 checkpoint queued');
    await holdRemindersOfOtherCases(prisma, '2026-0001');
    await prisma.reminderOutbox.update({
      where: { key: row.key },
      data: {
        status: 'pending',
        nextAttemptAt: new Date(Date.now() - 1000).toISOString(),
        basis: 'law',
        dueDate: localDate(new Date(), 'Europe/Oslo'),
      },
    });
    await server.tickReminders();

    const title = 'Påminnelse – sak 2026-0001';
    const card = page.locator('.ac-adaptiveCard', { hasText: title }).last();
    await card.waitFor({ timeout: 15_000 });
    assert.match(await card.innerText(), /To uker til utkastelse/);
    await card.getByRole('button', { name: 'Utført' }).click();
    await page
      .locator('.ac-adaptiveCard', { hasText: 'Utført av Kristin Nordvik' })
      .first()
      .waitFor({ timeout: 15_000 });
    await page.screenshot({ path: 'test-results/playground-reminder-done.png' });
    const done = await prisma.reminderOutbox.findUnique({ where: { key: row.key } });
    assert.equal(done?.status, 'sent');
    assert.ok(done?.doneAt, 'done recorded');
    assert.equal(
      await page.getByRole('button', { name: 'Utført' }).count(),
      0,
      'no "Utført" left on the updated card',
    );
    assert.deepEqual(pageErrors, [], 'the press raised no error in the client');
    await page.close();
  });
});
