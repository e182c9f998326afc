// A real collector process for crash tests and benches: `tsx serve-child.ts --device-token T`.
// Environment as for `pz start`; prints `READY <port>` once listening.
import { buildApp } from '../app';
import { DEFAULT_TENANT, findLiveToken, insertToken, upsertDevice } from '../db/repositories/identity';
import { sha256 } from '../identity/secrets';
import { loadEnv } from '../plugins/env';
import { installShutdown } from '../server';

const i = process.argv.indexOf('--device-token');
const deviceToken = i > 0 ? process.argv[i + 1] : undefined;
const app = await buildApp(loadEnv(), { logger: false });
if (deviceToken && !(await findLiveToken(app.db, sha256(deviceToken)))) {
  await upsertDevice(app.db, { tenantId: DEFAULT_TENANT, deviceId: 'load-device', browser: 'chrome', extensionVersion: '0.0.0', userPseudonym: null });
  await insertToken(app.db, { tenantId: DEFAULT_TENANT, kind: 'device', tokenHash: sha256(deviceToken), label: 'load-device', deviceId: 'load-device' });
}
await app.listen({ host: '127.0.0.1', port: 0 });
const address = app.server.address();
process.stdout.write(`READY ${typeof address === 'object' && address ? address.port : 0}\n`);
installShutdown(app);
