import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import type { DecisionEvent, ExposureOverview } from '@protocol-zero/policies';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPORT_SECTIONS } from '../../reports/board';
import { usd } from '../../reports/format';
import { batch, makeEvents } from '../../testing/fixtures';
import { startTestApp, TARGETS, type TestApp } from '../../testing/harness';

const OUT = join(new URL('../../../../', import.meta.url).pathname, 'test-results', 'board-report');

function sensitive(seed: string, n: number): DecisionEvent[] {
  return makeEvents(seed, n).map((e, i) =>
    i % 3 === 0 ? { ...e, outcome: 'sent', action: 'allow', classes: i % 2 ? ['customer_records'] : ['source_code'], entities: { EMAIL_ADDRESS: 4 }, severity: 'high', ruleId: null } : e);
}

describe.each(TARGETS)('board report on $name', (target) => {
  let t: TestApp;
  let exec: string;
  let overview: ExposureOverview;
  const get = (url: string) => t.app.inject({ method: 'GET', url, headers: { authorization: `Bearer ${exec}` } });

  beforeAll(async () => {
    t = await startTestApp(target);
    exec = await t.tokenFor('executive');
    const device = await t.tokenFor('device');
    const r = await t.app.inject({ method: 'POST', url: '/v1/events', headers: { authorization: `Bearer ${device}` }, payload: batch(sensitive('report', 900)) });
    expect(r.statusCode).toBe(200);
    overview = (await get('/v1/exposure/overview')).json<ExposureOverview>();
  });
  afterAll(async () => t?.close());

  it('the PDF renders to PNG pages and its text carries every section and the API’s numbers', async () => {
    const res = await get('/v1/reports/board.pdf');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    const dir = join(OUT, target.name);
    mkdirSync(dir, { recursive: true });
    const pdf = join(dir, 'board-report.pdf');
    writeFileSync(pdf, res.rawPayload);
    execFileSync('pdftoppm', ['-png', '-r', '70', pdf, join(dir, 'page')]);
    const pages = readdirSync(dir).filter((f) => f.startsWith('page') && f.endsWith('.png'));
    expect(pages.length).toBeGreaterThanOrEqual(3);
    for (const p of pages) expect(statSync(join(dir, p)).size).toBeGreaterThan(10_000);
    const text = execFileSync('pdftotext', [pdf, '-']).toString('utf8').replace(/\s+/g, ' ');
    for (const s of REPORT_SECTIONS) expect(text).toContain(s);
    const r = overview.current!.result;
    expect(r.meanUsd).toBeGreaterThan(0);
    for (const n of [r.meanUsd, r.p10Usd, r.p50Usd, r.p90Usd, overview.avoided.meanUsd, overview.avoided.redirectionUsd, overview.avoided.blockingUsd]) expect(text).toContain(usd(n));
    for (const a of r.byApp.slice(0, 3)) expect(text).toContain(usd(a.meanUsd));
  });

  it('CSV tables carry the same numbers as the API', async () => {
    const res = await get('/v1/reports/tables/apps');
    expect(res.headers['content-type']).toContain('text/csv');
    const lines = res.body.trim().split('\r\n');
    expect(lines[0]).toBe('app_id,name,mean_usd,share,sensitive_prompts_per_year');
    const byApp = overview.current!.result.byApp;
    expect(lines.slice(1).map((l) => [l.split(',')[0], Number(l.split(',')[2])])).toEqual(byApp.map((a) => [a.key, Math.round(a.meanUsd)]));
    expect((await get('/v1/reports/tables/nope')).statusCode).toBe(400);
  });

  it('the XLSX has one sheet per table', async () => {
    const res = await get('/v1/reports/tables.xlsx');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['apps', 'departments', 'classes', 'curve', 'trend', 'assumptions']);
    expect(wb.getWorksheet('assumptions')!.rowCount).toBeGreaterThan(10);
  });

  it('employees may not download the report', async () => {
    const emp = await t.tokenFor('employee');
    expect((await t.app.inject({ method: 'GET', url: '/v1/reports/board.pdf', headers: { authorization: `Bearer ${emp}` } })).statusCode).toBe(403);
  });
});
