import type { AdapterSpec, SiteAdapter } from './types';

const isTextArea = (el: Element): el is HTMLTextAreaElement | HTMLInputElement =>
  el.tagName === 'TEXTAREA' || el.tagName === 'INPUT';

export function isEditable(el: Element | null): el is HTMLElement {
  if (!el) return false;
  if (el.tagName === 'TEXTAREA') return true;
  if (el.tagName === 'INPUT') return ['text', 'search', ''].includes((el as HTMLInputElement).type);
  return (el as HTMLElement).isContentEditable || el.getAttribute('contenteditable') === 'true' || el.getAttribute('contenteditable') === '';
}

/** The editable root that contains `node` (the contenteditable host, not an inner <p>). */
export function editableRootOf(node: EventTarget | null | undefined): HTMLElement | null {
  let el = node instanceof Element ? node : node instanceof Node ? node.parentElement : null;
  let root: HTMLElement | null = null;
  while (el) {
    if (isEditable(el)) root = el as HTMLElement;
    else if (root) break;
    el = el.parentElement;
  }
  return root;
}

/** Text as the user sees it: paragraphs of contenteditable editors become lines. */
export function readText(editor: HTMLElement): string {
  if (isTextArea(editor)) return editor.value;
  const blocks = editor.querySelectorAll(':scope > p, :scope > div');
  if (blocks.length > 0) return [...blocks].map((b) => b.textContent ?? '').join('\n');
  return editor.innerText ?? editor.textContent ?? '';
}

function selectAll(editor: HTMLElement): void {
  editor.focus();
  const sel = editor.ownerDocument.getSelection();
  if (!sel) return;
  const range = editor.ownerDocument.createRange();
  range.selectNodeContents(editor);
  sel.removeAllRanges();
  sel.addRange(range);
}

/**
 * Writes through the browser's editing commands so React/ProseMirror/Lexical/Quill states update
 * as if the user typed; falls back to direct DOM writes where execCommand is missing (tests).
 */
export function writeText(editor: HTMLElement, text: string): void {
  const doc = editor.ownerDocument;
  if (isTextArea(editor)) {
    editor.focus();
    editor.select();
    if (!(typeof doc.execCommand === 'function' && doc.execCommand('insertText', false, text)) || editor.value !== text) {
      const proto = Object.getPrototypeOf(editor) as object;
      const setter = Object.getOwnPropertyDescriptor(proto, 'value')?.set;
      if (setter) setter.call(editor, text);
      else editor.value = text;
      editor.dispatchEvent(new Event('input', { bubbles: true }));
    }
    return;
  }
  selectAll(editor);
  const ok = typeof doc.execCommand === 'function' && doc.execCommand('insertText', false, text);
  if (!ok || readText(editor).trim() !== text.trim()) {
    editor.replaceChildren(...text.split('\n').map((line) => {
      const p = doc.createElement('p');
      p.textContent = line;
      return p;
    }));
    editor.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertReplacementText' }));
  }
}

export function insertAtCaret(editor: HTMLElement, text: string): void {
  const doc = editor.ownerDocument;
  editor.focus();
  if (typeof doc.execCommand === 'function' && doc.execCommand('insertText', false, text)) return;
  if (isTextArea(editor)) {
    const start = editor.selectionStart ?? editor.value.length;
    const end = editor.selectionEnd ?? start;
    editor.value = editor.value.slice(0, start) + text + editor.value.slice(end);
    editor.dispatchEvent(new Event('input', { bubbles: true }));
    return;
  }
  writeText(editor, readText(editor) + text);
}

function firstMatch(doc: Document, selectors: readonly string[]): HTMLElement | null {
  for (const s of selectors) {
    const el = doc.querySelector<HTMLElement>(s);
    if (el) return el;
  }
  return null;
}

export function closestMatch(el: Element, selectors: readonly string[]): HTMLElement | null {
  for (const s of selectors) {
    const hit = el.closest<HTMLElement>(s);
    if (hit) return hit;
  }
  return null;
}

/** Builds an adapter from selectors; sites with odd behaviour override single methods. */
export function defineAdapter(spec: AdapterSpec, overrides: Partial<SiteAdapter> = {}): SiteAdapter {
  const base: SiteAdapter = {
    id: spec.id,
    hosts: spec.hosts,
    ...(spec.pathPrefix !== undefined ? { pathPrefix: spec.pathPrefix } : {}),
    findEditor(doc, from) {
      const root = editableRootOf(from ?? null);
      if (root && closestMatch(root, spec.editors)) return closestMatch(root, spec.editors);
      if (from instanceof Element) {
        // A click on the send button: the editor is the one in the same composer.
        const form = from.closest('form');
        const inForm = form && spec.editors.map((s) => form.querySelector<HTMLElement>(s)).find(Boolean);
        if (inForm) return inForm;
      }
      return firstMatch(doc, spec.editors);
    },
    sendButtonOf: (el) => closestMatch(el, spec.sendButtons),
    readPrompt: readText,
    writePrompt: writeText,
    insertText: insertAtCaret,
    submit(editor) {
      const doc = editor.ownerDocument;
      const form = editor.closest('form');
      const btn = (form && spec.sendButtons.map((s) => form.querySelector<HTMLElement>(s)).find(Boolean)) || firstMatch(doc, spec.sendButtons);
      if (btn) btn.click();
      else if (form) form.requestSubmit();
      else editor.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', code: 'Enter', keyCode: 13, bubbles: true, cancelable: true }));
    },
  };
  return { ...base, ...overrides };
}
