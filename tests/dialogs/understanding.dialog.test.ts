import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { describe, it } from 'node:test';
import type { Activity } from 'botbuilder';
import { en } from '../../dialogs/texts/en.ts';
import { nb, type Texts } from '../../dialogs/texts/nb.ts';
import { nn } from '../../dialogs/texts/nn.ts';
import { present } from '../helpers/assert-present.ts';
import { dialogHarness } from '../helpers/dialog-harness.ts';
import { draft } from '../fakes/concern-draft.ts';
import { FakePersonalChat } from '../fakes/fake-personal-chat.ts';

const CHANNEL = '19:nav@thread.tacv2';

const cardOf = (a: Partial<Activity>) => JSON.stringify(a.attachments?.[0]?.content ?? {});
/** The data of the card's buttons, in order. */
const buttons = (a: Partial<Activity>): Record<string, unknown>[] => {
  const found: Record<string, unknown>[] = [];
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(walk);
    if (!node || typeof node !== 'object') return;
    const o = node as Record<string, unknown>;
    if (o.type === 'Action.Submit') found.push(o.data as Record<string, unknown>);
    Object.values(o).forEach(walk);
  };
  walk(a.attachments?.[0]?.content);
  return found;
};

/** The small municipality with case 2026-0001 (arrears, routed to NAV). */
async function withCase() {
  const h = await dialogHarness();
  await h
    .chat('boligSaks')
    .send(h.submit({ action: 'concern.submit', submissionId: randomUUID(), ...draft() }))
    .assertReply((a) => assert.match(a.text ?? '', /registrert i sak 2026-0001/))
    .startTest();
  return h;
}

describe('tasks started from what staff write (personal chat)', () => {
  it('starts each task from a paraphrase, with the case it names', async () => {
    const { chat, say } = await withCase();
    await chat('navSaks')
      .send(say('Hvem er det som følger opp saken 2026-0001?'))
      .assertReply((a) => assert.match(cardOf(a), /2026-0001/))
      .send(say('kva fristar har eg i sak 2026-0001'))
      .assertReply((a) => assert.match(cardOf(a) + (a.text ?? ''), /2026-0001/))
      .send(say('jeg vil lage en målplan for 2026-0001'))
      .assertReply((a) => assert.match(cardOf(a), /Målplan/i))
      .send(say('sakene mine'))
      .assertReply((a) => assert.match(cardOf(a), /Mine saker/))
      .startTest();
  });

  it('opens the concern form from "bekymring for Kari Nordmann", name filled in', async () => {
    const { chat, say } = await dialogHarness();
    await chat('navSaks')
      .send(say('jeg har en bekymring for Kari Nordmann, hun har fått varsel'))
      .assertReply((a) => assert.match(cardOf(a), /"value":"Kari Nordmann"/))
      .send(say('Jeg vil melde en bekymring'))
      .assertReply((a) => assert.doesNotMatch(cardOf(a), /Kari Nordmann/))
      .startTest();
  });

  it('answers greetings and thanks kindly, by first name', async () => {
    const { chat, say } = await dialogHarness();
    await chat('navSaks')
      .send(say('hei'))
      .assertReply(nb.understanding.greeting('navSaks'))
      .send(say('tusen takk!'))
      .assertReply(nb.understanding.thanks)
      .startTest();
  });

  it('asks "Mente du …?" when unsure, and the button starts the task with the case', async () => {
    const { chat, say, submit } = await withCase();
    let offered: Record<string, unknown>[] = [];
    await chat('navSaks')
      .send(say('frister og plan 2026-0001'))
      .assertReply((a) => {
        assert.match(cardOf(a), /Mente du/);
        offered = buttons(a);
      })
      .startTest();
    assert.equal(offered.length, 3, 'the two likeliest tasks and "none of these"');
    for (const data of offered.slice(0, 2)) assert.equal(data.argument, '2026-0001');
    assert.ok(
      offered.some((d) => d.task === 'showPlan' || d.task === 'startPlan'),
      'a plan',
    );
    const deadlines = present(
      offered.find((d) => d.task === 'reminders'),
      'the deadlines',
    );
    await chat('navSaks')
      .send(submit(deadlines))
      .assertReply((a) => assert.match(cardOf(a), /Oppfølgingsplan for sak 2026-0001/))
      .startTest();
  });

  it('shows the tasks when it understands nothing; a task button asks for the case', async () => {
    const { chat, say, submit } = await withCase();
    let startPlan: Record<string, unknown> | undefined;
    await chat('navSaks')
      .send(say('kan du bestille pizza'))
      .assertReply((a) => {
        assert.match(cardOf(a), /Det forstod jeg ikke helt/);
        startPlan = buttons(a).find((d) => d.task === 'startPlan');
      })
      .startTest();
    await chat('navSaks')
      .send(submit(present(startPlan, 'the start-plan button')))
      .assertReply((a) => assert.match(cardOf(a), /Start målplan: hvilken sak gjelder det\?/))
      .send(submit({ action: 'task.start', task: 'startPlan', argument: ' 2026-0001 ' }))
      .assertReply((a) => assert.match(cardOf(a), /2026-0001/))
      .startTest();
  });

  it('closes a used "Mente du …?" or "which case?" card; the help card stays a menu', async () => {
    const { chat, submit } = await withCase();
    const adapter = chat('navSaks');
    const updates: Partial<Activity>[] = [];
    adapter.updateActivity = (_context, activity) => {
      updates.push(activity);
      return Promise.resolve();
    };
    const press = (once: boolean) => ({
      ...submit({ action: 'task.start', task: 'reminders', argument: '2026-0001', once }),
      replyToId: once ? 'mente-du-card' : 'help-card',
    });
    await adapter
      .send(press(true))
      .assertReply((a) => assert.match(cardOf(a), /Oppfølgingsplan for sak 2026-0001/))
      .send(press(false))
      .assertReply((a) => assert.match(cardOf(a), /Oppfølgingsplan for sak 2026-0001/))
      .startTest();
    const updated = updates.map((a) => ({ id: a.id, card: cardOf(a) }));
    assert.deepEqual(
      updated.map((u) => u.id),
      ['mente-du-card'],
    );
    assert.match(updated[0]?.card ?? '', /Valgt: Påminnelser/);
  });

  it('refuses a forged task button like any bad card data', async () => {
    const { chat, submit, husly } = await withCase();
    const before = JSON.stringify(husly.state.cases);
    await chat('navSaks')
      .send(submit({ action: 'task.start', task: 'deleteEverything', argument: '2026-0001' }))
      .assertReply((a) => assert.match(a.text ?? '', /kunne ikke lese|forstod/))
      .send(submit({ action: 'task.start', task: 'take', argument: 'x'.repeat(500) }))
      .assertReply((a) => assert.match(a.text ?? '', /kunne ikke lese|forstod/))
      .startTest();
    assert.equal(JSON.stringify(husly.state.cases), before, 'nothing changed');
  });

  it('offers "Ta saken" from a paraphrase instead of taking the case', async () => {
    const { chat, say, husly } = await withCase();
    await chat('navSaks')
      .send(say('jeg kan ta ansvaret for 2026-0001 jeg'))
      .assertReply((a) => {
        assert.deepEqual(buttons(a)[0], {
          action: 'task.start',
          task: 'take',
          argument: '2026-0001',
          once: true,
        });
      })
      .startTest();
    assert.equal(present(husly.state.cases[0], 'the case').coordinatorId, null, 'not taken');
  });
});

describe('in a channel', () => {
  it('asks "Mente du …?" in personal chat: its buttons repeat what was typed', async () => {
    const personalChat = new FakePersonalChat();
    const h = await dialogHarness({ services: { personalChat } });
    await h
      .inChannel('navSaks', CHANNEL)
      .send(h.mention('Kari Nordmann', CHANNEL))
      .assertReply((a) => {
        assert.doesNotMatch(JSON.stringify(a), /Kari Nordmann|Mente du/);
        assert.match(a.text ?? '', /personlig/);
      })
      .startTest();
    assert.match(JSON.stringify(personalChat.sent), /Mente du/);
  });
});

describe('a message longer than any request', () => {
  it('is not read word by word: Husly asks for it shorter', async () => {
    const { chat, say } = await dialogHarness();
    await chat('navSaks')
      .send(say('Kari Nordmann '.repeat(100)))
      .assertReply(nb.understanding.tooLong)
      .startTest();
  });
});

describe('the language follows the Teams locale', () => {
  it('answers in nynorsk, English or bokmål, and understands each', async () => {
    const { chat, say } = await withCase();
    const inLocale = (text: string, locale: string) => ({ ...say(text), locale });
    const intro = (t: Texts) => JSON.stringify(t.help.intro).slice(1, 40);
    assert.notEqual(intro(nn), intro(nb), 'the nynorsk text differs from the bokmål');
    await chat('navSaks')
      .send(inLocale('hjelp', 'nn-NO'))
      .assertReply((a) => assert.ok(cardOf(a).includes(intro(nn))))
      .send(inLocale('help', 'en-US'))
      .assertReply((a) => assert.ok(cardOf(a).includes(intro(en))))
      .send(inLocale('hjelp', 'nb-NO'))
      .assertReply((a) => assert.ok(cardOf(a).includes(intro(nb))))
      .send(inLocale('hello', 'en-GB'))
      .assertReply(en.understanding.greeting('navSaks'))
      .send(inLocale('kven fylgjer opp saka 2026-0001', 'nn-NO'))
      .assertReply((a) => assert.match(cardOf(a), /2026-0001/))
      .startTest();
  });
});
