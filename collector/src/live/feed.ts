// The live feed behind the console websocket. Anything in the collector may publish; with Redis,
// every collector process receives every message and forwards it to its own sockets.
import { EventEmitter } from 'node:events';
import { Redis } from 'ioredis';

export type LiveMessage =
  | { type: 'decisions'; tenantId: string; count: number; events: LiveDecision[] }
  | { type: 'inventory'; tenantId: string; sensorId: string; rows: number; apps: string[] }
  | { type: 'policy'; tenantId: string; version: number }
  | { type: 'apps'; tenantId: string; appId: string; tier: string };

/** Pseudonymous and content-free, like the stored event. */
export interface LiveDecision {
  id: string;
  occurredAt: string;
  appId: string;
  user: string;
  action: string;
  outcome: string;
  severity: string;
}

export interface LiveFeed {
  publish(message: LiveMessage): void;
  subscribe(listener: (message: LiveMessage) => void): () => void;
  close(): Promise<void>;
}

export function createLocalFeed(): LiveFeed {
  const bus = new EventEmitter();
  bus.setMaxListeners(0);
  return {
    publish: (m) => void bus.emit('message', m),
    subscribe(listener) {
      bus.on('message', listener);
      return () => bus.off('message', listener);
    },
    async close() {
      bus.removeAllListeners();
    },
  };
}

export async function createRedisFeed(redisUrl: string, prefix: string, onError: (err: Error) => void): Promise<LiveFeed> {
  const local = createLocalFeed();
  const channel = `${prefix}:live`;
  const pub = new Redis(redisUrl, { maxRetriesPerRequest: 2 });
  const sub = new Redis(redisUrl);
  pub.on('error', onError);
  sub.on('error', onError);
  await sub.subscribe(channel);
  sub.on('message', (ch: string, payload: string) => {
    if (ch !== channel) return;
    try {
      local.publish(JSON.parse(payload) as LiveMessage);
    } catch (err) {
      onError(err as Error);
    }
  });
  return {
    publish: (m) => void pub.publish(channel, JSON.stringify(m)).catch(onError),
    subscribe: local.subscribe,
    async close() {
      await local.close();
      sub.disconnect();
      await pub.quit().catch(() => pub.disconnect());
    },
  };
}
