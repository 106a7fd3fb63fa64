import type { Clock } from '../domain/common/clock.ts';
import type { ReportService } from '../domain/overview/report.service.ts';
import { reportFile } from './report-file.ts';
import type { ReportLinks } from './report-link.ts';

/** What the HTTP server sends back for GET /api/reports/<token>. */
export interface DownloadResponse {
  readonly status: number;
  readonly headers: Readonly<Record<string, string>>;
  readonly body: Buffer | string;
}

/** Short answers for a browser: a refused link writes nothing and shows no figure. */
const REFUSED = {
  forged:
    'Lenken til rapporten er ugyldig. Skriv «rapport» til Husly i Teams for å få en ny lenke.',
  expired:
    'Lenken til rapporten er utløpt: den virker i 15 minutter. ' +
    'Skriv «rapport» til Husly i Teams for å få en ny.',
  denied: 'Du har ikke lenger tilgang til rapporten. Den kan hentes av ledere og administratorer.',
} as const;

const text = (status: number, message: string): DownloadResponse => ({
  status,
  headers: { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' },
  body: message,
});

/**
 * Opens a report download link: the signature and expiry first (nothing is read for a forged or
 * expired link), then the report service checks the staff member again, audits the download and
 * makes the report, written as the file the link asked for.
 */
export function reportDownload(
  links: ReportLinks,
  reports: ReportService,
  clock: Clock,
): (token: string) => Promise<DownloadResponse> {
  return async (token) => {
    const link = links.check(token);
    if (!link.ok)
      return link.reason === 'expired' ? text(410, REFUSED.expired) : text(403, REFUSED.forged);
    const { staffId, tenantId, from, to, format } = link.claims;
    const report = await reports.download({ staffId, tenantId }, { from, to, format });
    if (!report.ok) return text(403, REFUSED.denied);
    const file = await reportFile(report.value, format, clock.now());
    return {
      status: 200,
      headers: {
        'content-type': file.contentType,
        'content-disposition': `attachment; filename="${file.fileName}"`,
        'content-length': String(file.bytes.length),
        'cache-control': 'no-store',
        'x-content-type-options': 'nosniff',
      },
      body: file.bytes,
    };
  };
}
