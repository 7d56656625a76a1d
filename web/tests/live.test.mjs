// Live events in the browser: the screens follow GET /v1/events instead of reloading. The page's
// event stream is intercepted (the test plays the server's part, holding each connection until it
// answers it), while the change itself is made through the real API, as another user would; the
// screen must show the change only once the event arrives, and reconnect with Last-Event-ID and
// the bearer token.
import { test } from "node:test";
import assert from "node:assert/strict";
import { apiAs, demoWorld, login, openPage, screenshot, today } from "./harness.mjs";
import { addDays } from "./dates.mjs";

const world = demoWorld();
const clockNow = `${today}T06:30`; // the harness's clock

// Takes over the page's event stream: every connection waits until the test answers it.
async function interceptEvents(page) {
  const held = [];
  await page.route("**/v1/events", (route) => {
    held.push(route);
  });
  return {
    // The next connection the page opens (waits for it).
    async next() {
      const started = Date.now();
      while (!held.length) {
        if (Date.now() - started > 15000) throw new Error("the page opened no event stream");
        await new Promise((r) => setTimeout(r, 20));
      }
      return held.shift();
    },
    // Answers a connection with these events; the stream then ends, as a dropped connection would.
    deliver(route, events) {
      const body = events
        .map((e) => `${e.id !== undefined ? `id: ${e.id}\n` : ""}event: ${e.type}\ndata: ${JSON.stringify(e.data)}\n\n`)
        .join(": heartbeat\n");
      return route.fulfill({ status: 200, headers: { "Content-Type": "text/event-stream", "Cache-Control": "no-store" }, body });
    },
  };
}

// How many requests to `path` the page made.
function countRequests(page, path) {
  const counter = { n: 0 };
  page.on("request", (r) => {
    if (new URL(r.url()).pathname === path) counter.n++;
  });
  return counter;
}

const settle = (ms) => new Promise((r) => setTimeout(r, ms));

test("the board shows a task reopened elsewhere once the event arrives, and resumes the stream after it", async () => {
  const coordinator = await apiAs(world.server, "coordinator@noord.demo");
  const tasks = (await coordinator.get(`/v1/tasks?from=${today}&to=${today}&limit=500`)).json.items;
  const claimed = tasks.find((t) => t.status === "claimed" && t.check_in === null && t.window.start > clockNow);
  assert.ok(claimed, "the demo day has a claimed visit that has not started");
  const openCount = tasks.filter((t) => t.status === "open").length;

  const page = await openPage(world.browser, world.server, "desktop");
  const events = await interceptEvents(page);
  const boardLoads = countRequests(page, "/v1/board");
  await login(page, "coordinator@noord.demo");
  await page.getByRole("heading", { name: "Planning board" }).waitFor();
  const openLane = page.getByRole("group", { name: "Open lane: tasks nobody holds" });
  await openLane.getByRole("button").first().waitFor();
  assert.equal(await openLane.getByRole("button").count(), openCount);

  const first = await events.next();
  assert.equal(first.request().headers().authorization, `Bearer ${await page.evaluate(() => sessionStorage.getItem("carecrowd.token"))}`);
  assert.equal(first.request().headers().accept, "text/event-stream");
  assert.equal(first.request().headers()["last-event-id"], undefined);

  // Another coordinator takes the visit back into the market: the screen does not know yet.
  assert.equal((await coordinator.post(`/v1/tasks/${claimed.id}/reopen`)).status, 200);
  await settle(1000);
  assert.equal(await openLane.getByRole("button").count(), openCount, "no polling: the board waits for the event");
  const loadsBefore = boardLoads.n;

  await events.deliver(first, [
    {
      id: 41,
      type: "task.reopened",
      data: { task_id: claimed.id, day: today, window: claimed.window, status: "open", caregiver_id: null, urgent: true },
    },
  ]);
  await openLane.locator(`[data-task-id="${claimed.id}"]`).waitFor();
  assert.equal(await openLane.getByRole("button").count(), openCount + 1);
  assert.equal(boardLoads.n, loadsBefore + 1, "one reload for the event");
  assert.equal(new URL(page.url()).pathname, "/board", "no page reload or navigation");
  await screenshot(page, "live-board");

  // The stream ended: the page reconnects and asks for what came after the last event it saw.
  const second = await events.next();
  assert.equal(second.request().headers()["last-event-id"], "41");
  assert.match(second.request().headers().authorization, /^Bearer /);
  // An event about another day does not reload this one; a resync does.
  const loadsAfterEvent = boardLoads.n;
  await events.deliver(second, [
    { id: 42, type: "task.claimed", data: { task_id: 1, day: addDays(today, 3), status: "claimed" } },
  ]);
  const third = await events.next();
  assert.equal(third.request().headers()["last-event-id"], "42");
  await settle(500);
  assert.equal(boardLoads.n, loadsAfterEvent, "another day's change is not this board's");
  await events.deliver(third, [{ type: "resync", data: {} }]);
  const started = Date.now();
  while (boardLoads.n === loadsAfterEvent && Date.now() - started < 5000) await settle(20);
  assert.equal(boardLoads.n, loadsAfterEvent + 1, "a resync loads the board again");
  page.assertClean();
  await page.context().close();
});

test("my day drops a visit the coordinator took back once the event arrives", async () => {
  const coordinator = await apiAs(world.server, "coordinator@noord.demo");
  const tomorrow = addDays(today, 1);
  const tasks = (await coordinator.get(`/v1/tasks?from=${tomorrow}&to=${tomorrow}&status=claimed&limit=500`)).json.items;
  const holders = new Set(tasks.map((t) => t.caregiver_id));
  // A demo caregiver of the organisation who holds a visit tomorrow.
  let email = null;
  let caregiverId = null;
  for (let n = 1; n <= 80 && !email; n++) {
    const me = (await (await apiAs(world.server, `caregiver${n}@crowd.demo`)).get("/v1/me")).json;
    if (holders.has(me.caregiver_id)) {
      email = `caregiver${n}@crowd.demo`;
      caregiverId = me.caregiver_id;
    }
  }
  assert.ok(email, "some demo caregiver holds a visit tomorrow");
  const task = tasks.find((t) => t.caregiver_id === caregiverId);

  const page = await openPage(world.browser, world.server, "phone");
  const events = await interceptEvents(page);
  await login(page, email);
  // Within the app, as a caregiver would: one page, one event stream.
  await page.getByRole("link", { name: "My day" }).click();
  await page.getByRole("button", { name: /^Next day/ }).click();
  await page.waitForURL((url) => url.searchParams.get("date") === tomorrow);
  const stop = page.locator(`li.stop[data-task="${task.id}"]`);
  await stop.waitFor();
  const connection = await events.next();

  assert.equal((await coordinator.post(`/v1/tasks/${task.id}/reopen`)).status, 200);
  await settle(1000);
  assert.equal(await stop.count(), 1, "still shown: the screen has not been told");
  await events.deliver(connection, [
    { id: 7, type: "task.reopened", data: { task_id: task.id, day: tomorrow, window: task.window } },
  ]);
  await stop.waitFor({ state: "detached" });
  const next = await events.next();
  assert.equal(next.request().headers()["last-event-id"], "7");
  page.assertClean();
  await page.context().close();
});
