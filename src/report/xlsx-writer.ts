import ExcelJS from 'exceljs';
import type { Report } from '../domain/overview/report.ts';

/** The widest a column is made, in characters; longer text wraps. */
const MAX_WIDTH = 80;

/**
 * The report as an Excel workbook (ExcelJS; the one module that imports it): one worksheet per
 * sheet, a bold frozen header row with a filter, numbers as numbers. The workbook's properties
 * name Husly, never the person who asked for it.
 */
export async function reportXlsx(report: Report, createdAt: Date): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Husly';
  workbook.lastModifiedBy = 'Husly';
  workbook.created = createdAt;
  workbook.modified = createdAt;
  workbook.title = report.fileStem;
  for (const sheet of report.sheets) {
    const ws = workbook.addWorksheet(sheet.name, {
      views: [{ state: 'frozen', ySplit: 1 }],
    });
    ws.columns = sheet.columns.map((header, i) => {
      const longest = Math.max(
        header.length,
        ...sheet.rows.map((row) => String(row[i] ?? '').length),
      );
      return { header, width: Math.min(MAX_WIDTH, longest + 2) };
    });
    for (const row of sheet.rows) ws.addRow([...row]);
    ws.getRow(1).font = { bold: true };
    ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: sheet.columns.length } };
    ws.eachRow((row, n) => {
      if (n > 1) row.alignment = { vertical: 'top', wrapText: true };
    });
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
