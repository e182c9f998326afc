import type { Channel, Classification } from '@protocol-zero/policies';
import { redact } from '@protocol-zero/policies/placeholders/index';
import type { SiteAdapter } from '../../sites/types';
import { editableRootOf } from '../../sites/dom';
import { classify } from '@protocol-zero/policies/classify';
import { SYNC_LIMIT_CHARS, verdictFor, type SiteContext, type Verdict } from '../decide/decide';
import type { Choice, OverlayProps } from '../overlay/Overlay';
import type { DecisionDraft, EffectivePolicy } from '../../messaging/protocol';
import { scanFiles } from './files';
import { makeDraft, overlayProps, type Outcome } from './drafts';

export interface InterceptDeps {
  adapter: SiteAdapter;
  site: SiteContext;
  doc: Document;
  policy: () => EffectivePolicy;
  /** Off the page's main thread (the background worker). */
  classifyRemote: (text: string) => Promise<Classification>;
  record: (draft: DecisionDraft, words: string) => void;
  /** Reports the outcome that stands if the overlay is never answered; a later `record` with the same id replaces it. */
  hold: (draft: DecisionDraft) => void;
  handoff: (prompt: string, draft: DecisionDraft) => Promise<{ ok: true; handoffId: string } | { ok: false; error: string }>;
  overlay: (props: Omit<OverlayProps, 'onChoice'>) => Promise<Choice>;
  canRedirect: () => boolean;
  uuid: () => string;
}

/** How to go on when the user (or the policy) lets the content through. */
interface Pending {
  channel: Channel;
  text: string;
  editor: HTMLElement | null;
  file?: { type: string; sizeBytes: number };
  proceed: () => void;
  /** Puts redacted text where the content would have gone. */
  putRedacted: (text: string) => void;
}

const bytes = (s: string) => new TextEncoder().encode(s).length;

/**
 * The whole interception flow for one page: capture-phase listeners on window (they run before
 * the site's own), a synchronous on-device decision for ordinary prompts (the allow path adds no
 * await), and the off-thread path for big inputs.
 */
export class InterceptController {
  private bypass = false;
  private busy = false;
  /** The prompt as last classified while the user paused typing: Enter on unchanged text costs a string compare. */
  private pre: { text: string; c: Classification } | null = null;
  private preTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(private readonly d: InterceptDeps) {}

  attach(win: Window): () => void {
    const opts = { capture: true };
    const handlers: [string, (e: Event) => void][] = [
      ['keydown', (e) => this.onKeydown(e as KeyboardEvent)],
      ['click', (e) => this.onClick(e)],
      ['submit', (e) => this.onSubmit(e)],
      ['paste', (e) => this.onPaste(e as ClipboardEvent)],
      ['drop', (e) => this.onDrop(e as DragEvent)],
      ['change', (e) => this.onFileInput(e)],
      ['input', (e) => this.onInput(e)],
    ];
    for (const [t, h] of handlers) win.addEventListener(t, h, opts);
    return () => handlers.forEach(([t, h]) => win.removeEventListener(t, h, opts));
  }

  /** Runs `fn` with our listeners standing aside (re-dispatching what the user let through). */
  private passThrough(fn: () => void): void {
    this.bypass = true;
    try {
      fn();
    } finally {
      this.bypass = false;
    }
  }

  private stop(e: Event): void {
    e.preventDefault();
    e.stopImmediatePropagation();
  }

  private editorFor(target: EventTarget | null): HTMLElement | null {
    const root = editableRootOf(target);
    if (!root) return null;
    const editor = this.d.adapter.findEditor(this.d.doc, target);
    return editor && (editor === root || editor.contains(root) || root.contains(editor)) ? editor : null;
  }

  private onKeydown(e: KeyboardEvent): void {
    if (this.bypass || e.key !== 'Enter' || e.shiftKey || e.isComposing || e.altKey) return;
    const editor = this.editorFor(e.target);
    if (editor) this.checkSubmit(e, editor);
  }

  private onClick(e: Event): void {
    if (this.bypass || !(e.target instanceof Element)) return;
    const btn = this.d.adapter.sendButtonOf(e.target);
    if (!btn) return;
    const editor = this.d.adapter.findEditor(this.d.doc, btn);
    if (editor) this.checkSubmit(e, editor);
  }

  private onSubmit(e: Event): void {
    if (this.bypass || !(e.target instanceof HTMLFormElement)) return;
    const editor = this.d.adapter.findEditor(this.d.doc, e.target);
    if (editor && e.target.contains(editor)) this.checkSubmit(e, editor);
  }

  private draft(v: Verdict, channel: Channel, outcome: Outcome, size: number, extra: Partial<DecisionDraft> = {}): DecisionDraft {
    return makeDraft({ id: this.d.uuid(), site: this.d.site, policyVersion: this.d.policy().version }, v, channel, outcome, size, extra);
  }

  private decide(channel: Channel, text: string): Verdict {
    const c = this.pre?.text === text ? this.pre.c : classify(text);
    return verdictFor(this.d.policy().policy, this.d.site, channel, c);
  }

  /** Classifies the prompt in idle time after typing pauses, so the submit path usually only compares. */
  private onInput(e: Event): void {
    const editor = this.editorFor(e.target);
    if (!editor) return;
    clearTimeout(this.preTimer);
    this.preTimer = setTimeout(() => {
      const run = () => {
        const text = this.d.adapter.readPrompt(editor);
        if (text.trim() && text.length <= SYNC_LIMIT_CHARS) this.pre = { text, c: classify(text) };
      };
      const idle = (globalThis as { requestIdleCallback?: (cb: () => void, o?: { timeout: number }) => void }).requestIdleCallback;
      if (idle) idle(run, { timeout: 500 });
      else run();
    }, 120);
  }

  private async decideAsync(channel: Channel, text: string): Promise<Verdict> {
    if (text.length <= SYNC_LIMIT_CHARS) return this.decide(channel, text);
    return verdictFor(this.d.policy().policy, this.d.site, channel, await this.d.classifyRemote(text));
  }

  /** Enter, send button, form submit. */
  private checkSubmit(e: Event, editor: HTMLElement): void {
    if (this.busy) return this.stop(e);
    const text = this.d.adapter.readPrompt(editor);
    if (!text.trim()) return;
    const pending: Pending = {
      channel: 'prompt',
      text,
      editor,
      proceed: () => this.passThrough(() => this.d.adapter.submit(editor)),
      putRedacted: (t) => this.d.adapter.writePrompt(editor, t),
    };
    if (text.length > SYNC_LIMIT_CHARS) {
      this.stop(e);
      this.busy = true;
      void this.decideAsync('prompt', text).then((v) => {
        this.busy = false;
        if (v.decision.action === 'allow') {
          this.d.record(this.draft(v, 'prompt', 'sent', bytes(text)), v.words);
          pending.proceed();
        } else void this.act(v, pending);
      });
      return;
    }
    const v = this.decide('prompt', text);
    if (v.decision.action === 'allow') {
      this.d.record(this.draft(v, 'prompt', 'sent', text.length), v.words);
      return;
    }
    this.stop(e);
    void this.act(v, pending);
  }

  private onPaste(e: ClipboardEvent): void {
    if (this.bypass || !e.clipboardData) return;
    const editor = this.editorFor(e.target);
    if (!editor) return;
    const files = [...e.clipboardData.files];
    if (files.length > 0) {
      this.stop(e);
      void this.checkFiles('paste', files, editor, () => this.passThrough(() => editor.dispatchEvent(this.cloneClipboard(files))));
      return;
    }
    const text = e.clipboardData.getData('text/plain');
    if (!text) return;
    const pending: Pending = {
      channel: 'paste', text, editor,
      proceed: () => this.passThrough(() => this.d.adapter.insertText(editor, text)),
      putRedacted: (t) => this.passThrough(() => this.d.adapter.insertText(editor, t)),
    };
    if (text.length <= SYNC_LIMIT_CHARS) {
      const v = this.decide('paste', text);
      if (v.decision.action === 'allow') return;
      this.stop(e);
      void this.act(v, pending);
      return;
    }
    // Big paste: let the browser paste natively (no main-thread work of ours), classify off-thread,
    // and take it back out if the policy says no. Submits meanwhile take the async path.
    const before = this.d.adapter.readPrompt(editor);
    this.busy = true;
    // Handing 1 MB to the worker (structured clone) runs in its own task, not inside the paste's.
    void new Promise<void>((r) => setTimeout(r, 0)).then(() => this.d.classifyRemote(text)).then((c) => {
      this.busy = false;
      const v = verdictFor(this.d.policy().policy, this.d.site, 'paste', c);
      if (v.decision.action === 'allow') return;
      this.d.adapter.writePrompt(editor, before);
      void this.act(v, pending);
    });
  }

  private cloneClipboard(files: File[]): ClipboardEvent {
    const dt = new DataTransfer();
    files.forEach((f) => dt.items.add(f));
    return new ClipboardEvent('paste', { clipboardData: dt, bubbles: true, cancelable: true });
  }

  private onDrop(e: DragEvent): void {
    if (this.bypass || !e.dataTransfer) return;
    const files = [...e.dataTransfer.files];
    const target = e.target instanceof Element ? e.target : this.d.doc.body;
    const editor = this.editorFor(e.target) ?? this.d.adapter.findEditor(this.d.doc);
    if (files.length === 0) {
      const text = e.dataTransfer.getData('text/plain');
      if (!text || !this.editorFor(e.target)) return;
      const v = this.decide('drop', text);
      if (v.decision.action === 'allow') return;
      this.stop(e);
      void this.act(v, {
        channel: 'drop', text, editor,
        proceed: () => editor && this.passThrough(() => this.d.adapter.insertText(editor, text)),
        putRedacted: (t) => editor && this.passThrough(() => this.d.adapter.insertText(editor, t)),
      });
      return;
    }
    this.stop(e);
    const x = e.clientX;
    const y = e.clientY;
    void this.checkFiles('drop', files, editor, () => {
      const dt = new DataTransfer();
      files.forEach((f) => dt.items.add(f));
      this.passThrough(() => target.dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true, clientX: x, clientY: y })));
    });
  }

  private onFileInput(e: Event): void {
    const input = e.target;
    if (this.bypass || !(input instanceof HTMLInputElement) || input.type !== 'file' || !input.files?.length) return;
    e.stopImmediatePropagation();
    const files = [...input.files];
    void this.checkFiles('upload', files, this.d.adapter.findEditor(this.d.doc), () =>
      this.passThrough(() => {
        input.dispatchEvent(new Event('input', { bubbles: true }));
        input.dispatchEvent(new Event('change', { bubbles: true }));
      }),
    ).then((let_through) => {
      if (!let_through) input.value = '';
    });
  }

  /** Text-like files are read and classified here; others count by type and size only. */
  private async checkFiles(channel: Channel, files: File[], editor: HTMLElement | null, proceed: () => void): Promise<boolean> {
    const scan = await scanFiles(files);
    const v = await this.decideAsync(channel, scan.text);
    const file = { type: scan.type, sizeBytes: scan.sizeBytes };
    if (v.decision.action === 'allow') {
      this.d.record(this.draft(v, channel, 'sent', scan.sizeBytes, { file }), v.words);
      proceed();
      return true;
    }
    let through = false;
    await this.act(v, {
      channel, text: scan.text, editor, file,
      proceed: () => { through = true; proceed(); },
      putRedacted: (t) => editor && this.passThrough(() => this.d.adapter.insertText(editor, t)),
    });
    return through;
  }

  /** Shows the overlay for a non-allow verdict and carries out the user's choice. */
  private async act(v: Verdict, p: Pending): Promise<void> {
    this.busy = true;
    const size = p.file?.sizeBytes ?? bytes(p.text);
    const extra = p.file ? { file: p.file } : {};
    // One id for the whole overlay: the provisional event and the final one are the same decision.
    const id = this.d.uuid();
    const draftOf = (outcome: Outcome, more: Partial<DecisionDraft> = {}) => this.draft(v, p.channel, outcome, size, { ...extra, ...more, id });
    const record = (outcome: Outcome, more: Partial<DecisionDraft> = {}) => this.d.record(draftOf(outcome, more), v.words);
    const redacted = () => redact(p.text, v.classification.findings, 'placeholder').text;
    try {
      const action = v.decision.action;
      if (action === 'allow') return;
      if (action === 'redact') {
        // Policy says redact: the placeholders go in first, then the overlay explains.
        p.putRedacted(redacted());
        record('redacted');
        await this.d.overlay(this.props(v, p.channel, 'redact'));
        return;
      }
      // A closed tab must not erase the decision: a block stands as blocked, anything else as cancelled.
      this.d.hold(draftOf(action === 'block' ? 'blocked' : 'cancelled'));
      const choice = await this.d.overlay(this.props(v, p.channel, action));
      if (choice.kind === 'send' && action === 'coach') {
        record('sent_with_justification', choice.justification ? { justification: choice.justification } : {});
        p.proceed();
      } else if (choice.kind === 'redact') {
        p.putRedacted(redacted());
        record('redacted');
      } else if (choice.kind === 'redirect') {
        const draft = draftOf('redirected');
        const r = await this.d.handoff(p.text, draft);
        if (r.ok) this.d.record({ ...draft, handoffId: r.handoffId }, v.words);
        else {
          record('cancelled');
          await this.d.overlay({ ...this.props(v, p.channel, 'error'), message: r.error });
        }
      } else record(action === 'block' ? 'blocked' : 'cancelled');
    } finally {
      this.busy = false;
    }
  }

  private props(v: Verdict, channel: Channel, action: OverlayProps['action']): Omit<OverlayProps, 'onChoice'> {
    return overlayProps(v, channel, action, this.d.canRedirect());
  }
}
