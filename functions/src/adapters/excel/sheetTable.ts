import type ExcelJS from 'exceljs';

/** A rate (0..1) as the workbooks show it: % with one decimal. */
export const pct = (r: number | null) => (r === null ? null : Math.round(r * 1000) / 10);

/** A sheet of one table: a bold, frozen header row, then the rows. */
export function table(book: ExcelJS.Workbook, name: string, header: string[], rows: (string | number | null)[][]): void {
  const sheet = book.addWorksheet(name);
  sheet.addRow(header).font = { bold: true };
  for (const row of rows) sheet.addRow(row);
  sheet.columns.forEach((c) => (c.width = 16));
  sheet.views = [{ state: 'frozen', ySplit: 1 }];
}

/** A titled table under what a sheet already holds: a blank row, the bold title, the bold header, the rows. */
export function section(sheet: ExcelJS.Worksheet, title: string, header: string[], rows: (string | number | null)[][]): void {
  sheet.addRow([]);
  sheet.addRow([title]).font = { bold: true };
  sheet.addRow(header).font = { bold: true };
  for (const row of rows) sheet.addRow(row);
}
