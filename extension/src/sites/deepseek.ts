import { defineAdapter } from './dom';

// DeepSeek: textarea#chat-input; the send control is a div[role=button] after the textarea's toolbar.
export const deepseek = defineAdapter({
  id: 'deepseek',
  hosts: ['chat.deepseek.com'],
  editors: ['textarea#chat-input', 'textarea[placeholder*="DeepSeek" i]'],
  sendButtons: ['div[role="button"][aria-label="Send"]', 'div[role="button"][data-testid="send-button"]', 'div[role="button"].ds-send'],
});
