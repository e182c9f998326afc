// The CAIO's board report: exposure in dollars with its range and method in plain words, trend since
// the interim policy went live, top risks, what redirection and blocking avoided, the AI inventory,
// recommendations, and an appendix of assumptions and sources.
import type { BoardReportData } from './data';
import { classLabel, label, pct, usd, usdShort, int } from './format';
import { barChart, C, CONTENT_W, footers, kpiRow, newDoc, PAGE, paragraph, section, shareBars, table, toBuffer } from './pdf-kit';

const day = (iso: string) => new Date(iso).toLocaleDateString('en-US', { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' });
const shortDay = (iso: string) => new Date(iso).toLocaleDateString('en-US', { month: 'short', day: 'numeric', timeZone: 'UTC' });

export const REPORT_SECTIONS = [
  'Annualised loss exposure', 'How we estimate it', 'Trend since the interim policy went live', 'Top risks',
  'What redirection and blocking have avoided', 'AI inventory', 'Recommendations', 'Appendix: assumptions and sources',
] as const;

export async function renderBoardReport(d: BoardReportData): Promise<Buffer> {
  const doc = newDoc(`AI data exposure: board report (${d.company})`, 'Protocol Zero');
  const cur = d.overview.current;
  const r = cur?.result;
  const name = (k: string) => d.overview.appNames[k] ?? k;

  // Title band.
  doc.rect(0, 0, PAGE.w, 132).fill(C.band);
  doc.fillColor('#9fb3d9').font('Helvetica-Bold').fontSize(9).text('BOARD REPORT  |  CONFIDENTIAL', PAGE.m, 40, { characterSpacing: 1 });
  doc.fillColor('#ffffff').font('Helvetica-Bold').fontSize(26).text('AI data exposure', PAGE.m, 56);
  doc.fillColor('#d9e2f2').font('Helvetica').fontSize(11).text(
    `${d.company}  |  ${cur ? `30 days to ${day(cur.windowEnd)}` : 'no data yet'}  |  prepared ${day(d.generatedAt)}`, PAGE.m, 92);
  doc.y = 156;

  section(doc, REPORT_SECTIONS[0], 'Expected yearly cost of data leaked through AI tools, if nothing changes');
  const top = doc.y;
  doc.fillColor(C.accent).font('Helvetica-Bold').fontSize(40).text(usdShort(r?.meanUsd ?? 0), PAGE.m, top);
  doc.fillColor(C.ink).font('Helvetica').fontSize(11).text(
    `Mean ${usd(r?.meanUsd ?? 0)} per year. Likely range ${usd(r?.p10Usd ?? 0)} to ${usd(r?.p90Usd ?? 0)} (P10 to P90); median ${usd(r?.p50Usd ?? 0)}. A bad year (1 in 100) reaches ${usd(r?.p99Usd ?? 0)}.${r && r.meanUsd > r.p50Usd * 2 ? ' The mean sits above a typical year because a rare large breach dominates it.' : ''}`,
    PAGE.m + 190, top + 4, { width: CONTENT_W - 190, lineGap: 2 });
  doc.x = PAGE.m;
  doc.y = Math.max(doc.y, top + 52) + 6;
  kpiRow(doc, [
    { label: 'Sensitive prompts / yr', value: int(r?.exposuresPerYear ?? 0), note: 'left the company to AI apps' },
    { label: 'Loss events / yr', value: (r?.expectedLossEvents ?? 0).toFixed(1), note: 'expected, all apps' },
    { label: 'Redirect adoption', value: pct(r?.redirectRate ?? 0), note: 'of sensitive prompts' },
    { label: 'Avoided by controls', value: usdShort(d.overview.avoided.meanUsd), note: 'per year: redirection + blocking' },
  ]);

  section(doc, REPORT_SECTIONS[1]);
  paragraph(doc,
    `Every time an employee sends customer records, source code, credentials or other sensitive data to an AI tool, there is a small chance it ` +
    `becomes a reportable loss. We count those prompts (content is never stored, only what kind of data it was), scale by how risky each vendor ` +
    `is (whether it trains on inputs, how long it keeps data, whether we have enterprise terms), and price each possible loss with published breach ` +
    `costs per record for our industry, the shadow-AI premium and regulatory fines for ${d.overview.profile.regimes.map((x) => x.toUpperCase()).join(', ') || 'no regime'}. ` +
    `A simulation of ${int(r?.trials ?? 0)} possible years gives the range above. All figures and their sources are in the appendix.`);

  section(doc, REPORT_SECTIONS[2], d.policy.liveSince ? `Interim usage policy live since ${day(d.policy.liveSince)}; now at version ${d.policy.version} (${d.policy.versions} versions). Each bar: one week's prompts, annualised; whiskers P10 to P90.` : undefined);
  if (d.overview.trend.length > 0) barChart(doc, d.overview.trend.map((t) => ({ label: `wk to ${shortDay(t.windowEnd)}`, value: t.meanUsd, low: t.p10Usd, high: t.p90Usd })), usdShort, 130);
  else paragraph(doc, 'No weekly figures yet.');

  doc.addPage();
  section(doc, REPORT_SECTIONS[3], 'Where the expected loss comes from (share of the annual figure)');
  doc.fillColor(C.muted).font('Helvetica-Bold').fontSize(9).text('BY AI APP');
  doc.moveDown(0.3);
  shareBars(doc, (r?.byApp ?? []).slice(0, 6).map((a) => ({ label: name(a.key), share: a.share, value: usd(a.meanUsd) })));
  doc.fillColor(C.muted).font('Helvetica-Bold').fontSize(9).text('BY DEPARTMENT');
  doc.moveDown(0.3);
  shareBars(doc, (r?.byDepartment ?? []).slice(0, 6).map((a) => ({ label: label(a.key), share: a.share, value: usd(a.meanUsd) })));
  table(doc, [{ title: 'Data class', width: 0.34 }, { title: 'Share', width: 0.16, align: 'right' }, { title: 'Annual exposure', width: 0.25, align: 'right' }, { title: 'Prompts / yr', width: 0.25, align: 'right' }],
    (r?.byClass ?? []).map((c) => [classLabel(c.key), pct(c.share, 1), usd(c.meanUsd), int(c.exposuresPerYear)]));

  section(doc, REPORT_SECTIONS[4]);
  paragraph(doc,
    `When the extension sees sensitive data going to an unsanctioned AI tool it offers the company assistant instead, which removes personal data before ` +
    `any model sees it; what it cannot redirect, the policy blocks or redacts. In the last 30 days ${int(d.overview.avoided.redirectedPrompts)} sensitive prompts were redirected ` +
    `(${pct(d.overview.avoided.redirectRate)} adoption) and ${int(d.overview.avoided.stoppedPrompts)} were blocked, redacted or withdrawn. ` +
    `Without these controls the same behaviour would carry ${usd((r?.meanUsd ?? 0) + d.overview.avoided.meanUsd)} a year: they have already avoided ${usd(d.overview.avoided.meanUsd)} ` +
    `of annual exposure, ${usd(d.overview.avoided.redirectionUsd)} by redirection and ${usd(d.overview.avoided.blockingUsd)} by blocking.`);

  section(doc, REPORT_SECTIONS[5], `${d.overview.apps.seen} AI apps seen by browser extensions and network sensors in 30 days`);
  kpiRow(doc, [
    { label: 'Sanctioned', value: String(d.overview.apps.sanctioned) }, { label: 'Tolerated', value: String(d.overview.apps.tolerated) },
    { label: 'Unsanctioned', value: String(d.overview.apps.unsanctioned) }, { label: 'Blocked', value: String(d.overview.apps.blocked) },
  ]);
  table(doc, [{ title: 'App', width: 0.3 }, { title: 'Status', width: 0.2 }, { title: 'Users', width: 0.15, align: 'right' }, { title: 'Network clients', width: 0.17, align: 'right' }, { title: 'Prompts checked', width: 0.18, align: 'right' }],
    d.inventory.slice(0, 10).map((a) => [a.name, label(a.tier), int(a.users), int(a.clients), int(a.events)]));

  section(doc, REPORT_SECTIONS[6], 'Each saving is the model re-run with the change (same data, same seed)');
  d.recommendations.forEach((rec, i) => {
    const y = doc.y;
    doc.circle(PAGE.m + 9, y + 7, 9).fill(C.band);
    doc.fillColor('#ffffff').font('Helvetica-Bold').fontSize(10).text(String(i + 1), PAGE.m, y + 2, { width: 18, align: 'center' });
    doc.fillColor(C.ink).font('Helvetica-Bold').fontSize(11).text(rec.title, PAGE.m + 28, y, { width: CONTENT_W - 28 });
    doc.fillColor(C.ink).font('Helvetica').fontSize(10).text(rec.detail, PAGE.m + 28, doc.y + 1, { width: CONTENT_W - 28, lineGap: 1.5 });
    doc.x = PAGE.m;
    doc.moveDown(0.6);
  });
  if (d.recommendations.length === 0) paragraph(doc, 'No sensitive data has reached AI tools in the period: keep the current policy.');

  doc.addPage();
  section(doc, REPORT_SECTIONS[7], `Tenant profile: ${label(d.overview.profile.industry)}, revenue ${usdShort(d.overview.profile.annualRevenueUsd)}, ${int(d.overview.profile.headcount)} employees. Rows marked * are our modelling assumptions; tenants can override them.`);
  paragraph(doc,
    `Model: FAIR-style Monte Carlo. Loss events per year follow a Poisson distribution per app, department and data class; each loss is lognormal ` +
    `around records exposed x cost per record x industry factor x (1 + shadow-AI premium), plus capped regulatory fines. ${int(r?.trials ?? 0)} trials, fixed seed ` +
    `${r?.seed ?? 0}: the same data always gives the same figures. Simulated mean ${usd(r?.meanUsd ?? 0)} vs closed-form mean ${usd(r?.analyticMeanUsd ?? 0)}.`, 9);

  table(doc, [{ title: 'Parameter', width: 0.24 }, { title: 'Value', width: 0.26 }, { title: 'Source', width: 0.42 }, { title: 'Year', width: 0.08, align: 'right' }],
    d.assumptions.map((a) => [`${a.parameter}${a.assumption ? ' *' : ''}`, a.value, a.source, String(a.year)]), 7.5);
  footers(doc, `Protocol Zero  |  ${d.company}  |  ${cur ? `run ${cur.id.slice(0, 8)}` : 'no run'}`);
  return toBuffer(doc);
}
