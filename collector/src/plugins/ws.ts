// Live feed: `GET /v1/live` upgrades to a websocket that streams new decisions, inventory and
// policy changes of the caller's tenant. Publish with `app.live.publish(...)` from anywhere.
import websocket from '@fastify/websocket';
import fp from 'fastify-plugin';
import { createLocalFeed, createRedisFeed, type LiveFeed } from '../live/feed';
import { AUTH, principalOf } from './auth';
import type { Env } from './env';

declare module 'fastify' {
  interface FastifyInstance {
    live: LiveFeed;
  }
}

export const wsPlugin = fp<{ env: Env }>(
  async (app, { env }) => {
    const feed = env.REDIS_URL
      ? await createRedisFeed(env.REDIS_URL, env.PZ_REDIS_PREFIX, (err) => app.log.warn({ err: err.message }, 'live feed redis error'))
      : createLocalFeed();
    app.decorate('live', feed);
    app.addHook('onClose', async () => feed.close());

    await app.register(websocket, {
      options: {
        maxPayload: 4096,
        // Echo the sub-protocol the console offered, or browsers drop the connection.
        handleProtocols: (protocols) => (protocols.has('pz-bearer') ? 'pz-bearer' : false),
      },
    });

    app.get(
      '/v1/live',
      { websocket: true, config: { auth: AUTH.security }, schema: { tags: ['live'], summary: 'Websocket: new decisions, inventory and policy changes' } },
      (socket, req) => {
        const { tenantId } = principalOf(req);
        const unsubscribe = feed.subscribe((m) => {
          if (m.tenantId === tenantId && socket.readyState === socket.OPEN) socket.send(JSON.stringify(m));
        });
        socket.on('close', unsubscribe);
        socket.on('message', () => {}); // the feed is one-way; client messages are ignored
        socket.send(JSON.stringify({ type: 'hello', tenantId }));
      },
    );
  },
  { name: 'pz-ws', dependencies: ['pz-auth'] },
);
