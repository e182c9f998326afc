// What the mission's steps hand each other (one object per storage mode).
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import type { FakeAnthropic } from '../../fixtures/fake-anthropic/server';
import type { Launched } from '../../helpers/browser';
import type { SiteServer } from '../../helpers/site-server';
import { ROOT, type Collector } from './collector-process';

export const SHOTS = join(ROOT, 'test-results', 'mission');

export interface Mission {
  mode: string;
  fake: FakeAnthropic;
  c: Collector;
  tokens: Record<'admin' | 'analyst' | 'executive' | 'employee', string>;
  emails: Record<'analyst' | 'executive' | 'employee', string>;
  browser?: Launched;
  sites?: SiteServer;
  removePolicy?: () => void;
  handoffToken?: string;
  assistantTab?: Page;
  liveFeed?: Page;
  blockedEventId?: string;
  /** This browser's extension device id (events are matched on it). */
  deviceId?: string;
  /** Set by step 3b/3c when the hand-off was redeemed (page or API). */
  gatewayVia?: 'page' | 'api';
}

export type Shot = (page: Page, name: string) => Promise<unknown>;
