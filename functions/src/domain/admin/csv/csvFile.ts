import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import * as z from 'zod/mini';
import { issuesToDetails } from '../../../contract/issueDetails';
import { InvalidError, type FieldProblem } from '../../errors';

/** Most problems an import answers with; the message says how many there are in all. */
const MAX_REPORTED_PROBLEMS = 500;

export interface CsvRow {
  /** The line of the file the row ends on (the header is line 1). */
  line: number;
  cells: Record<string, string>;
}

/** Reads a CSV file with a header row naming at least `columns`; a malformed file is one problem with its line. */
export function readCsv(text: string, columns: readonly string[]): CsvRow[] {
  let records: { record: Record<string, string>; info: { lines: number } }[];
  try {
    records = parse(text, { columns: true, info: true, bom: true, skip_empty_lines: true, trim: true, relax_column_count: false });
  } catch (error) {
    const line = (error as { lines?: number }).lines ?? 1;
    throw new InvalidError(`The file is not valid CSV (line ${line})`, `文件不是有效的 CSV（第 ${line} 行）`, [
      lineProblem(line, 'file', 'malformed_csv', (error as Error).message, '格式错误（引号、分隔符或列数不对）'),
    ]);
  }
  const header = text.replace(/^\uFEFF/, '').split(/\r?\n/, 1)[0]?.split(',').map((h) => h.trim().replace(/^"|"$/g, '')) ?? [];
  const missing = columns.filter((c) => !header.includes(c));
  if (missing.length > 0) {
    throw new InvalidError(`The header row lacks the columns ${missing.join(', ')}`, `表头缺少列：${missing.join('、')}`, [
      lineProblem(1, 'header', 'missing_columns', `Missing columns: ${missing.join(', ')}`, `缺少列：${missing.join('、')}`),
    ]);
  }
  return records.map(({ record, info }) => ({ line: info.lines, cells: unescapeFormulas(record) }));
}

/** A cell Excel or WPS would run as a formula: csv-stringify's `escape_formulas` prefixes these with `'`. */
const FORMULA_START = /^'[=+\-@\t\r]/;

/** Undoes the export's `'` guard, so that an exported sheet imports back to the same names (and exports guarded again). */
function unescapeFormulas(cells: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(cells).map(([k, v]) => [k, FORMULA_START.test(v) ? v.slice(1) : v]));
}

export function writeCsv(columns: readonly string[], rows: readonly object[]): string {
  // A byte-order mark so that Excel opens Chinese names as UTF-8; formulas are escaped so that a
  // name like =HYPERLINK(…) shows as text instead of running when the sheet is opened.
  const body = stringify(rows as Record<string, unknown>[], { header: true, columns: [...columns], escape_formulas: true, cast: { boolean: (b) => String(b) } });
  return `\uFEFF${body}`;
}

/** A problem of one row: the field names its line (`line 7: parentId`), both messages start with it. */
export function lineProblem(line: number, field: string, code: string, message: string, messageZh: string): FieldProblem {
  return { field: `line ${line}: ${field}`, code, message: `Line ${line}, ${field}: ${message}`, messageZh: `第 ${line} 行「${field}」：${messageZh}` };
}

/** Validates one row's typed cells; the zod issues become line problems. */
export function checkRow<S extends z.ZodMiniType>(schema: S, line: number, value: unknown, problems: FieldProblem[]): z.output<S> | null {
  const result = z.safeParse(schema, value);
  if (result.success) return result.data;
  for (const d of issuesToDetails(result.error.issues, '')) problems.push(lineProblem(line, d.field, d.code, d.message, d.messageZh));
  return null;
}

/** Every problem of the file at once, or nothing: an import writes nothing until the whole file is clean. */
export function throwIfProblems(problems: readonly FieldProblem[], rows: number): void {
  if (problems.length === 0) return;
  const lines = new Set(problems.map((p) => p.field.split(':')[0])).size;
  throw new InvalidError(
    `${lines} of ${rows} rows have problems (${problems.length} in all${problems.length > MAX_REPORTED_PROBLEMS ? `, the first ${MAX_REPORTED_PROBLEMS} listed` : ''}); nothing was imported`,
    `共 ${rows} 行，其中 ${lines} 行有错误（共 ${problems.length} 处${problems.length > MAX_REPORTED_PROBLEMS ? `，仅列出前 ${MAX_REPORTED_PROBLEMS} 处` : ''}），未导入任何数据`,
    problems.slice(0, MAX_REPORTED_PROBLEMS),
  );
}

/** '' is "no value" in a cell. */
export const orNull = (cell: string | undefined) => (cell === undefined || cell === '' ? null : cell);

