import type { Report, ReportFormat } from '../domain/overview/report.ts';
import { reportCsv } from './csv-writer.ts';

export interface ReportFile {
  readonly fileName: string;
  readonly contentType: string;
  readonly bytes: Buffer;
}

const CONTENT_TYPES: Readonly<Record<ReportFormat, string>> = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  csv: 'text/csv; charset=utf-8',
};

/** The report written as a file of the chosen format. */
export async function reportFile(
  report: Report,
  format: ReportFormat,
  createdAt: Date,
): Promise<ReportFile> {
  return {
    fileName: `${report.fileStem}.${format}`,
    contentType: CONTENT_TYPES[format],
    bytes: format === 'xlsx' ? await xlsx(report, createdAt) : reportCsv(report),
  };
}

/**
 * The XLSX writer, imported on the first spreadsheet: its library takes about half a second to
 * load, which no server start should wait for (most never write one).
 */
async function xlsx(report: Report, createdAt: Date): Promise<Buffer> {
  const { reportXlsx } = await import('./xlsx-writer.ts');
  return reportXlsx(report, createdAt);
}
