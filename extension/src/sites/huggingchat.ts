import { defineAdapter } from './dom';

// HuggingChat: lives at huggingface.co/chat only; textarea in a form, submit button named "submit".
export const huggingchat = defineAdapter({
  id: 'huggingchat',
  hosts: ['huggingface.co'],
  pathPrefix: '/chat',
  editors: ['form textarea[placeholder]', 'textarea'],
  sendButtons: ['button[name="submit"]', 'button[aria-label="Send message"]', 'form button[type="submit"]'],
});
