import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { sharedUnderstander } from '../../../dialogs/understanding/shared-understander.ts';
import type { Understander, Understanding } from '../../../dialogs/understanding/understand.ts';

const TODAY = '2026-11-26';
let understander: Understander;
before(async () => {
  understander = await sharedUnderstander();
});
const understand = (text: string) => understander.understand(text, TODAY);

/** The task started, or fails with what Husly did instead. */
function started(result: Understanding) {
  assert.equal(result.kind, 'task', JSON.stringify(result));
  return result.kind === 'task' ? result.command : assert.fail();
}

describe('understanding what staff write', () => {
  it('starts each everyday phrasing from the newcomer test, with its case', async () => {
    const cases: [string, string, string][] = [
      ['Jeg vil melde en bekymring', 'newConcern', ''],
      ['jeg har en bekymring', 'newConcern', ''],
      ['hva kan du hjelpe meg med?', 'help', ''],
      ['meny', 'help', ''],
      ['mine åpne saker', 'myCases', ''],
      ['sakene mine', 'myCases', ''],
      ['kommende frister', 'reminders', ''],
      ['frister for 2026-0001', 'reminders', '2026-0001'],
      ['2026-0001 er betalt', 'arrearsPaid', '2026-0001'],
      ['sett nivå 2026-0001', 'classify', '2026-0001'],
      ['who owns 2026-0001', 'whoOwns', '2026-0001'],
      ['hvem har ansvaret for 2026-0001', 'whoOwns', '2026-0001'],
      ['hvem følger opp 2026-0001', 'whoOwns', '2026-0001'],
      ['hvem er saksbehandler på 2026-0001', 'whoOwns', '2026-0001'],
    ];
    for (const [text, id, argument] of cases)
      assert.deepEqual(started(await understand(text)), { id, argument }, text);
  });

  it('understands nynorsk and English, typos and missing æøå', async () => {
    const cases: [string, string][] = [
      ['kven fylgjer opp saka 2026-0004', 'whoOwns'],
      ['kva fristar har eg denne veka', 'reminders'],
      ['eg vil lage ein målplan for 2026-0004', 'startPlan'],
      ['show me my cases', 'myCases'],
      ['I want to report a concern about a tenant', 'newConcern'],
      ['vis paminnelser', 'reminders'],
      ['jeg vil melde en bekymirng', 'newConcern'],
      ['hjlep', 'help'],
    ];
    for (const [text, id] of cases) assert.equal(started(await understand(text)).id, id, text);
  });

  it('lets a case reference win over a name, and carries names and numbers as typed', async () => {
    assert.deepEqual(started(await understand('hvem eier saken til Per Hansen, 2026-0004?')), {
      id: 'whoOwns',
      argument: '2026-0004',
    });
    assert.deepEqual(started(await understand('hvem følger opp 109101 74148')), {
      id: 'whoOwns',
      argument: '10910174148',
    });
    assert.deepEqual(
      started(await understand('jeg har en bekymring for Ola Nordmann som har fått varsel')),
      { id: 'newConcern', argument: 'Ola Nordmann' },
    );
  });

  it('keeps a name whole: a capitalised word is never read as a typo', async () => {
    // "Lund" is one letter from "land", "Moen" from "noen": cut off, the lookup finds the wrong
    // person (red-team review).
    assert.deepEqual(started(await understand('hvem følger opp Kari Nordmann Lund?')), {
      id: 'whoOwns',
      argument: 'Kari Nordmann Lund',
    });
    assert.deepEqual(
      started(await understand('jeg lurer på hvem som har ansvaret for Anne Moen Foss')),
      { id: 'whoOwns', argument: 'Anne Moen Foss' },
    );
  });

  it('answers greetings and thanks as small talk', async () => {
    for (const text of ['hei', 'god morgen!', 'hallo husly'])
      assert.deepEqual(await understand(text), { kind: 'smallTalk', which: 'greeting' }, text);
    for (const text of ['takk', 'tusen takk!', 'thanks'])
      assert.deepEqual(await understand(text), { kind: 'smallTalk', which: 'thanks' }, text);
  });

  it('says it did not understand when nothing is close', async () => {
    for (const text of ['asdfgh qwerty', 'kan du bestille pizza', 'hva er klokka'])
      assert.deepEqual(await understand(text), { kind: 'unknown' }, text);
  });

  it('asks "Mente du …?" with the two likeliest tasks, each carrying the case', async () => {
    // Between a plan and a case: the model is not sure which is meant.
    const result = await understander
      .withThresholds({ start: 1.01, suggest: 0.25 })
      .understand('plan og frister for 2026-0004', TODAY);
    assert.equal(result.kind, 'unsure');
    const candidates = result.kind === 'unsure' ? result.candidates : [];
    assert.equal(candidates.length, 2);
    for (const c of candidates) assert.equal(c.argument, '2026-0004', c.id);
    assert.ok(candidates.some((c) => c.id === 'startPlan' || c.id === 'showPlan'));
  });

  it('never takes a case or links a channel from a paraphrase: it offers the button', async () => {
    const take = await understand('jeg kan ta ansvaret for 2026-0006 jeg');
    assert.deepEqual(take, { kind: 'unsure', candidates: [{ id: 'take', argument: '2026-0006' }] });
    assert.deepEqual(started(await understand('ta saken 2026-0006')), {
      id: 'take',
      argument: '2026-0006',
    });
  });

  it('shows the routing from a sentence, but changes it only from the exact command', async () => {
    assert.deepEqual(started(await understand('hvor går nye restansesaker til nav-bolig')), {
      id: 'routing',
      argument: '',
    });
  });
});
