import PDFDocument from 'pdfkit';
import type { PrintBlock, PrintDocument } from './print-document.ts';

/** A4 in points, with margins of about 2 cm (the bottom one holds the footer). */
const MARGINS = { top: 56, bottom: 72, left: 62, right: 62 } as const;
const FONT = 'Helvetica';
const BOLD = 'Helvetica-Bold';
const SIZE = { title: 20, subtitle: 11, heading: 13, body: 10.5, small: 8.5 } as const;
const COLOR = { text: '#000000', grey: '#555555', rule: '#999999' } as const;
/** Lines of a long first block kept on the page with its heading. */
const KEEP_LINES = 3;
const LABEL_WIDTH = 150;
/** From a bullet to its text; a sub-item's dash stands under its item's text. */
const BULLET = 14;
/** Room to sign above a line, the caption under it, the space after; the date line's width. */
const SIGNATURE = { room: 28, caption: 3, after: 14, dateWidth: 150 } as const;
const GAP = { afterTitle: 4, afterSubtitle: 18, beforeHeading: 14, afterHeading: 6, block: 8 };

/**
 * The document as an A4 PDF: title, subtitle lines, sections, signature lines at the end, and on
 * every page the footer and "Side X av Y". The PDF's metadata holds the title only (no names),
 * Husly as producer and `nb-NO` as language; `createdAt` fixes the creation date, which also
 * makes the file's id, so the same document gives the same bytes.
 *
 * Helvetica (built into every PDF reader, nothing to download) covers Windows-1252: æ ø å é and
 * the Scandinavian and West European letters. Other letters are printed without their accent
 * (č → c) or as "?" (`printable`), never as a broken glyph.
 */
export async function renderPdf(
  doc: PrintDocument,
  meta: { readonly createdAt: Date } = { createdAt: new Date() },
): Promise<Buffer> {
  const pdf = new PDFDocument({
    size: 'A4',
    margins: MARGINS,
    bufferPages: true,
    lang: 'nb-NO',
    displayTitle: true,
    info: {
      Title: doc.title,
      Producer: 'Husly',
      Creator: 'Husly',
      CreationDate: meta.createdAt,
    },
  });
  const chunks: Buffer[] = [];
  pdf.on('data', (chunk: Buffer) => chunks.push(chunk));
  const finished = new Promise<Buffer>((resolve, reject) => {
    pdf.on('end', () => resolve(Buffer.concat(chunks)));
    pdf.on('error', reject);
  });
  new Layout(pdf).document(doc);
  pdf.end();
  return finished;
}

/** Writes the document top to bottom, breaking pages where a heading would be left alone. */
class Layout {
  private readonly width: number;

  constructor(private readonly pdf: PDFKit.PDFDocument) {
    this.width = pdf.page.width - MARGINS.left - MARGINS.right;
  }

  document(doc: PrintDocument): void {
    this.write(doc.title, BOLD, SIZE.title);
    this.space(GAP.afterTitle);
    for (const line of doc.subtitle) this.write(line, FONT, SIZE.subtitle);
    this.space(GAP.afterSubtitle);
    for (const section of doc.sections) {
      const [first, ...rest] = section.blocks;
      const heading = this.height(section.heading, BOLD, SIZE.heading);
      this.keep(GAP.beforeHeading + heading + GAP.afterHeading + (first ? this.start(first) : 0));
      this.space(GAP.beforeHeading);
      this.write(section.heading, BOLD, SIZE.heading);
      this.space(GAP.afterHeading);
      for (const block of first ? [first, ...rest] : []) {
        this.block(block);
        this.space(GAP.block);
      }
    }
    this.signatures(doc.signatures);
    this.footers(doc.footer);
  }

  private block(block: PrintBlock): void {
    switch (block.kind) {
      case 'paragraph':
        this.keep(this.start(block));
        this.write(block.text, FONT, SIZE.body);
        if (block.note !== undefined) this.write(block.note, FONT, SIZE.small, COLOR.grey);
        return;
      case 'fields':
        for (const [label, value] of block.rows) this.field(label, value);
        return;
      case 'list':
        for (const item of block.items) this.item(item);
    }
  }

  /** How much of a block must fit below its heading: all of it, or its first lines. */
  private start(block: PrintBlock): number {
    switch (block.kind) {
      case 'paragraph': {
        const lines = KEEP_LINES * this.lineHeight(SIZE.body);
        const all = this.height(block.text, FONT, SIZE.body);
        const note = block.note === undefined ? 0 : this.height(block.note, FONT, SIZE.small);
        return all <= lines ? all + note : lines;
      }
      case 'fields': {
        const [label = '', value = ''] = block.rows[0] ?? [];
        return this.fieldHeight(label, value);
      }
      case 'list':
        return block.items[0] ? this.itemHeight(block.items[0]) : 0;
    }
  }

  /** A label and its value side by side, moved whole to the next page when it does not fit. */
  private field(label: string, value: string): void {
    this.keep(this.fieldHeight(label, value));
    const { page, y } = this.pdf;
    const valueWidth = this.width - LABEL_WIDTH;
    this.style(BOLD, SIZE.body).text(printable(label), MARGINS.left, y, {
      width: LABEL_WIDTH - 10,
    });
    const labelBottom = this.pdf.y;
    this.style(FONT, SIZE.body).text(printable(value), MARGINS.left + LABEL_WIDTH, y, {
      width: valueWidth,
    });
    // A value longer than a page ends on a later page than its label.
    this.pdf.y = (this.pdf.page === page ? Math.max(this.pdf.y, labelBottom) : this.pdf.y) + 2;
  }

  private fieldHeight(label: string, value: string): number {
    return Math.max(
      this.height(label, BOLD, SIZE.body, LABEL_WIDTH - 10),
      this.height(value, FONT, SIZE.body, this.width - LABEL_WIDTH),
    );
  }

  /** A bullet with its sub-items under it, kept together when that fits on a page. */
  private item(item: { readonly text: string; readonly sub?: readonly string[] }): void {
    this.keep(this.itemHeight(item));
    this.bullet('•', item.text, 0);
    for (const sub of item.sub ?? []) this.bullet('–', sub, BULLET);
    this.pdf.y += 2;
  }

  private itemHeight(item: { readonly text: string; readonly sub?: readonly string[] }): number {
    const width = this.width - BULLET;
    return (item.sub ?? []).reduce(
      (sum, sub) => sum + this.height(sub, FONT, SIZE.body, width - BULLET),
      this.height(item.text, FONT, SIZE.body, width),
    );
  }

  private bullet(mark: string, text: string, indent: number): void {
    const x = MARGINS.left + indent;
    const y = this.pdf.y;
    this.style(FONT, SIZE.body).text(mark, x, y, { lineBreak: false });
    this.pdf.text(printable(text), x + BULLET, y, { width: this.width - indent - BULLET });
  }

  /** One block per label: a line for place and date, a longer one for the signature. */
  private signatures(labels: readonly string[]): void {
    if (labels.length === 0) return;
    const { room, caption, after, dateWidth } = SIGNATURE;
    const one = this.lineHeight(SIZE.body) + room + caption + this.lineHeight(SIZE.small) + after;
    this.space(GAP.beforeHeading);
    if (labels.length * one <= this.pageHeight()) this.keep(labels.length * one);
    const signX = MARGINS.left + dateWidth + 24;
    for (const label of labels) {
      this.keep(one);
      this.write(label, BOLD, SIZE.body);
      const lineY = this.pdf.y + room;
      this.pdf
        .moveTo(MARGINS.left, lineY)
        .lineTo(MARGINS.left + dateWidth, lineY)
        .moveTo(signX, lineY)
        .lineTo(MARGINS.left + this.width, lineY)
        .lineWidth(0.7)
        .strokeColor(COLOR.text)
        .stroke();
      this.style(FONT, SIZE.small, COLOR.grey);
      this.pdf.text('Sted/dato', MARGINS.left, lineY + caption, { lineBreak: false });
      this.pdf.text('Underskrift', signX, lineY + caption, { lineBreak: false });
      this.pdf.x = MARGINS.left;
      this.pdf.y = lineY + caption + this.lineHeight(SIZE.small) + after;
    }
  }

  /** The footer and "Side X av Y" on every page, written once the page count is known. */
  private footers(footer: string): void {
    const range = this.pdf.bufferedPageRange();
    const numberWidth = 70;
    for (let i = 0; i < range.count; i++) {
      this.pdf.switchToPage(range.start + i);
      const page = this.pdf.page;
      // Below the bottom margin pdfkit would start a new page: lift the margin while writing.
      page.margins.bottom = 0;
      const y = page.height - MARGINS.bottom + 18;
      this.pdf
        .moveTo(MARGINS.left, y - 6)
        .lineTo(MARGINS.left + this.width, y - 6)
        .lineWidth(0.5)
        .strokeColor(COLOR.rule)
        .stroke();
      this.style(FONT, SIZE.small, COLOR.grey);
      this.pdf.text(printable(footer), MARGINS.left, y, {
        width: this.width - numberWidth - 10,
        height: 3 * this.lineHeight(SIZE.small),
        ellipsis: true,
      });
      this.pdf.text(`Side ${i + 1} av ${range.count}`, MARGINS.left, y, {
        width: this.width,
        align: 'right',
        lineBreak: false,
      });
      page.margins.bottom = MARGINS.bottom;
    }
  }

  private write(text: string, font: string, size: number, color: string = COLOR.text): void {
    this.style(font, size, color).text(printable(text), MARGINS.left, this.pdf.y, {
      width: this.width,
    });
  }

  private style(font: string, size: number, color: string = COLOR.text): PDFKit.PDFDocument {
    return this.pdf.font(font).fontSize(size).fillColor(color);
  }

  private height(text: string, font: string, size: number, width = this.width): number {
    return this.style(font, size).heightOfString(printable(text), { width });
  }

  private lineHeight(size: number): number {
    return this.style(FONT, size).currentLineHeight(true);
  }

  private pageHeight(): number {
    return this.pdf.page.height - MARGINS.top - MARGINS.bottom;
  }

  /** A new page when `height` does not fit below, unless it would not fit on any page. */
  private keep(height: number): void {
    const bottom = this.pdf.page.height - MARGINS.bottom;
    if (this.pdf.y + height > bottom && this.pdf.y > MARGINS.top && height <= this.pageHeight())
      this.pdf.addPage();
  }

  private space(points: number): void {
    if (this.pdf.y > MARGINS.top) this.pdf.y += points;
  }
}

/** Windows-1252 beyond Latin-1: what Helvetica prints besides U+0020–U+007E and U+00A0–U+00FF. */
const WIN_ANSI_EXTRA = new Set('€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ');
/**
 * Letters without a decomposition, and their nearest Windows-1252 letter; the arrow of a level
 * history ("3 → 2") as "->".
 */
const NEAREST: Readonly<Record<string, string>> = {
  '→': '->',
  đ: 'd',
  Đ: 'D',
  ŋ: 'n',
  Ŋ: 'N',
  ŧ: 't',
  Ŧ: 'T',
  ł: 'l',
  Ł: 'L',
  ı: 'i',
};

const inWinAnsi = (c: string): boolean => {
  const code = c.codePointAt(0) ?? 0;
  return (code >= 0x20 && code <= 0x7e) || (code >= 0xa0 && code <= 0xff) || WIN_ANSI_EXTRA.has(c);
};

/**
 * The text as Helvetica can print it: line breaks kept, tabs as spaces, other control characters
 * dropped, a letter outside Windows-1252 without its accent (Sámi č → c, ŋ → n) or else "?".
 */
export function printable(text: string): string {
  let out = '';
  for (const c of text.normalize('NFC')) {
    if (c === '\n' || inWinAnsi(c)) out += c;
    else if (c === '\t') out += ' ';
    else if (/\p{Cc}/u.test(c)) continue;
    else {
      const base = NEAREST[c] ?? c.normalize('NFKD').replace(/\p{M}/gu, '');
      out += base !== '' && [...base].every(inWinAnsi) ? base : '?';
    }
  }
  return out;
}
