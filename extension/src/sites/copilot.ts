import { defineAdapter } from './dom';

// Microsoft Copilot: consumer (copilot.microsoft.com, textarea#userInput) and M365 Copilot
// (m365.cloud.microsoft, contenteditable role=textbox); submit buttons by test id or label.
export const copilot = defineAdapter({
  id: 'copilot',
  hosts: ['copilot.microsoft.com', 'm365.cloud.microsoft', 'copilot.cloud.microsoft', 'm365copilot.com'],
  editors: ['textarea#userInput', 'textarea[data-testid="composer-input"]', '#m365-chat-editor-target-element[contenteditable="true"]', 'div[role="textbox"][contenteditable="true"]'],
  sendButtons: ['button[data-testid="submit-button"]', 'button[aria-label="Submit message"]', 'button[aria-label="Send"]'],
});
