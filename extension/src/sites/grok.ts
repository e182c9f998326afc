import { defineAdapter } from './dom';

// Grok: textarea labelled "Ask Grok anything" (newer builds ProseMirror); a submit button in the form.
export const grok = defineAdapter({
  id: 'grok',
  hosts: ['grok.com'],
  editors: ['textarea[aria-label*="Grok" i]', 'div.ProseMirror[contenteditable="true"]'],
  sendButtons: ['button[type="submit"][aria-label="Submit"]', 'form button[type="submit"]'],
});
