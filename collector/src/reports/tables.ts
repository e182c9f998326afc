// The board report's underlying tables as CSV (one table) or XLSX (all tables, one sheet each).
import ExcelJS from 'exceljs';
import type { BoardReportData } from './data';

export type TableName = 'apps' | 'departments' | 'classes' | 'curve' | 'trend' | 'assumptions';
type Cell = string | number | boolean;

export function reportTable(d: BoardReportData, t: TableName): { header: string[]; rows: Cell[][] } {
  const r = d.overview.current?.result;
  const breakdown = (list: NonNullable<typeof r>['byApp']) => list.map((b) => [b.key, Math.round(b.meanUsd), Number(b.share.toFixed(6)), Number(b.exposuresPerYear.toFixed(2))]);
  switch (t) {
    case 'apps':
      return { header: ['app_id', 'name', 'mean_usd', 'share', 'sensitive_prompts_per_year'], rows: (r?.byApp ?? []).map((b) => [b.key, d.overview.appNames[b.key] ?? b.key, Math.round(b.meanUsd), Number(b.share.toFixed(6)), Number(b.exposuresPerYear.toFixed(2))]) };
    case 'departments':
      return { header: ['department', 'mean_usd', 'share', 'sensitive_prompts_per_year'], rows: breakdown(r?.byDepartment ?? []) };
    case 'classes':
      return { header: ['data_class', 'mean_usd', 'share', 'sensitive_prompts_per_year'], rows: breakdown(r?.byClass ?? []) };
    case 'curve':
      return { header: ['loss_usd', 'probability_exceeded'], rows: (r?.curve ?? []).map((c) => [Math.round(c.lossUsd), Number(c.probability.toFixed(6))]) };
    case 'trend':
      return { header: ['week_ending', 'mean_usd', 'p10_usd', 'p90_usd'], rows: d.overview.trend.map((w) => [w.windowEnd, Math.round(w.meanUsd), Math.round(w.p10Usd), Math.round(w.p90Usd)]) };
    case 'assumptions':
      return { header: ['parameter', 'value', 'source', 'year', 'assumption'], rows: d.assumptions.map((a) => [a.parameter, a.value, a.source, a.year, a.assumption]) };
  }
}

/** RFC 4180; cells starting with = + - @ are prefixed with ' so spreadsheets never run them. */
export function toCsv(header: string[], rows: Cell[][]): string {
  const cell = (v: Cell) => {
    let s = String(v);
    if (typeof v === 'string' && /^[=+\-@\t\r]/.test(s)) s = `'${s}`;
    return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  };
  return [header, ...rows].map((r) => r.map(cell).join(',')).join('\r\n') + '\r\n';
}

export async function toXlsx(d: BoardReportData): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Protocol Zero';
  wb.created = new Date(d.generatedAt);
  for (const t of ['apps', 'departments', 'classes', 'curve', 'trend', 'assumptions'] as const) {
    const { header, rows } = reportTable(d, t);
    const ws = wb.addWorksheet(t);
    ws.addRow(header).font = { bold: true };
    for (const r of rows) ws.addRow(r);
    ws.columns.forEach((c) => (c.width = 22));
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}
