import { defineAdapter } from './dom';

// ChatGPT: ProseMirror editor #prompt-textarea (a hidden <textarea> fallback on old builds), send button by test id.
export const chatgpt = defineAdapter({
  id: 'chatgpt',
  hosts: ['chatgpt.com', 'chat.openai.com'],
  editors: ['#prompt-textarea[contenteditable]', 'div.ProseMirror[contenteditable="true"]', 'textarea#prompt-textarea', 'textarea[name="prompt-textarea"]'],
  sendButtons: ['button[data-testid="send-button"]', 'button#composer-submit-button', 'button[aria-label="Send prompt"]'],
});
