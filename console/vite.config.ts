import preact from '@preact/preset-vite';
import { defineConfig } from 'vite';

// Built to console/dist, which the collector serves same-origin (no CORS, no token in URLs).
// `pnpm --filter @protocol-zero/console dev` proxies the API to a local collector.
export default defineConfig({
  plugins: [preact()],
  build: { outDir: 'dist', emptyOutDir: true, sourcemap: false, chunkSizeWarningLimit: 400 },
  server: { proxy: { '/v1': { target: 'http://127.0.0.1:8787', ws: true } } },
});
