import { defineAdapter } from './dom';

// Gemini: Quill editor (.ql-editor) inside the <rich-textarea> custom element; send button class "send-button".
export const gemini = defineAdapter({
  id: 'gemini',
  hosts: ['gemini.google.com'],
  editors: ['rich-textarea .ql-editor[contenteditable="true"]', '.ql-editor[contenteditable="true"]', 'div[role="textbox"][contenteditable="true"]'],
  sendButtons: ['button.send-button', 'button[aria-label="Send message"]'],
});
