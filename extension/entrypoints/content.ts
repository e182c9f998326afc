import { defineContentScript } from 'wxt/utils/define-content-script';
import { main } from '../src/app/content';

export default defineContentScript({
  // Replaced at build time with the catalog-derived list (wxt.config.ts, build:manifestGenerated):
  // computing it here would ship the whole catalog inside the content script.
  matches: ['*://chatgpt.com/*'],
  runAt: 'document_start',
  main,
});
