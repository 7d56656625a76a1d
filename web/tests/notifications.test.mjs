// Notifications in the top bar, live: a caregiver's phone hears that the coordinator took a visit
// back and assigned it again (real events from the server, made through the API as the coordinator
// would), the bell counts them unread, opening it reads them, and the list and the unread count
// survive a reload; a coordinator hears a visit given back. Dutch first on the caregiver's phone.
import { test } from "node:test";
import assert from "node:assert/strict";
import { addDays } from "./dates.mjs";
import { join } from "node:path";
import { apiAs, demoWorld, login, openPage, screenshotDir, today } from "./harness.mjs";

// The top of the screen only, where the bell and its panel are (the feed below is long).
const screenshot = (page, name) => page.screenshot({ path: join(screenshotDir, `${name}-${page.size}.png`) });

const world = demoWorld();

// A demo caregiver of Noord holding a claimed visit on `day` that has not started, with the visit.
async function holderOn(day, { releasable = false } = {}) {
  const coordinator = await apiAs(world.server, "coordinator@noord.demo");
  const tasks = (await coordinator.get(`/v1/tasks?from=${day}&to=${day}&status=claimed&limit=500`)).json.items;
  const holders = new Map(tasks.filter((t) => t.check_in === null).map((t) => [t.caregiver_id, t]));
  for (let n = 1; n <= 80; n++) {
    const email = `caregiver${n}@crowd.demo`;
    const me = (await (await apiAs(world.server, email)).get("/v1/me")).json;
    const task = holders.get(me.caregiver_id);
    if (task && (!releasable || task.window.start >= `${addDays(today, 1)}T08:00`)) return { email, caregiverId: me.caregiver_id, task };
  }
  assert.fail(`no demo caregiver holds a visit on ${day}`);
}

// Resolves once the page's event stream is open (the server sends its headers): events made after
// that reach the page.
const streamOpen = (page) => page.waitForResponse((r) => new URL(r.url()).pathname === "/v1/events" && r.status() === 200);

test("a caregiver's phone: a visit taken back and assigned again ring the bell, read when opened, kept after a reload", async () => {
  const tomorrow = addDays(today, 1);
  const { email, caregiverId, task } = await holderOn(tomorrow);
  const coordinator = await apiAs(world.server, "coordinator@noord.demo");
  const page = await openPage(world.browser, world.server, "phone", { locale: "nl-NL" });
  const opened = streamOpen(page);
  await login(page, email, { dutch: true });
  await opened;
  const bell = page.locator(".bell-button");
  assert.equal(await bell.getAttribute("aria-label"), "Meldingen");
  assert.equal(await bell.getAttribute("aria-expanded"), "false");

  // The coordinator takes the visit back: the event reaches the open phone, whatever screen it shows.
  assert.equal((await coordinator.post(`/v1/tasks/${task.id}/reopen`)).status, 200);
  await page.getByRole("button", { name: /^Meldingen, \d+ ongelezen$/ }).waitFor();
  await screenshot(page, "notifications-unread");
  const unread = Number((await bell.getAttribute("aria-label")).match(/(\d+) ongelezen/)[1]);

  await bell.click();
  const panel = page.getByRole("region", { name: "Meldingen" });
  await panel.waitFor();
  assert.equal(await bell.getAttribute("aria-expanded"), "true");
  assert.equal(await bell.getAttribute("aria-label"), "Meldingen", "opening the panel reads them");
  const items = panel.getByRole("listitem");
  // Taken back, and perhaps the same visit offered again as urgent (it is open now and fits).
  assert.equal(await items.count(), unread);
  const window = `${task.window.start.slice(11)}–${task.window.end.slice(11)}`;
  const reopened = items.filter({ hasText: "Teruggenomen" });
  assert.match(await reopened.innerText(), new RegExp(`^\\d\\d:\\d\\d\\s+Teruggenomen: je bezoek op di 3 mrt, start ${window}, is niet meer van jou`));
  assert.equal(await reopened.getByRole("link").getAttribute("href"), `/day?date=${tomorrow}`);
  await screenshot(page, "notifications-panel");
  // Escape closes it and gives the focus back to the bell.
  await page.keyboard.press("Escape");
  await panel.waitFor({ state: "detached" });
  assert.equal(await page.evaluate(() => document.activeElement?.classList.contains("bell-button")), true);

  // Assigned to them again: one unread, also after a reload.
  assert.equal((await coordinator.post(`/v1/tasks/${task.id}/assign`, { caregiver_id: caregiverId })).status, 200);
  await page.getByRole("button", { name: "Meldingen, 1 ongelezen" }).waitFor();
  await page.reload();
  await page.getByRole("button", { name: "Meldingen, 1 ongelezen" }).waitFor();
  await bell.click();
  const first = panel.getByRole("listitem").first();
  assert.match(await first.innerText(), new RegExp(`Aan jou toegewezen: een bezoek op di 3 mrt, start ${window}`));
  assert.match(await panel.getByRole("listitem").last().innerText(), /Teruggenomen/, "newest first");
  // Its link opens my day on that date, with the visit back on it; the panel closes.
  await first.getByRole("link").click();
  await page.waitForURL((url) => url.pathname === "/day" && url.searchParams.get("date") === tomorrow);
  await page.locator(`li.stop[data-task="${task.id}"]`).waitFor();
  await panel.waitFor({ state: "detached" });
  assert.equal(await bell.getAttribute("aria-label"), "Meldingen");
  page.assertClean();
  await page.context().close();
});

test("a coordinator hears that a caregiver gave a visit back, with a link to that day's board", async () => {
  const later = addDays(today, 2);
  const { email, task } = await holderOn(later, { releasable: true });
  const caregiver = await apiAs(world.server, email);
  const page = await openPage(world.browser, world.server, "desktop");
  const opened = streamOpen(page);
  await login(page, "coordinator@noord.demo");
  await opened;
  assert.equal((await caregiver.post(`/v1/tasks/${task.id}/release`)).status, 200);
  await page.getByRole("button", { name: /^Notifications, \d+ unread$/ }).click();
  const panel = page.getByRole("region", { name: "Notifications" });
  const given = panel.getByRole("listitem").filter({ hasText: "Given back" });
  const window = `${task.window.start.slice(11)}–${task.window.end.slice(11)}`;
  assert.match(await given.innerText(), new RegExp(`^\\d\\d:\\d\\d\\s+Given back: visit on Wed 4 Mar, start ${window}, open again as urgent`));
  await screenshot(page, "notifications-coordinator");
  await given.getByRole("link").click();
  await page.waitForURL((url) => url.pathname === "/board" && url.searchParams.get("date") === later);
  await page.locator(`[data-task-id="${task.id}"]`).first().waitFor();
  page.assertClean();
  await page.context().close();
});

test("an offer made while the caregiver's app was closed is in the bell when they open it, once", async () => {
  const email = "caregiver7@crowd.demo";
  const caregiver = await apiAs(world.server, email);
  const me = (await caregiver.get("/v1/me")).json;
  const [task] = (await caregiver.get(`/v1/feed?from=${addDays(today, 1)}&to=${addDays(today, 6)}&limit=50`)).json.items.filter(
    (t) => !t.double_staffed,
  );
  assert.ok(task, "an open visit that fits them");
  const coordinator = await apiAs(world.server, /Noord/.test(task.organisation.name) ? "coordinator@noord.demo" : "coordinator@zuid.demo");

  // The app open once: the server now keeps where the bell is. Then closed.
  let page = await openPage(world.browser, world.server, "phone", { locale: "nl-NL" });
  const cursorSet = page.waitForResponse((r) => new URL(r.url()).pathname === "/v1/my/notifications/seen" && r.status() === 200);
  await login(page, email, { dutch: true });
  await cursorSet;
  await page.context().close();

  const offered = await coordinator.post(`/v1/tasks/${task.id}/offers`, { caregiver_ids: [me.caregiver_id] });
  assert.equal(offered.status, 201, offered.text);

  // Opened again, on another phone (nothing kept in this browser): the bell has it, unread.
  page = await openPage(world.browser, world.server, "phone", { locale: "nl-NL" });
  await login(page, email, { dutch: true });
  const bell = page.getByRole("button", { name: /^Meldingen, \d+ ongelezen$/ });
  await bell.waitFor();
  await bell.click();
  const panel = page.getByRole("region", { name: "Meldingen" });
  const offer = panel.getByRole("listitem").filter({ hasText: `Aanbod: ${task.type}` });
  await offer.waitFor();
  assert.equal(await offer.count(), 1);
  assert.equal(await offer.getByRole("link").getAttribute("href"), "/feed");
  await screenshot(page, "notifications-missed");
  // Taken in: a reload lists it once more, read, not as a new notice.
  const seen = page.waitForResponse((r) => new URL(r.url()).pathname === "/v1/my/notifications/seen");
  await page.reload();
  await seen;
  await page.getByRole("button", { name: "Meldingen" }).waitFor();
  await page.getByRole("button", { name: "Meldingen" }).click();
  assert.equal(await panel.getByRole("listitem").filter({ hasText: `Aanbod: ${task.type}` }).count(), 1);
  page.assertClean();
  await page.context().close();
});
