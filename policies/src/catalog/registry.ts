import type { AiApp } from './types';
import * as apps from './apps/index';

type Apps = typeof apps;

/** Every catalogued app id, derived from the per-app files: adding a file adds an id. */
export type AppId = Apps[keyof Apps]['id'];

/** Total record: every AppId has exactly one entry (the registry test checks key === app.id). */
export const APPS: Record<AppId, AiApp> = Object.fromEntries(
  (Object.values(apps) as AiApp[]).map((app) => [app.id, app]),
) as Record<AppId, AiApp>;
