import { defineAdapter } from './dom';

// Perplexity: Lexical editor #ask-input (older builds: a textarea), submit button by label.
export const perplexity = defineAdapter({
  id: 'perplexity',
  hosts: ['perplexity.ai'],
  editors: ['#ask-input[contenteditable="true"]', 'textarea[placeholder*="Ask" i]', 'div[contenteditable="true"][role="textbox"]'],
  sendButtons: ['button[data-testid="submit-button"]', 'button[aria-label="Submit"]'],
});
