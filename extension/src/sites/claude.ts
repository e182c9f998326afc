import { defineAdapter } from './dom';

// Claude: ProseMirror editor in a fieldset, send button labelled "Send message".
export const claude = defineAdapter({
  id: 'claude',
  hosts: ['claude.ai'],
  editors: ['div[contenteditable="true"][data-testid="chat-input"]', 'div.ProseMirror[contenteditable="true"]', 'div[contenteditable="true"][aria-label*="prompt" i]'],
  sendButtons: ['button[aria-label="Send message"]', 'button[aria-label="Send Message"]', 'button[data-testid="send-button"]'],
});
