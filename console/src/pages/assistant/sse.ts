// Incremental parser for the gateway's text/event-stream (Anthropic event format). Bytes arrive in
// arbitrary pieces; an event is complete at a blank line. Multi-byte characters split across
// pieces are handled by the streaming TextDecoder.

export interface SseEvent {
  event: string;
  data: string;
}

export class SseParser {
  private readonly decoder = new TextDecoder();
  private buf = '';

  push(bytes: Uint8Array): SseEvent[] {
    this.buf += this.decoder.decode(bytes, { stream: true });
    return this.drain();
  }

  end(): SseEvent[] {
    this.buf += this.decoder.decode();
    return this.drain();
  }

  private drain(): SseEvent[] {
    const out: SseEvent[] = [];
    this.buf = this.buf.replace(/\r\n/g, '\n');
    for (let i = this.buf.indexOf('\n\n'); i !== -1; i = this.buf.indexOf('\n\n')) {
      const block = this.buf.slice(0, i);
      this.buf = this.buf.slice(i + 2);
      let event = 'message';
      const data: string[] = [];
      for (const line of block.split('\n')) {
        if (line.startsWith('event:')) event = line.slice(6).trim();
        else if (line.startsWith('data:')) data.push(line.slice(5).replace(/^ /, ''));
      }
      if (data.length) out.push({ event, data: data.join('\n') });
    }
    return out;
  }
}
