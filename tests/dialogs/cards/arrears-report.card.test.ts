import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  ARREARS_SUBMIT,
  arrearsReportCard,
  arrearsReportSentCard,
} from '../../../dialogs/cards/arrears-report.card.ts';
import { nb } from '../../../dialogs/texts/nb.ts';
import { validateAdaptiveCard } from '../../../scripts/lib/schemas.ts';
import { ARREARS_FIELDS } from '../../../src/domain/concern/arrears-report.ts';
import { sampleCards } from '../card-samples.ts';

const SUBMISSION = '0b5f7a52-4c1e-4a43-9a1e-6f1d2b3c4d5e';

describe('the restansemelding cards', () => {
  it('are valid Adaptive Cards 1.5, every sample', () => {
    const samples = sampleCards();
    const cards = [...(samples.arrearsReportCard ?? []), ...(samples.arrearsReportSentCard ?? [])];
    assert.ok(cards.length >= 3);
    for (const card of cards) assert.deepEqual(validateAdaptiveCard(card), []);
  });

  it('asks for every field, with the choices for reminder, landlord and consent clause', () => {
    const card = arrearsReportCard(nb, { submissionId: SUBMISSION });
    const inputs = JSON.stringify(card.body);
    for (const field of ARREARS_FIELDS) assert.match(inputs, new RegExp(`"id":"${field}"`));
    for (const value of ['ingen', 'purring', 'inkassovarsel', 'kommunal', 'privat', 'ja', 'nei'])
      assert.match(inputs, new RegExp(`"value":"${value}"`));
    assert.deepEqual(card.actions, [
      {
        type: 'Action.Submit',
        title: 'Send restansemelding',
        data: { action: 'arrears.submit', submissionId: SUBMISSION },
      },
    ]);
    assert.ok(ARREARS_SUBMIT.schema.safeParse({ submissionId: SUBMISSION }).success);
    assert.ok(!ARREARS_SUBMIT.schema.safeParse({ submissionId: 'not-a-uuid' }).success);
  });

  it('comes back with the values and a message under each refused field', () => {
    const card = JSON.stringify(
      arrearsReportCard(nb, {
        submissionId: SUBMISSION,
        values: { nationalId: '1234', amount: 'mye', consentClause: 'nei' },
        errors: {
          nationalId: 'NATIONAL_ID.LENGTH',
          amount: 'AMOUNT_RANGE',
          consentClause: 'NO_CONSENT_CLAUSE',
        },
      }),
    );
    assert.match(card, /Noe må rettes/);
    assert.match(card, /Fødselsnummeret må ha 11 sifre\./);
    assert.match(card, /Skriv et helt beløp i kroner/);
    assert.match(card, /Uten samtykkeklausul i leiekontrakten/);
    assert.match(card, /"value":"mye"/);
  });

  it('the sent card carries the reference and owner only, and no button', () => {
    const card = arrearsReportSentCard(nb, {
      reference: '2026-0007',
      unitName: 'NAV boligsosialt team',
      coordinator: 'Nina',
    });
    assert.equal(card.actions, undefined);
    assert.match(JSON.stringify(card), /Sendt – registrert i sak 2026-0007\..*NAV boligsosialt/s);
  });
});
