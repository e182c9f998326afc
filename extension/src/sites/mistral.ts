import { defineAdapter } from './dom';

// Mistral Le Chat: ProseMirror or textarea[name="message.text"]; a submit button in the composer form.
export const mistral = defineAdapter({
  id: 'mistral',
  hosts: ['chat.mistral.ai'],
  editors: ['textarea[name="message.text"]', 'div.ProseMirror[contenteditable="true"]'],
  sendButtons: ['button[aria-label="Send question"]', 'form button[type="submit"]'],
});
