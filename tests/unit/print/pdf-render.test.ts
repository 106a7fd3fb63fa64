import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { printable, renderPdf } from '../../../src/print/pdf-render.ts';
import type { PrintDocument, PrintSection } from '../../../src/print/print-document.ts';
import { pdfText, readPdf } from '../../helpers/pdf-text.ts';

const CREATED_AT = new Date('2026-11-27T08:00:00Z');
/** One sentence of invented background, repeated into paragraphs long enough to fill a page. */
const SENTENCE =
  'Beboeren ønsker å bli boende i leiligheten på Åsgårdstrand og har selv foreslått en ' +
  'nedbetalingsplan for restansen. ';

/** A målplan for an invented resident, two pages long. */
const PLAN: PrintDocument = {
  title: 'Målplan',
  subtitle: ['Sak 2026-0004', 'Beboer: Åse Ærlig Østby', 'Periode 01.12.2026–31.05.2027'],
  sections: [
    {
      heading: 'Hva er viktig for deg?',
      blocks: [
        {
          kind: 'paragraph',
          text: 'Å få bo i trygghet med barna – «hjemme» er her, sier Åse. Café på Ærø.',
          note: 'Beboerens egne ord',
        },
      ],
    },
    {
      heading: 'Opplysninger',
      blocks: [
        {
          kind: 'fields',
          rows: [
            ['Koordinator', 'Kari Nordmann, Tildelingsteam'],
            ['Neste evaluering', '15.03.2027'],
            ['Vedtak', 'Ref. 2026/1234 (forvaltningsloven § 11 d)'],
          ],
        },
      ],
    },
    {
      heading: 'Bakgrunn',
      blocks: [
        { kind: 'paragraph', text: SENTENCE.repeat(14) },
        // Ends page 1 with room for the next heading, not for it and its first item.
        { kind: 'paragraph', text: SENTENCE.repeat(12) },
      ],
    },
    {
      heading: 'Mål og tiltak',
      blocks: [
        {
          kind: 'list',
          items: [
            {
              text: 'Betale ned husleierestansen',
              sub: ['Nedbetalingsavtale med utleier – ansvar: NAV', 'Frist 01.03.2027'],
            },
            { text: 'Søke bostøtte', sub: ['Ansvar: beboer'] },
            { text: 'Økonomisk rådgivning' },
          ],
        },
      ],
    },
  ],
  signatures: ['Beboer', 'Koordinator'],
  footer: 'Utskrift 27.11.2026 av Kari Nordmann – taushetsbelagt (forvaltningsloven § 13)',
};

/** Where each string first appears in `text`, failing for one that does not. */
function positions(text: string, wanted: readonly string[]): number[] {
  return wanted.map((w) => {
    const at = text.indexOf(w);
    assert.ok(at >= 0, `missing: ${w}`);
    return at;
  });
}

describe('renderPdf', () => {
  it('writes a PDF whose text is the document, in order, with æøå as written', async () => {
    const bytes = await renderPdf(PLAN, { createdAt: CREATED_AT });
    assert.equal(bytes.subarray(0, 5).toString('latin1'), '%PDF-');
    const text = await pdfText(bytes);
    const order = positions(text, [
      'Målplan',
      'Sak 2026-0004',
      'Beboer: Åse Ærlig Østby',
      'Periode 01.12.2026–31.05.2027',
      'Hva er viktig for deg?',
      '«hjemme» er her, sier Åse. Café på Ærø.',
      'Beboerens egne ord',
      'Opplysninger',
      'Koordinator',
      'Kari Nordmann, Tildelingsteam',
      'Neste evaluering',
      '15.03.2027',
      'Ref. 2026/1234 (forvaltningsloven § 11 d)',
      'Bakgrunn',
      'Beboeren ønsker å bli boende',
      'Side 1 av 2',
      'Mål og tiltak',
      '• Betale ned husleierestansen',
      '– Nedbetalingsavtale med utleier – ansvar: NAV',
      '– Frist 01.03.2027',
      '• Søke bostøtte',
      '– Ansvar: beboer',
      '• Økonomisk rådgivning',
      'Beboer\n',
      'Sted/dato',
      'Underskrift',
      'Side 2 av 2',
    ]);
    assert.deepEqual(
      order,
      [...order].sort((a, b) => a - b),
      'in the order of the document',
    );
    assert.ok(!text.includes('Ola Nordmann'), 'nothing that is not in the document');
    assert.ok(!text.includes('Side 3'), 'two pages, not three');
  });

  it('puts the footer and "Side X av Y" on every page', async () => {
    const { pages } = await readPdf(await renderPdf(PLAN, { createdAt: CREATED_AT }));
    assert.equal(pages.length, 2);
    pages.forEach((page, i) => {
      assert.match(page, /Utskrift 27\.11\.2026 av Kari Nordmann – taushetsbelagt/);
      assert.match(page, new RegExp(`forvaltningsloven § 13\\)\\s*Side ${i + 1} av 2$`));
    });
  });

  it('moves a heading that would end a page to the next, with its first block', async () => {
    const { pages } = await readPdf(await renderPdf(PLAN, { createdAt: CREATED_AT }));
    const [first = '', second = ''] = pages;
    assert.ok(!first.includes('Mål og tiltak'));
    assert.match(second, /^Mål og tiltak\n• Betale ned husleierestansen/);
    // The signature lines close the last page, each label with its own lines.
    assert.match(second, /Beboer\nSted\/dato Underskrift\nKoordinator\nSted\/dato Underskrift/);
  });

  it('breaks a paragraph longer than a page over pages, losing no line', async () => {
    const long = Array.from({ length: 120 }, (_, i) => `Linje ${i + 1} om økonomi.`).join('\n');
    const log: PrintSection = { heading: 'Logg', blocks: [{ kind: 'paragraph', text: long }] };
    const doc: PrintDocument = { ...PLAN, sections: [log] };
    const { pages } = await readPdf(await renderPdf(doc, { createdAt: CREATED_AT }));
    assert.ok(pages.length >= 3, `${pages.length} pages`);
    const text = pages.join('\n');
    for (let i = 1; i <= 120; i++) assert.ok(text.includes(`Linje ${i} om økonomi.\n`), `${i}`);
    assert.match(pages.at(-1) ?? '', new RegExp(`Side ${pages.length} av ${pages.length}$`));
  });

  it('holds the title only in its metadata: Husly, nb-NO, the given creation date', async () => {
    const { info, language } = await readPdf(await renderPdf(PLAN, { createdAt: CREATED_AT }));
    assert.equal(info['Title'], 'Målplan');
    assert.equal(info['Producer'], 'Husly');
    assert.equal(info['Creator'], 'Husly');
    assert.equal(info['CreationDate'], 'D:20261127080000Z');
    assert.equal(language, 'nb-NO');
    const all = JSON.stringify(info);
    for (const name of ['Åse', 'Østby', 'Kari', 'Nordmann', '2026-0004'])
      assert.ok(!all.includes(name), name);
  });

  it('renders a near-empty document on one page: empty values, no signatures', async () => {
    const sparse: PrintDocument = {
      title: 'Målplan',
      subtitle: [],
      sections: [
        { heading: 'Tom', blocks: [] },
        {
          heading: 'Felt uten verdi',
          blocks: [
            { kind: 'fields', rows: [['Vedtak', '']] },
            { kind: 'list', items: [] },
            { kind: 'paragraph', text: '' },
          ],
        },
      ],
      signatures: [],
      footer: '',
    };
    const { pages } = await readPdf(await renderPdf(sparse, { createdAt: CREATED_AT }));
    assert.deepEqual(pages, ['Målplan\nTom\nFelt uten verdi\nVedtak\nSide 1 av 1']);
  });

  it('gives the same bytes for the same document and time', async () => {
    const a = await renderPdf(PLAN, { createdAt: CREATED_AT });
    const b = await renderPdf(PLAN, { createdAt: CREATED_AT });
    assert.ok(a.equals(b));
  });

  it('prints letters Helvetica lacks without their accent, or as "?", never broken', async () => {
    assert.equal(
      printable('Čáhcesuolu, Đ ŋ ŧ – æøå ÆØÅ é € “x”'),
      'Cáhcesuolu, D n t – æøå ÆØÅ é € “x”',
    );
    assert.equal(printable('a\tb\r\nc\u0007d 😀'), 'a b\ncd ?');
    assert.equal(printable('Nivå 3 → 2'), 'Nivå 3 -> 2', 'a level history keeps its arrow');
    const doc: PrintDocument = {
      ...PLAN,
      sections: [{ heading: 'Sámi', blocks: [{ kind: 'paragraph', text: 'Máret Čeavččageađgi' }] }],
    };
    assert.match(await pdfText(await renderPdf(doc)), /Máret Ceavccageadgi/);
  });
});
