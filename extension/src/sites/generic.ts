import { defineAdapter, editableRootOf } from './dom';

const EDITORS = ['textarea', 'div[contenteditable="true"]', '[role="textbox"][contenteditable]', 'input[type="text"]'];
// Send controls by role and accessible name, the way assistive tech finds them.
const SENDS = [
  'button[type="submit"]',
  'button[aria-label*="send" i]',
  '[role="button"][aria-label*="send" i]',
  'button[aria-label*="submit" i]',
  'button[data-testid*="send" i]',
  'button[title*="send" i]',
];

/** Any other catalogued AI host: the focused editor, else the largest one on the page. */
export const generic = defineAdapter(
  { id: 'generic', hosts: [], editors: EDITORS, sendButtons: SENDS },
  {
    findEditor(doc, from) {
      const root = editableRootOf(from ?? null) ?? editableRootOf(doc.activeElement);
      if (root) return root;
      const form = from instanceof Element ? from.closest('form') : null;
      const scope: ParentNode = form ?? doc;
      let best: HTMLElement | null = null;
      let bestArea = -1;
      for (const el of scope.querySelectorAll<HTMLElement>(EDITORS.join(','))) {
        const r = el.getBoundingClientRect();
        // Multi-line editors first (a one-line input is more often a search box), then the biggest.
        const area = (el.tagName === 'INPUT' ? 0 : 1e9) + r.width * r.height;
        if (area > bestArea) [best, bestArea] = [el, area];
      }
      return best;
    },
  },
);
