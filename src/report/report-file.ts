import type { Report, ReportFormat } from '../domain/overview/report.ts';
import { reportCsv } from './csv-writer.ts';
import { reportXlsx } from './xlsx-writer.ts';

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
    bytes: format === 'xlsx' ? await reportXlsx(report, createdAt) : reportCsv(report),
  };
}
