// The live events' client (src/eventStream.ts) without a browser or server: the event-stream
// parser against the HTML standard's rules, and the connection loop against a fetch that the test
// scripts (Last-Event-ID on reconnect, growing delays, a refused token, the bearer header).
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import ts from "typescript";

// The module as the browser gets it, compiled on the fly (it imports nothing).
const source = readFileSync(join(dirname(fileURLToPath(import.meta.url)), "..", "src", "eventStream.ts"), "utf8");
const compiled = ts.transpileModule(source, {
  compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 },
}).outputText;
const { EventStreamParser, connectEventStream } = await import(
  `data:text/javascript;base64,${Buffer.from(compiled).toString("base64")}`
);

const parse = (...chunks) => {
  const parser = new EventStreamParser();
  const events = chunks.flatMap((c) => parser.push(c));
  return { events, parser };
};

test("an event's id, type and data; data lines are joined with newlines", () => {
  const { events, parser } = parse('id: 7\nevent: task.claimed\ndata: {"a":1,\ndata: "b":2}\n\n');
  assert.deepEqual(events, [{ id: "7", type: "task.claimed", data: '{"a":1,\n"b":2}' }]);
  assert.equal(parser.lastEventId, "7");
});

test("an event without a type is a message; one space after the colon is dropped, no more", () => {
  const { events } = parse("data:no space\n\ndata:  two spaces\n\ndata\n\n");
  assert.deepEqual(
    events.map((e) => [e.type, e.data]),
    [
      ["message", "no space"],
      ["message", " two spaces"],
      ["message", ""],
    ],
  );
});

test("comments (the heartbeat) and unknown fields are ignored", () => {
  const { events } = parse(": heartbeat\n\n:another\nfoo: bar\ndata: x\n: in the middle\n\n");
  assert.deepEqual(events, [{ id: "", type: "message", data: "x" }]);
});

test("lines may end in CRLF, LF or CR, also split across chunks", () => {
  const whole = parse("id: 1\r\ndata: a\r\n\r\nid: 2\rdata: b\r\rid: 3\ndata: c\n\n").events;
  assert.deepEqual(
    whole.map((e) => [e.id, e.data]),
    [
      ["1", "a"],
      ["2", "b"],
      ["3", "c"],
    ],
  );
  // The same bytes cut anywhere, a CR and its LF in two chunks included.
  const text = "id: 1\r\ndata: a\r\n\r\nid: 2\rdata: b\r\rid: 3\ndata: c\n\n";
  for (let cut = 1; cut < text.length; cut++) {
    const split = parse(text.slice(0, cut), text.slice(cut)).events;
    assert.deepEqual(split, whole, `cut at ${cut}`);
  }
  // One character at a time.
  assert.deepEqual(parse(...text.split("")).events, whole);
});

test("an event the stream ends in the middle of is not dispatched", () => {
  const { events } = parse("data: complete\n\ndata: half");
  assert.deepEqual(
    events.map((e) => e.data),
    ["complete"],
  );
});

test("an id with no data sets the resume point without an event; the id carries over to later events", () => {
  const { events, parser } = parse("id: 41\n\n");
  assert.deepEqual(events, []);
  assert.equal(parser.lastEventId, "41");
  const next = parser.push("event: resync\ndata: {}\n\n");
  assert.deepEqual(next, [{ id: "41", type: "resync", data: "{}" }]);
  // An id with a NUL is ignored; an empty id clears it.
  assert.equal(parser.push("id: 4\u00002\ndata: x\n\n")[0].id, "41");
  assert.equal(parser.push("id\ndata: y\n\n")[0].id, "");
});

test("retry sets the reconnection delay only when it is all digits; a leading byte order mark is dropped", () => {
  const { events, parser } = parse("\uFEFFretry: 2500\ndata: x\n\nretry: soon\n\n");
  assert.equal(parser.retry, 2500);
  assert.equal(events[0].data, "x");
});

// A fetch the test scripts: each call answers with the next reply, records its request, and a
// reply of null waits until the stream is closed (a connection that stays open).
function scriptedFetch(replies) {
  const requests = [];
  const fetchFn = async (url, init) => {
    requests.push({ url, headers: init.headers });
    const reply = replies.shift();
    if (reply === undefined || reply === null) {
      return new Promise((_, reject) => init.signal.addEventListener("abort", () => reject(new Error("aborted"))));
    }
    if (typeof reply === "number") return new Response("{}", { status: reply, headers: { "Content-Type": "application/problem+json" } });
    const body = new ReadableStream({
      start(controller) {
        for (const chunk of reply) controller.enqueue(new TextEncoder().encode(chunk));
        controller.close();
      },
    });
    return new Response(body, { status: 200, headers: { "Content-Type": "text/event-stream" } });
  };
  return { fetchFn, requests };
}

function until(condition, what) {
  return new Promise((resolve, reject) => {
    const started = Date.now();
    const check = () => {
      if (condition()) return resolve();
      if (Date.now() - started > 5000) return reject(new Error(`timed out waiting for ${what}`));
      setTimeout(check, 5);
    };
    check();
  });
}

test("the stream reconnects with Last-Event-ID and the bearer token, waiting longer after each failure", async () => {
  const { fetchFn, requests } = scriptedFetch([
    ["id: 5\nevent: task.claimed\ndata: {\"task_id\":1}\n\n", ": heartbeat\n"],
    503,
    503,
    ["id: 6\nevent: task.done\ndata: {}\n\n"],
    null,
  ]);
  const delays = [];
  const events = [];
  let token = "first";
  const stream = connectEventStream({
    url: "/v1/events",
    headers: () => ({ Authorization: `Bearer ${token}` }),
    onEvent: (e) => events.push(e),
    fetch: fetchFn,
    initialDelayMs: 100,
    random: () => 0,
    sleep: async (ms) => {
      delays.push(ms);
      token = "second";
    },
  });
  await until(() => requests.length === 5, "five connections");
  stream.close();
  assert.deepEqual(
    events.map((e) => [e.id, e.type]),
    [
      ["5", "task.claimed"],
      ["6", "task.done"],
    ],
  );
  assert.equal(requests[0].headers["Last-Event-ID"], undefined, "a new stream has nothing to resume");
  assert.equal(requests[0].headers.Authorization, "Bearer first");
  assert.equal(requests[0].headers.Accept, "text/event-stream");
  for (const r of requests.slice(1, 4)) assert.equal(r.headers["Last-Event-ID"], "5");
  assert.equal(requests[4].headers["Last-Event-ID"], "6");
  assert.equal(requests[1].headers.Authorization, "Bearer second", "the token is read again at each reconnect");
  // After a stream that delivered: the first delay; after failures: doubled each time.
  assert.deepEqual(delays, [100, 200, 400, 100]);
  assert.equal(stream.lastEventId(), "6");
});

test("a refused token stops the stream; other refusals are tried again up to the longest delay", async () => {
  const stopped = scriptedFetch([401, ["data: never\n\n"]]);
  const refusals = [];
  connectEventStream({
    url: "/v1/events",
    headers: () => ({}),
    onEvent: () => assert.fail("no event after a refused token"),
    onRefused: (status) => {
      refusals.push(status);
      return status === 401 ? "stop" : "retry";
    },
    fetch: stopped.fetchFn,
    sleep: async () => {},
  });
  await until(() => refusals.length === 1, "the refusal");
  await new Promise((r) => setTimeout(r, 50));
  assert.equal(stopped.requests.length, 1, "no reconnect after 401");

  const flaky = scriptedFetch([404, 404, 404, 404, 404, null]);
  const delays = [];
  const stream = connectEventStream({
    url: "/v1/events",
    headers: () => ({}),
    onEvent: () => {},
    fetch: flaky.fetchFn,
    initialDelayMs: 1000,
    maxDelayMs: 3000,
    random: () => 1, // the most jitter: a fifth more
    sleep: async (ms) => delays.push(ms),
  });
  await until(() => flaky.requests.length === 6, "six connections");
  stream.close();
  assert.deepEqual(delays, [1200, 2400, 3600, 3600, 3600]);
});

test("close() ends an open stream and no reconnect follows", async () => {
  const { fetchFn, requests } = scriptedFetch([null]);
  let slept = 0;
  const stream = connectEventStream({
    url: "/v1/events",
    headers: () => ({}),
    onEvent: () => {},
    fetch: fetchFn,
    sleep: async () => {
      slept++;
    },
  });
  await until(() => requests.length === 1, "the connection");
  stream.close();
  await new Promise((r) => setTimeout(r, 50));
  assert.equal(requests.length, 1);
  assert.equal(slept, 0);
});
