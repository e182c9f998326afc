// The live feed behind the console websocket. Anything in the collector may publish; with Redis,
// every collector process receives every message and forwards it to its own sockets.
import { EventEmitter } from 'node:events';
import type { LiveMessage } from '@protocol-zero/policies';
import { Redis } from 'ioredis';

export type { LiveDecision, LiveMessage } from '@protocol-zero/policies';

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
