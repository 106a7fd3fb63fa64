import type { Clock } from '../domain/common/clock.ts';
import type { DownloadResponse } from '../report/report-download.ts';
import type { PlanLinks } from './plan-link.ts';
import type { PrintDocument } from './print-document.ts';

/**
 * Loads a plan for printing, for the staff member a link was made for: checks again that they
 * may see it (and are still active), audits the print, and returns the document to print and
 * its file name. Refused: a code, and nothing of the plan.
 */
export type PlanPrintLoader = (
  who: { readonly staffId: string; readonly tenantId: string },
  planId: string,
) => Promise<
  | {
      readonly ok: true;
      readonly value: { readonly document: PrintDocument; readonly fileName: string };
    }
  | { readonly ok: false; readonly code: string }
>;

type RenderPdf = (doc: PrintDocument, meta: { readonly createdAt: Date }) => Promise<Buffer>;

/**
 * The PDF writer, imported on the first print: its library takes about 0.1 s to load, which no
 * server start should wait for.
 */
const renderOnFirstUse: RenderPdf = async (doc, meta) => {
  const { renderPdf } = await import('./pdf-render.ts');
  return renderPdf(doc, meta);
};

/** Short answers for a browser: a refused link shows nothing of the plan. */
const REFUSED = {
  forged:
    'Lenken til planen er ugyldig. ' +
    'Åpne planen i Husly i Teams og trykk «Skriv ut (PDF)» for å få en ny lenke.',
  expired:
    'Lenken til planen er utløpt eller allerede brukt: den virker én gang, i 5 minutter. ' +
    'Åpne planen i Husly i Teams og trykk «Skriv ut (PDF)» for å få en ny lenke.',
  denied:
    'Du har ikke tilgang til denne planen nå. ' +
    'Spør koordinatoren for saken om du mener du skal ha tilgang.',
} as const;

const text = (status: number, message: string): DownloadResponse => ({
  status,
  headers: { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' },
  body: message,
});

/**
 * Opens a plan's PDF link: the signature and expiry first (nothing is loaded for a forged or
 * expired link), then the loader checks the staff member again and audits, and only a plan it
 * hands over is rendered.
 */
export function planDownload(
  links: PlanLinks,
  load: PlanPrintLoader,
  clock: Clock,
  render: RenderPdf = renderOnFirstUse,
): (token: string) => Promise<DownloadResponse> {
  // A link opens the plan once: whoever has it is not asked who they are, so a forwarded or
  // logged link must not work again. Kept per instance, until the link expires anyway.
  const used = new Map<string, number>();
  return async (token) => {
    const link = links.check(token);
    if (!link.ok)
      return link.reason === 'expired' ? text(410, REFUSED.expired) : text(403, REFUSED.forged);
    const now = clock.now().getTime();
    for (const [t, expires] of used) if (expires <= now) used.delete(t);
    if (used.has(token)) return text(410, REFUSED.expired);
    const { staffId, tenantId, planId } = link.claims;
    const plan = await load({ staffId, tenantId }, planId);
    if (!plan.ok) return text(403, REFUSED.denied);
    used.set(token, link.claims.expires);
    const bytes = await render(plan.value.document, { createdAt: clock.now() });
    return {
      status: 200,
      headers: {
        'content-type': 'application/pdf',
        'content-disposition': `attachment; filename="${asciiFileName(plan.value.fileName)}"`,
        'content-length': String(bytes.length),
        'cache-control': 'no-store',
        'x-content-type-options': 'nosniff',
      },
      body: bytes,
    };
  };
}

/**
 * The file name as a header can carry it: letters folded to ASCII (å → a, æ → ae, ø → o, as
 * stored codes are), anything else but a–z, 0–9, `.`, `-` and `_` as a hyphen, ending in `.pdf`.
 */
export function asciiFileName(name: string): string {
  const folded = name
    .toLowerCase()
    .replace(/æ/g, 'ae')
    .replace(/ø/g, 'o')
    .replace(/å/g, 'a')
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/[^a-z0-9._-]+/g, '-')
    .replace(/-{2,}/g, '-')
    .replace(/\.pdf$/, '')
    .slice(0, 96)
    .replace(/^[-.]+|[-.]+$/g, '');
  return `${folded || 'malplan'}.pdf`;
}
