import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { describe, it } from 'node:test';
import type { Activity } from 'botbuilder';
import { nb } from '../../dialogs/texts/nb.ts';
import { present } from '../helpers/assert-present.ts';
import { dialogHarness } from '../helpers/dialog-harness.ts';
import { draft } from '../fakes/concern-draft.ts';
import { TENANT } from '../fakes/org-fixture.ts';

const NOT_FOUND = nb.errors['CASE.NOT_FOUND'];

/** The whole bot on in-memory repositories; each person in their own personal chat. */
async function bot() {
  const { husly, chat, submit } = await dialogHarness();
  const execute = (verb: string, data: unknown): Partial<Activity> => ({
    type: 'invoke',
    name: 'adaptiveCard/action',
    value: { action: { type: 'Action.Execute', verb, data } },
    channelData: { tenant: { id: TENANT } },
  });
  /** Case data and the audit trail: a refused payload reaches no service, so neither changes. */
  const snapshot = () =>
    JSON.stringify([husly.state.cases, husly.state.concerns, husly.state.audit.length]);
  return { husly, chat, submit, execute, snapshot };
}

/** The text of an Action.Execute answer (a message instead of a card). */
const invokeMessage = (a: Partial<Activity>): unknown =>
  (a.value as { body?: { value?: unknown } } | undefined)?.body?.value;

describe('forged card payloads get a clear message and change nothing', () => {
  it('Action.Submit: too long or wrong-type fields, prototype keys and unknown verbs', async () => {
    const { husly, chat, submit, snapshot } = await bot();
    // The landlord reports the arrears: routed to NAV, whose coordinator closes it below.
    await chat('boligSaks')
      .send(submit({ action: 'concern.submit', submissionId: randomUUID(), ...draft() }))
      .assertReply((a) => assert.match(a.text ?? '', /registrert i sak 2026-0001/))
      .startTest();
    const kase = present(husly.state.cases[0], 'the case');
    const close = { action: 'resolution.close', caseId: kase.id, reason: 'flyttet' };
    const before = snapshot();
    const forged: [unknown, string][] = [
      [{ ...close, caseId: kase.id + 'x'.repeat(64) }, NOT_FOUND],
      [{ ...close, caseId: [kase.id] }, NOT_FOUND],
      [{ ...close, caseId: undefined }, NOT_FOUND],
      [{ ...close, reason: 42 }, nb.errors['RESOLUTION.REASON_REQUIRED']],
      [{ ...close, reason: 'fordi' }, nb.errors['RESOLUTION.REASON_REQUIRED']],
      // An own "__proto__" key (as JSON.parse makes it) is just a field: it holds no caseId.
      [
        JSON.parse(
          `{"action":"resolution.close","reason":"flyttet","__proto__":{"caseId":"${kase.id}"}}`,
        ),
        NOT_FOUND,
      ],
      // An inherited caseId is no field of the card's data either.
      [
        Object.assign(Object.create({ caseId: kase.id }) as object, {
          action: 'resolution.close',
          reason: 'flyttet',
        }),
        NOT_FOUND,
      ],
      [
        { action: 'classification.submit', caseId: kase.id, level: 3, category: 'x', reason: 'r' },
        nb.errors['CLASSIFICATION.INVALID'],
      ],
      [{ action: 'concern.submit', ...draft(), nationalId: 12879343745 }, nb.cardInvalid],
      [
        { action: 'lookup.purpose', lookupId: 'x'.repeat(65), purpose: 'annet' },
        nb.errors['LOOKUP.EXPIRED'],
      ],
      [{ action: 'case.delete', caseId: kase.id }, nb.unknownCommand],
      [{ action: '__proto__' }, nb.unknownCommand],
      [{ action: 'constructor' }, nb.unknownCommand],
    ];
    const navKoord = chat('navKoord');
    for (const [value, expected] of forged)
      await navKoord.send(submit(value)).assertReply(expected).startTest();
    assert.equal(snapshot(), before, 'no case, concern or audit event changed');
    await navKoord
      .send(submit(close))
      .assertReply((a) => assert.match(a.text ?? '', /Sak 2026-0001 er avsluttet/))
      .startTest();
    assert.equal(present(husly.state.cases[0], 'the case').status, 'closed', 'the route works');
  });

  it('Action.Execute: forged ids, a snooze no card offers, and an unknown verb', async () => {
    const { husly, chat, submit, execute, snapshot } = await bot();
    // The landlord reports the arrears: routed to NAV, whose coordinator closes it below.
    await chat('boligSaks')
      .send(submit({ action: 'concern.submit', submissionId: randomUUID(), ...draft() }))
      .assertReply(() => {})
      .startTest();
    const kase = present(husly.state.cases[0], 'the case');
    const before = snapshot();
    const forged: [string, unknown, string][] = [
      ['case.take', { caseId: 42 }, NOT_FOUND],
      ['case.take', { caseId: kase.id.repeat(3) }, NOT_FOUND],
      ['case.take', undefined, NOT_FOUND],
      ['reminder.done', { reminderKey: 'x'.repeat(301) }, nb.errors['REMINDER.NOT_FOUND']],
      [
        'reminder.snooze',
        { reminderKey: `case:${kase.id}:D3`, field: 'snooze-0', 'snooze-0': '999' },
        nb.errors['REMINDER.NOT_FOUND'],
      ],
      [
        'reminder.snooze',
        { reminderKey: 'k', field: 'constructor' },
        nb.errors['REMINDER.NOT_FOUND'],
      ],
      ['handover.accept', { proposalId: 42 }, nb.errors['HANDOVER.PROPOSAL_NOT_FOUND']],
      [
        'handover.decline',
        { proposalId: 'x'.repeat(65), reason: 'Nei' },
        nb.errors['HANDOVER.PROPOSAL_NOT_FOUND'],
      ],
      [
        'levelreview.take',
        { proposalId: 'never-issued' },
        nb.errors['HANDOVER.PROPOSAL_NOT_FOUND'],
      ],
      ['case.delete', { caseId: kase.id }, nb.unknownCommand],
      ['toString', {}, nb.unknownCommand],
    ];
    const navKoord = chat('navKoord');
    for (const [verb, data, expected] of forged)
      await navKoord
        .send(execute(verb, data))
        .assertReply((a) => assert.equal(invokeMessage(a), expected, verb))
        .startTest();
    assert.equal(snapshot(), before, 'no case, concern or audit event changed');
    assert.equal(present(husly.state.cases[0], 'the case').coordinatorId, null, 'not taken');
  });
});
