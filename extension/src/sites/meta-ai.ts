import { defineAdapter } from './dom';

// Meta AI: Lexical contenteditable role=textbox; the send control is a div[role=button] labelled "Send message".
export const metaAi = defineAdapter({
  id: 'meta-ai',
  hosts: ['meta.ai'],
  editors: ['div[contenteditable="true"][role="textbox"]', 'textarea'],
  sendButtons: ['div[role="button"][aria-label="Send message"]', 'button[aria-label="Send message"]'],
});
