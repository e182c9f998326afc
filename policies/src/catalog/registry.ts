import type { AiApp } from './types';
import { chatgpt } from './apps/chatgpt';

// Total record: every AppId has exactly one entry (a missing one fails to compile).
export type AppId = 'chatgpt';

export const APPS: Record<AppId, AiApp> = {
  chatgpt,
};
