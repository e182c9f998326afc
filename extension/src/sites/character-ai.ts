import { defineAdapter } from './dom';

// Character.ai: textarea placeholder "Message …"; send button labelled with "Send".
export const characterAi = defineAdapter({
  id: 'character-ai',
  hosts: ['character.ai'],
  editors: ['textarea[placeholder^="Message" i]', 'textarea'],
  sendButtons: ['button[aria-label*="Send" i]'],
});
