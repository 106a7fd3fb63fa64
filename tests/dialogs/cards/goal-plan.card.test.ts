import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { AdaptiveCard } from '../../../dialogs/cards/adaptive-card.ts';
import { en } from '../../../dialogs/texts/en.ts';
import { nb, type Texts } from '../../../dialogs/texts/nb.ts';
import { nn } from '../../../dialogs/texts/nn.ts';
import { validateAdaptiveCard } from '../../../scripts/lib/schemas.ts';
import { planCard } from '../../../dialogs/cards/goal-plan.cards.ts';
import { samplePlan, sampleCards } from '../card-samples.ts';

type Node = Readonly<Record<string, unknown>>;
const isNode = (v: unknown): v is Node => typeof v === 'object' && v !== null && !Array.isArray(v);
const nodesOf = (v: unknown): Node[] =>
  Array.isArray(v)
    ? v.flatMap(nodesOf)
    : isNode(v)
      ? [v, ...Object.values(v).flatMap(nodesOf)]
      : [];

/** What a part of a card shows, one line per text block (runs joined, facts "title: value"). */
function shownText(part: unknown): string {
  const lines: string[] = [];
  for (const n of nodesOf(part)) {
    if (n.type === 'TextBlock') lines.push(String(n.text));
    if (n.type === 'RichTextBlock' && Array.isArray(n.inlines))
      lines.push(n.inlines.map((r) => (isNode(r) ? String(r.text) : '')).join(''));
    if (n.type === 'FactSet' && Array.isArray(n.facts))
      for (const f of n.facts.filter(isNode)) lines.push(`${String(f.title)}: ${String(f.value)}`);
  }
  return lines.join('\n').replace(/\u00a0/g, ' ');
}

/** The card before anything is opened: its body without the hidden details. */
const top = (card: AdaptiveCard) =>
  shownText(card.body.filter((e) => !(e.type === 'Container' && e.isVisible === false)));
/** What "Vis detaljer" opens. */
const details = (card: AdaptiveCard) =>
  shownText(card.body.find((e) => e.type === 'Container' && e.id === 'plan-details'));
/** Every verb the card's buttons send. */
const verbs = (card: AdaptiveCard) =>
  nodesOf(card)
    .filter((n) => n.type === 'Action.Submit' && isNode(n.data))
    .map((n) => String((n.data as Node).action));

const samples = sampleCards();
const [whole, ownMeasures, closed, attached] = samples.planCard ?? [];
const card = (c: AdaptiveCard | undefined) => {
  assert.ok(c, 'the sample is there');
  return c;
};

describe('the målplan cards', () => {
  it('are valid Adaptive Cards 1.5 in every language (form, plan, changes, print)', () => {
    for (const texts of [nb, nn, en])
      for (const builder of ['planFormCard', 'planCard', 'planChangeCard', 'planPrintCard'])
        sampleCards(texts)[builder]?.forEach((c, i) =>
          assert.deepEqual(validateAdaptiveCard(c), [], `${texts.locale} ${builder}#${i}`),
        );
    assert.ok((samples.planChangeCard ?? []).length >= 7, 'a form for every change');
  });

  it("marks the resident's own words: what matters to her, and her goal beside the staff's", () => {
    const text = top(card(whole));
    assert.match(text, /^Hva er viktig for deg\n«Å bo nær barna mine» \(beboerens egne ord\)$/m);
    assert.match(
      text,
      /^Beholde boligen \(1\. juni 2027\)\nMed beboerens ord: «Jeg vil bli boende her»$/m,
    );
    // A goal without her words gets no such line.
    assert.doesNotMatch(text, /^Stabil økonomi\nMed beboerens ord/m);
  });

  it('puts each measure under its goal, the rest under «Andre tiltak», with who does it', () => {
    const text = top(card(whole));
    const at = (line: RegExp) => text.split('\n').findIndex((l) => line.test(l));
    const order = [
      at(/^Beholde boligen/),
      at(/^\*\*Nedbetalingsavtale\*\*/),
      at(/^Stabil økonomi$/),
      at(/^\*\*Arbeidstrening hos sosial entreprenør\*\*/),
      at(/^Andre tiltak$/),
      at(/^\*\*Bostøtte\*\*/),
    ];
    assert.ok(
      order.every((i) => i >= 0),
      JSON.stringify(order),
    );
    assert.deepEqual(
      [...order].sort((a, b) => a - b),
      order,
      'goal, its measure, goal, …',
    );
    // The resident carries out the first herself; an agency in the plan holds the second.
    assert.match(
      text,
      /Betale 1 000 kr ekstra hver måned \(omfang: 1 000 kr i måneden\) — ansvarlig: Beboeren$/m,
    );
    assert.match(
      text,
      /Arbeidstrening to dager i uka — ansvarlig: NAV, Jon Berg \(Kriminalomsorgen\)$/m,
    );
    assert.match(text, /^Sist evaluert: delvis nådd$/m);
  });

  it('names the municipality’s own measure types in the reader’s language, else in bokmål', () => {
    const label = (texts: Texts) => top(card(sampleCards(texts).planCard?.[0]));
    assert.match(label(nb), /\*\*Arbeidstrening hos sosial entreprenør\*\*/);
    assert.match(label(en), /\*\*Work training\*\*/);
    assert.match(label(nn), /\*\*Arbeidstrening hos sosial entreprenør\*\*/, 'no nynorsk label');
    const form = JSON.stringify(samples.planFormCard?.[1]);
    assert.match(
      form,
      /"title":"Arbeidstrening hos sosial entreprenør","value":"sosialt-entreprenorskap"/,
    );
    assert.match(form, /"title":"Bostøtte","value":"bostotte"/, 'the built-in ones stay');
  });

  it('shows status, coordinator, IP and its coordinator, level history and next evaluation', () => {
    const text = top(card(whole));
    for (const line of [
      /^Status: Aktiv$/m,
      /^Saksansvarlig: Kristin$/m,
      /^Neste evaluering: 15\. januar 2027$/m,
      /^Nivå i planen: 3 → 2$/m,
      /^Individuell plan \(IP\) · IP-koordinator: Kristin$/m,
      /^Overgang: 1\. desember 2026 – 28\. februar 2027, kontakt hver 7\. dag$/m,
    ])
      assert.match(text, line);
  });

  it('says what the plan still lacks to serve as an IP, one short label per point', () => {
    assert.match(
      top(card(whole)),
      /^Dette mangler for IP: planperiode \(fra og til\), samarbeid med andre instanser\.$/m,
    );
    // Not an IP and none needed: no checklist.
    const plain = planCard(
      nb,
      { ...samplePlan, plan: { ...samplePlan.plan, isIp: false, ipNeeded: false } },
      [],
    );
    assert.doesNotMatch(shownText(plain), /Dette mangler for IP|IP-koordinator:/);
    // Needed but not made an IP yet: the checklist, without the badge.
    const needed = planCard(nb, { ...samplePlan, plan: { ...samplePlan.plan, isIp: false } }, []);
    assert.match(top(needed), /^Dette mangler for IP: /m);
    assert.doesNotMatch(top(needed), /IP-koordinator:/);
  });

  it('lists participants in the details, and says which unit does not see the plan', () => {
    assert.doesNotMatch(top(card(whole)), /Siri Haugen|Jon Berg \(Kriminalomsorgen\) \(/);
    const text = details(card(whole));
    assert.match(text, /^Pårørende: Siri Haugen – søster$/m);
    assert.match(text, /^Ekstern instans: Jon Berg \(Kriminalomsorgen\) – kontaktbetjent$/m);
    assert.match(text, /^Enhet: Boligstiftelsen – ser ikke planen \(ikke i samtykket\)$/m);
    assert.match(text, /^Enhet: Psykisk helse og rus$/m, 'in the consent: no mark');
    assert.match(text, /^Samtykke: Gitt 1\. november 2026, deles med Psykisk helse og rus$/m);
    assert.match(text, /^25\. november 2026: Avtalen med utleier holder$/m);
    assert.match(text, /^delvis nådd: Beholde boligen$/m);
  });

  it('own measures only: no goals, no words of the resident, no participants, no actions', () => {
    const c = card(ownMeasures);
    const text = shownText(c);
    assert.match(text, /Du ser bare tiltakene du eller enheten din har ansvar for/);
    assert.match(text, /Arbeidstrening to dager i uka/);
    for (const hidden of [
      /Beholde boligen/,
      /Stabil økonomi/,
      /barna mine/,
      /søsteren/,
      /Siri Haugen/,
      /Betale 1 000 kr/,
      /Avtalen med utleier/,
      /Dette mangler for IP/,
      /^Mål$/m,
    ])
      assert.doesNotMatch(text, hidden);
    assert.deepEqual(verbs(c), ['plan.measureStatus'], 'its own measure’s status, nothing else');
  });

  it('a closed plan: its reason, no forms and no print; an attached one says so', () => {
    const c = card(closed);
    assert.match(top(c), /^Status: Avsluttet: annet$/m);
    assert.match(details(c), /^Merknad ved avslutning\nFlyttet til en annen kommune$/m);
    assert.equal(c.actions, undefined);
    assert.deepEqual(verbs(c), []);
    assert.doesNotMatch(top(c), /Neste evaluering|Dette mangler for IP/);
    assert.match(
      top(card(attached)),
      /^Personen hadde allerede en målplan\. Den følger nå denne saken\.$/m,
    );
    assert.doesNotMatch(top(card(whole)), /Personen hadde allerede/);
  });

  it('offers every change, and printing, to those who may change the plan', () => {
    assert.deepEqual(
      verbs(card(whole))
        .filter((v) => v !== 'plan.measureStatus')
        .sort(),
      [
        'plan.addGoal',
        'plan.addMeasure',
        'plan.addParticipant',
        'plan.close',
        'plan.details',
        'plan.evaluate',
        'plan.print',
        'plan.removeParticipant',
      ],
    );
    // The evaluation asks each goal's outcome, and the level now: chosen, never preset (a preset
    // left alone would record a change nobody decided), with the case's level beside it.
    const evaluate = JSON.stringify(
      nodesOf(card(whole)).find((n) => n.type === 'Action.ShowCard' && n.title === 'Evaluer'),
    );
    assert.match(evaluate, /"id":"goalOutcome\.g-1"/);
    assert.match(evaluate, /"id":"goalOutcome\.g-2"/);
    assert.match(evaluate, /"id":"evaluationLevel","label":"[^"]*Nivå 3[^"]*"[^}]*"value":""/);
    // A measure can be held by the resident or by a relative or agency in the plan.
    const measure = JSON.stringify(
      nodesOf(card(whole)).find(
        (n) => n.type === 'Action.ShowCard' && n.title === 'Legg til tiltak',
      ),
    );
    assert.match(measure, /"id":"measureResident"[^}]*"valueOn":"ja","valueOff":"nei"/);
    assert.match(
      measure,
      /"title":"Jon Berg \(Kriminalomsorgen\) – Ekstern instans","value":"pa-2"/,
    );
    assert.match(measure, /"title":"Siri Haugen – Pårørende","value":"pa-1"/);
    assert.doesNotMatch(measure, /"value":"pa-3"/, 'a unit is chosen as a unit, not a participant');
    assert.match(measure, /"title":"Beholde boligen","value":"g-1"/);
  });

  it('carries ids and codes only in button data: no names, no words of the resident', () => {
    for (const [builder, cards] of Object.entries(samples).filter(([b]) => /^plan/.test(b)))
      for (const c of cards)
        for (const n of nodesOf(c).filter((x) => isNode(x.data))) {
          const data = JSON.stringify(n.data);
          assert.doesNotMatch(
            data,
            /Kristin|Siri|Jon Berg|Kari|barna|boende|Beholde|søster|utleier holder/,
            `${builder}: ${data}`,
          );
        }
  });

  it('the print card opens the link it was given, and says it is short-lived', () => {
    const [print] = samples.planPrintCard ?? [];
    assert.deepEqual(card(print).actions, [
      {
        type: 'Action.OpenUrl',
        title: 'Åpne PDF',
        url: 'http://localhost:3978/api/plans/eyJ2IjoxfQ.c2lnbmF0dXJl',
      },
    ]);
    assert.match(shownText(print), /Lenken virker én gang, i 5 minutter/);
    assert.match(shownText(print), /ikke del den/);
  });

  it('the new-plan form keeps its optional part folded unless it holds something', () => {
    const [empty, refused] = samples.planFormCard ?? [];
    const more = (c: AdaptiveCard | undefined) =>
      nodesOf(c).find((n) => n.type === 'Container' && n.id === 'plan-more');
    assert.equal(more(empty)?.isVisible, false);
    assert.equal(more(refused)?.isVisible, true, 'a template chosen, a period refused');
    // Hidden inputs are still sent: every optional field is in the form.
    for (const id of ['resources', 'template', 'periodStart', 'periodEnd'])
      assert.ok(
        nodesOf(more(empty)).some((n) => n.id === id),
        id,
      );
    const text = shownText(refused);
    assert.match(
      text,
      /Velg minst én ansvarlig: beboeren selv, en enhet, en ansatt eller en deltaker\./,
    );
    assert.match(text, /Sluttdatoen må være etter startdatoen\./);
  });
});
