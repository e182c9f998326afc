import { defineAdapter } from './dom';

// Poe: GrowingTextArea textarea; the send button carries data-button-send.
export const poe = defineAdapter({
  id: 'poe',
  hosts: ['poe.com'],
  editors: ['textarea[class*="GrowingTextArea"]', 'footer textarea'],
  sendButtons: ['button[data-button-send="true"]', 'button[aria-label="Send message"]'],
});
