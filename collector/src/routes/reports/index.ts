// Board report downloads: PDF for the board, CSV/XLSX of the same tables for the CFO's analysts.
import { ReportTableSchema } from '@protocol-zero/policies';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { recordAudit } from '../../db/repositories/audit';
import { actorOf, AUTH, userOf } from '../../plugins/auth';
import type { Env } from '../../plugins/env';
import { renderBoardReport } from '../../reports/board';
import { boardReportData } from '../../reports/data';
import { reportTable, toCsv, toXlsx } from '../../reports/tables';
import { errors } from '../common';

const stamp = () => new Date().toISOString().slice(0, 10);

export const reportRoutes: FastifyPluginAsyncZod<{ env: Env }> = async (app) => {
  app.get(
    '/v1/reports/board.pdf',
    { config: { auth: AUTH.dashboards }, schema: { tags: ['reports'], summary: 'Board report (PDF)', response: { 200: z.any(), ...errors(401, 403) } } },
    async (req, reply) => {
      const u = userOf(req);
      const pdf = await renderBoardReport(await boardReportData(app.db, u.tenantId));
      await recordAudit(app.db, { tenantId: u.tenantId, actor: actorOf(u), action: 'report.board', target: 'report:board.pdf' });
      return reply.header('content-type', 'application/pdf').header('content-disposition', `attachment; filename="ai-exposure-board-report-${stamp()}.pdf"`).send(pdf);
    },
  );

  app.get(
    '/v1/reports/tables/:table',
    {
      config: { auth: AUTH.dashboards },
      schema: { tags: ['reports'], summary: 'One table of the board report as CSV', params: z.object({ table: ReportTableSchema }), response: { 200: z.any(), ...errors(400, 401, 403) } },
    },
    async (req, reply) => {
      const { header, rows } = reportTable(await boardReportData(app.db, userOf(req).tenantId), req.params.table);
      return reply.header('content-type', 'text/csv; charset=utf-8').header('content-disposition', `attachment; filename="${req.params.table}-${stamp()}.csv"`).send(toCsv(header, rows));
    },
  );

  app.get(
    '/v1/reports/tables.xlsx',
    { config: { auth: AUTH.dashboards }, schema: { tags: ['reports'], summary: 'All board report tables (XLSX, one sheet each)', response: { 200: z.any(), ...errors(401, 403) } } },
    async (req, reply) => {
      const xlsx = await toXlsx(await boardReportData(app.db, userOf(req).tenantId));
      return reply
        .header('content-type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
        .header('content-disposition', `attachment; filename="ai-exposure-tables-${stamp()}.xlsx"`)
        .send(xlsx);
    },
  );
};
