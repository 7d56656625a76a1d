// Server-Sent Events over fetch. The browser's EventSource cannot send an Authorization header, and
// the API takes a bearer token, so the stream is read from a fetch body and parsed here, as the
// HTML standard's event-stream format says: lines end in CRLF, LF or CR; a blank line dispatches
// the event; "event:", "data:" (lines joined with "\n"), "id:" and "retry:" fields; lines starting
// with ":" are comments (the server's heartbeat). A connection that ends or fails is opened again
// after a growing delay, with Last-Event-ID set to the last id seen, so the server resumes where
// the stream stopped.
//
// This file imports nothing, so that the tests can load it without the app (tests/eventStream.test.mjs).

export interface StreamEvent {
  type: string; // "message" when the event has no "event:" field
  data: string;
  id: string; // the stream's last event id when the event was dispatched ("" before any)
}

// The event-stream parser. push() takes decoded text in any slices and returns the events that
// were completed by it; an event the stream ends in the middle of is never returned.
export class EventStreamParser {
  lastEventId: string;
  retry: number | undefined; // the server's "retry:" in milliseconds, once it sent one
  private rest = "";
  private started = false;
  private afterCR = false; // the previous text ended in CR: a LF opening the next one ends no line
  private type = "";
  private data = "";
  private idBuffer: string;

  constructor(lastEventId = "") {
    this.lastEventId = lastEventId;
    this.idBuffer = lastEventId;
  }

  push(text: string): StreamEvent[] {
    let input = this.rest + text;
    if (!this.started && input.length > 0) {
      this.started = true;
      if (input.charCodeAt(0) === 0xfeff) input = input.slice(1); // a byte order mark is not data
    }
    const events: StreamEvent[] = [];
    let start = 0;
    for (let i = 0; i < input.length; i++) {
      const c = input[i];
      if (this.afterCR) {
        this.afterCR = false;
        if (c === "\n") {
          start = i + 1;
          continue;
        }
      }
      if (c === "\n" || c === "\r") {
        this.line(input.slice(start, i), events);
        start = i + 1;
        this.afterCR = c === "\r";
      }
    }
    this.rest = input.slice(start);
    return events;
  }

  private line(line: string, events: StreamEvent[]) {
    if (line === "") {
      this.dispatch(events);
      return;
    }
    if (line.startsWith(":")) return; // a comment: the heartbeat that keeps proxies from closing
    const colon = line.indexOf(":");
    const field = colon < 0 ? line : line.slice(0, colon);
    let value = colon < 0 ? "" : line.slice(colon + 1);
    if (value.startsWith(" ")) value = value.slice(1);
    switch (field) {
      case "event":
        this.type = value;
        break;
      case "data":
        this.data += `${value}\n`;
        break;
      case "id":
        if (!value.includes("\0")) this.idBuffer = value;
        break;
      case "retry":
        if (/^\d+$/.test(value)) this.retry = Number(value);
        break;
      default:
      // Unknown fields are ignored, as the standard says.
    }
  }

  private dispatch(events: StreamEvent[]) {
    // An id counts from the blank line that ends its event, even an event without data.
    this.lastEventId = this.idBuffer;
    if (this.data === "") {
      this.type = "";
      return;
    }
    events.push({ type: this.type || "message", data: this.data.slice(0, -1), id: this.lastEventId });
    this.type = "";
    this.data = "";
  }
}

export interface EventStreamOptions {
  url: string;
  // Asked before every connection, so a new token is used on the next reconnect.
  headers: () => Record<string, string>;
  onEvent: (event: StreamEvent) => void;
  // The connection is open (2xx, text/event-stream): a screen may reload what it missed meanwhile.
  onOpen?: () => void;
  // The server refused the stream with this status: "stop" ends it for good (a refused token),
  // "retry" tries again after the next delay (the server restarting, a proxy's error).
  onRefused?: (status: number) => "stop" | "retry";
  lastEventId?: string;
  fetch?: typeof fetch;
  initialDelayMs?: number; // the first delay, and the delay after a connection that delivered data
  maxDelayMs?: number;
  random?: () => number; // jitter, so that a server's restart is not met by every tab at once
  sleep?: (ms: number, signal: AbortSignal) => Promise<void>;
}

export interface EventStream {
  close(): void;
  lastEventId(): string;
}

function abortableSleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal.aborted) return resolve();
    const timer = setTimeout(done, ms);
    function done() {
      clearTimeout(timer);
      signal.removeEventListener("abort", done);
      resolve();
    }
    signal.addEventListener("abort", done);
  });
}

// Opens the stream and keeps it open until close(): reconnects after an end or a failure, waiting
// initialDelayMs (or the server's retry) doubled after each connection that delivered nothing, up
// to maxDelayMs, with up to a fifth of jitter.
export function connectEventStream(options: EventStreamOptions): EventStream {
  const controller = new AbortController();
  const fetchStream = options.fetch ?? fetch.bind(globalThis);
  const sleep = options.sleep ?? abortableSleep;
  const random = options.random ?? Math.random;
  const maxDelay = options.maxDelayMs ?? 60_000;
  let baseDelay = options.initialDelayMs ?? 1_000;
  let lastEventId = options.lastEventId ?? "";

  async function connectOnce(): Promise<"delivered" | "nothing" | "stop"> {
    const headers: Record<string, string> = { Accept: "text/event-stream", ...options.headers() };
    if (lastEventId) headers["Last-Event-ID"] = lastEventId;
    const response = await fetchStream(options.url, { headers, signal: controller.signal, cache: "no-store" });
    const type = response.headers.get("Content-Type") ?? "";
    if (!response.ok || !response.body || !type.startsWith("text/event-stream")) {
      // Drop the body of a refusal so the connection can be reused.
      response.body?.cancel().catch(() => undefined);
      return options.onRefused?.(response.status) === "stop" ? "stop" : "nothing";
    }
    options.onOpen?.();
    const parser = new EventStreamParser(lastEventId);
    const decoder = new TextDecoder();
    const reader = response.body.getReader();
    let delivered = false;
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      delivered = true;
      for (const event of parser.push(decoder.decode(value, { stream: true }))) {
        lastEventId = event.id;
        options.onEvent(event);
        if (controller.signal.aborted) return "stop";
      }
      lastEventId = parser.lastEventId;
      if (parser.retry !== undefined) baseDelay = parser.retry;
    }
    return delivered ? "delivered" : "nothing";
  }

  (async () => {
    let delay = baseDelay;
    while (!controller.signal.aborted) {
      let outcome: "delivered" | "nothing" | "stop" = "nothing";
      try {
        outcome = await connectOnce();
      } catch {
        // The network failed or the stream broke: the same as a stream that ended.
      }
      if (outcome === "stop" || controller.signal.aborted) return;
      delay = outcome === "delivered" ? baseDelay : Math.min(maxDelay, delay);
      await sleep(Math.round(delay * (1 + random() / 5)), controller.signal);
      delay = Math.min(maxDelay, delay * 2);
    }
  })();

  return {
    close: () => controller.abort(),
    lastEventId: () => lastEventId,
  };
}
