// The fake model for bench/gateway.ts, in its own process: an application calling a model, with or
// without the gateway, reaches it over a real hop, so the direct baseline pays one too.
// Started with fork(); reports its URL over IPC. { watch: value } starts watching requests for a
// value (the bench's scrub check); 'leaked' answers { leaked } since then; 'close' exits.
import { startFakeAnthropic } from '../test/fixtures/fake-anthropic/server';

if (!process.send) throw new Error('fake-model-server: start me with fork()');
const fake = await startFakeAnthropic();
let watch: string | undefined;
let leaked = false;
// A short fixed reply carrying placeholders, so restore has work to do.
fake.setScript((req) => {
  if (watch !== undefined && req.raw.includes(watch)) leaked = true;
  return { content: [{ type: 'text', text: 'Noted: <EMAIL_ADDRESS_1> and <PERSON_1> will be contacted.' }], usage: { input_tokens: 1000, output_tokens: 20 } };
});
// The script sees every request; the fixture's own record of them would only grow.
setInterval(() => fake.reset(), 1_000).unref();

process.on('message', (m: unknown) => {
  if (m === 'leaked') process.send!({ leaked });
  else if (m === 'close') void fake.close().then(() => process.exit(0));
  else if (m && typeof m === 'object' && 'watch' in m) {
    watch = (m as { watch: string }).watch;
    leaked = false;
    process.send!({ watching: true });
  }
});
process.send({ url: fake.url });
