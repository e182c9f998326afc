// Every route plugin, in registration order. A capability adds ONE line here; its plugin receives
// `{ env }` and registers routes that each declare `config: { auth }` (see plugins/auth.ts).
import type { FastifyPluginAsync } from 'fastify';
import type { Env } from '../plugins/env';
import { appRoutes } from './apps/index';
import { auditRoutes } from './audit/index';
import { authRoutes } from './auth/index';
import { deployRoutes } from './deploy/index';
import { enrollRoutes } from './enroll/index';
import { eventRoutes } from './events/index';
import { exposureRoutes } from './exposure/index';
import { reportRoutes } from './reports/index';
import { gatewayRoutes } from './gateway/index';
import { healthRoutes } from './health/index';
import { kbRoutes } from './kb/index';
import { policyRoutes } from './policies/index';
import { sensorRoutes } from './sensor/index';
import { userRoutes } from './users/index';

export type RoutePlugin = FastifyPluginAsync<{ env: Env }>;

export const ROUTES: readonly RoutePlugin[] = [
  healthRoutes,
  authRoutes,
  userRoutes,
  enrollRoutes,
  eventRoutes,
  sensorRoutes,
  policyRoutes,
  appRoutes,
  auditRoutes,
  deployRoutes,
  exposureRoutes,
  reportRoutes,
  kbRoutes,
  gatewayRoutes,
];
