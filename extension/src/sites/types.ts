/**
 * One adapter per AI site: where the prompt lives, what counts as "send", how to put text back.
 * Selectors are data so a site redesign is a one-file change; behaviour is shared in dom.ts.
 */
export interface SiteAdapter {
  id: string;
  /** Hostnames (label-suffix match) this adapter handles; generic handles the rest of the catalog. */
  hosts: readonly string[];
  /** Optional path prefix (HuggingChat lives at huggingface.co/chat). */
  pathPrefix?: string;
  /** The prompt editor that contains `from`, or the page's main editor. */
  findEditor(doc: Document, from?: EventTarget | null): HTMLElement | null;
  /** The send button that contains `el`, if `el` is (inside) one. */
  sendButtonOf(el: Element): HTMLElement | null;
  readPrompt(editor: HTMLElement): string;
  /** Replace the whole prompt (redact in place) so the site's own state sees the change. */
  writePrompt(editor: HTMLElement, text: string): void;
  /** Insert text at the caret (a paste the user chose to go on with). */
  insertText(editor: HTMLElement, text: string): void;
  /** Send the current prompt the way the user would (after "send anyway"). */
  submit(editor: HTMLElement): void;
}

export interface AdapterSpec {
  id: string;
  hosts: readonly string[];
  pathPrefix?: string;
  /** Tried in order; the first that matches an element wins. */
  editors: readonly string[];
  sendButtons: readonly string[];
}
