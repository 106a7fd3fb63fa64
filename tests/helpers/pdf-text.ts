import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { getDocument, VerbosityLevel } from 'pdfjs-dist/legacy/build/pdf.mjs';

/** pdf.js's metrics for the 14 standard fonts (Helvetica): read from disk, nothing fetched. */
const STANDARD_FONTS = `${join(
  dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json')),
  'standard_fonts',
)}/`;

export interface PdfContent {
  /** Each page's text, a line per line of the page. */
  readonly pages: readonly string[];
  /** The document information dictionary (Title, Producer, Creator, CreationDate…). */
  readonly info: Readonly<Record<string, unknown>>;
  /** The catalogue's /Lang. */
  readonly language: string | null;
}

/** Reads a PDF as a reader would: the text of every page, the metadata and the language. */
export async function readPdf(bytes: Buffer): Promise<PdfContent> {
  const task = getDocument({
    data: new Uint8Array(bytes),
    standardFontDataUrl: STANDARD_FONTS,
    isEvalSupported: false,
    verbosity: VerbosityLevel.ERRORS,
  });
  const pdf = await task.promise;
  try {
    const pages: string[] = [];
    for (let n = 1; n <= pdf.numPages; n++) {
      const content = await (await pdf.getPage(n)).getTextContent();
      let text = '';
      for (const item of content.items)
        if ('str' in item) text += item.str + (item.hasEOL ? '\n' : '');
      pages.push(text.trimEnd());
    }
    const meta = await pdf.getMetadata();
    const info = meta.info as Record<string, unknown>;
    const language = typeof info['Language'] === 'string' ? info['Language'] : null;
    return { pages, info, language };
  } finally {
    await task.destroy();
  }
}

/** All the text of a PDF, pages joined with "\n": to check what is, and is not, in it. */
export async function pdfText(bytes: Buffer): Promise<string> {
  return (await readPdf(bytes)).pages.join('\n');
}
