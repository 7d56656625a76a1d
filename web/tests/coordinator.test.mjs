// The coordinator's screens against a real demo server: the planning board (day and week), the
// routes map, clients and care arrangements (create, refuse bad input, edit, end), the planner's
// review before sending, and verifying certificates. What the screens show is compared with what
// the API says, and what the forms did with what the server stored.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import {
  apiAs,
  assertFormsLabelled,
  launchBrowser,
  login,
  openPage,
  screenshot,
  startServer,
  today,
} from "./harness.mjs";

const coordinatorEmail = "coordinator@noord.demo";
let server;
let browser;
let coordinator;
let organisationId;

before(async () => {
  server = await startServer();
  browser = await launchBrowser();
  coordinator = await apiAs(server, coordinatorEmail);
  organisationId = (await coordinator.get("/v1/me")).json.organisation_id;
});
after(async () => {
  await browser?.close();
  await server?.stop();
});

// Every page of a paginated list.
async function all(api, path) {
  const items = [];
  let after;
  for (;;) {
    const sep = path.includes("?") ? "&" : "?";
    const reply = await api.get(`${path}${sep}limit=500${after ? `&after=${after}` : ""}`);
    assert.equal(reply.status, 200, `${path}: ${reply.text}`);
    items.push(...reply.json.items);
    if (!reply.json.next_after) return items;
    after = reply.json.next_after;
  }
}

const dayTasks = async (day) => (await all(coordinator, `/v1/tasks?from=${day}&to=${day}`)).filter((t) => t.status !== "cancelled");
const caregiverList = () => all(coordinator, `/v1/organisations/${organisationId}/caregivers`);
const addDays = (date, n) => {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
};
const weekday = (date) => new Date(`${date}T00:00:00Z`).getUTCDay(); // 0 Sunday .. 6 Saturday

// Presses Tab until the focused element's label or text contains `name` (keyboard only).
async function tabTo(page, name, limit = 80) {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press("Tab");
    const label = await page.evaluate(() => {
      const el = document.activeElement;
      if (!el) return "";
      return (el.labels?.[0]?.textContent ?? el.getAttribute("aria-label") ?? el.textContent ?? "").trim();
    });
    if (label.includes(name)) return;
  }
  assert.fail(`Tab never reached "${name}"`);
}

async function openAs(size, path, email = coordinatorEmail) {
  const page = await openPage(browser, server, size);
  await login(page, email);
  await page.goto(path);
  return page;
}

test("the board shows the day: an open lane, a row per caregiver, at-risk and double-staffed visits; a visit's details take it back into the market", async () => {
  const tasks = await dayTasks(today);
  const names = new Map((await caregiverList()).map((c) => [c.id, c.name]));
  const board = (await coordinator.get(`/v1/board?from=${today}&to=${today}`)).json.days[0];
  const open = tasks.filter((t) => t.caregiver_id === null);
  const caregiverIds = new Set(tasks.filter((t) => t.caregiver_id !== null).map((t) => t.caregiver_id));
  const atRisk = tasks.filter((t) => t.at_risk);
  assert.ok(open.length > 0 && caregiverIds.size > 0 && atRisk.length > 0, "the demo day has open, claimed and at-risk tasks");

  const page = await openAs("desktop", "/board");
  await page.getByRole("heading", { name: "Planning board" }).waitFor();
  const openLane = page.getByRole("group", { name: "Open lane: tasks nobody holds" });
  const rows = page.getByRole("group", { name: "Caregivers' visits" }).locator(".timeline-row");
  await openLane.getByRole("button").first().waitFor();
  assert.equal(await openLane.getByRole("button").count(), open.length, "one block per open task");
  assert.equal(await rows.count(), caregiverIds.size, "one row per caregiver holding tasks");
  const labels = await rows.locator(".row-label strong").allTextContents();
  assert.deepEqual(new Set(labels), new Set([...caregiverIds].map((id) => names.get(id))));
  // The summary is the board's.
  const stats = page.getByRole("list", { name: /^Summary/ });
  await stats.getByText(`${board.open} open`).waitFor();
  assert.match(await stats.textContent(), new RegExp(`${board.at_risk}\\s*⚠\\s*at risk`));

  // At risk: a red border and a ⚠ marker, and "at risk" in the accessible name.
  const riskBlocks = page.locator(".visit-block.at-risk");
  assert.equal(await riskBlocks.count(), atRisk.length);
  const risky = page.locator(`[data-task-id="${atRisk[0].id}"]`);
  assert.match(await risky.getAttribute("aria-label"), /at risk/);
  assert.match(await risky.textContent(), /⚠/);
  const borders = await page.evaluate((id) => {
    const colour = (el) => getComputedStyle(el).borderTopColor;
    const safe = document.querySelector(".visit-block:not(.at-risk)");
    return [colour(document.querySelector(`[data-task-id="${id}"]`)), colour(safe)];
  }, atRisk[0].id);
  assert.equal(borders[0], "rgb(166, 27, 27)");
  assert.notEqual(borders[0], borders[1]);

  // Double-staffed visits: every slot carries the shared ×2 marker.
  const byVisit = new Map();
  for (const t of tasks) byVisit.set(`${t.care_task_id}/${t.day}`, [...(byVisit.get(`${t.care_task_id}/${t.day}`) ?? []), t]);
  const pairs = [...byVisit.values()].filter((slots) => slots.length > 1);
  assert.ok(pairs.length > 0, "the demo day has a double-staffed visit");
  for (const slot of pairs[0]) {
    const block = page.locator(`[data-task-id="${slot.id}"]`);
    assert.match(await block.textContent(), /×2/);
    assert.match(await block.getAttribute("aria-label"), /double-staffed/);
  }
  // ... and a line joins the slots (one lane may be open, the other a caregiver's row).
  assert.ok((await page.locator("svg.pair-links .pair-link").count()) >= pairs.length);
  // Digital visits are marked.
  const digital = tasks.find((t) => t.mode === "digital");
  if (digital) assert.match(await page.locator(`[data-task-id="${digital.id}"]`).getAttribute("aria-label"), /digital visit/);
  await screenshot(page, "coordinator-board");

  // A claimed evening visit (not started, not a demo client the other tests edit): details, then reopen.
  const claimed = tasks.find((t) => t.status === "claimed" && !t.check_in && t.window.start > `${today}T17:00` && t.client_id !== 2);
  assert.ok(claimed, "a claimed evening task to reopen");
  await page.locator(`[data-task-id="${claimed.id}"]`).click();
  const dialog = page.getByRole("dialog");
  await dialog.getByRole("heading", { name: claimed.type }).waitFor();
  await dialog.getByText(claimed.client_name).waitFor();
  await dialog.getByText(names.get(claimed.caregiver_id), { exact: true }).waitFor();
  assert.match(await dialog.textContent(), new RegExp(`${claimed.window.start.slice(11)}–${claimed.window.end.slice(11)}`));
  await screenshot(page, "coordinator-visit-details");
  await dialog.getByRole("button", { name: "Take back into the market" }).click();
  await dialog.getByText("The task is back in the market").waitFor();
  const reopened = (await coordinator.get(`/v1/tasks/${claimed.id}`)).json;
  assert.equal(reopened.status, "open");
  assert.equal(reopened.caregiver_id, null);
  await page.keyboard.press("Escape");
  await dialog.waitFor({ state: "hidden" });
  await openLane.locator(`[data-task-id="${claimed.id}"]`).waitFor();

  // Week: a row per caregiver with tasks that week; a day's header opens its day.
  await page.getByRole("button", { name: "Week", exact: true }).click();
  const week = page.locator("table.week-board");
  await week.waitFor();
  const monday = today; // the harness's clock is a Monday
  const weekTasks = (await all(coordinator, `/v1/tasks?from=${monday}&to=${addDays(monday, 6)}`)).filter((t) => t.status !== "cancelled");
  const weekCaregivers = new Set(weekTasks.filter((t) => t.caregiver_id !== null).map((t) => t.caregiver_id));
  assert.equal(await week.locator("tbody tr").count(), weekCaregivers.size);
  const weekBoard = (await coordinator.get(`/v1/board?from=${monday}&to=${addDays(monday, 6)}`)).json;
  assert.match(await week.locator("thead th").nth(2).textContent(), new RegExp(`${weekBoard.days[1].open} open`));
  await screenshot(page, "coordinator-board-week");
  await week.getByRole("button", { name: "Tue 3 Mar" }).click();
  await page.getByRole("heading", { name: "Tue 3 Mar" }).waitFor();
  assert.equal(new URL(page.url()).searchParams.get("date"), addDays(today, 1));
  await assertFormsLabelled(page);
  page.assertClean();
  await page.context().close();
});

test("the board on a phone: blocks open their details with the keyboard and focus comes back", async () => {
  const page = await openAs("phone", "/board");
  const tasks = await dayTasks(today);
  const first = tasks.find((t) => t.caregiver_id !== null);
  const block = page.locator(`[data-task-id="${first.id}"]`);
  await block.waitFor();
  await screenshot(page, "coordinator-board");
  await block.focus();
  await page.keyboard.press("Enter");
  const dialog = page.getByRole("dialog");
  await dialog.getByRole("heading", { name: first.type }).waitFor();
  await screenshot(page, "coordinator-visit-details");
  await page.keyboard.press("Escape");
  await dialog.waitFor({ state: "hidden" });
  assert.equal(await page.evaluate(() => document.activeElement?.getAttribute("data-task-id")), String(first.id));
  await page.getByRole("button", { name: "Week", exact: true }).click();
  await page.locator("table.week-board").waitFor();
  await screenshot(page, "coordinator-board-week");
  await assertFormsLabelled(page);
  page.assertClean();
  await page.context().close();
});

for (const size of ["desktop", "phone"]) {
  test(`the map draws a route per caregiver with visits to travel to, open tasks hollow (${size})`, async () => {
    const tasks = (await dayTasks(today)).filter((t) => t.mode !== "digital");
    const names = new Map((await caregiverList()).map((c) => [c.id, c.name]));
    const routeIds = [...new Set(tasks.filter((t) => t.caregiver_id !== null).map((t) => t.caregiver_id))];
    const open = tasks.filter((t) => t.caregiver_id === null);
    const page = await openAs(size, "/map");
    const map = page.getByRole("img", { name: /^Map of/ });
    await map.waitFor();
    const routes = map.locator("polyline.route");
    assert.equal(await routes.count(), routeIds.length, "one polyline per caregiver with visits");
    assert.equal(await map.locator("g.open-marker").count(), open.length, "one hollow marker per open task");
    // Stops are numbered in planned order: a caregiver's route has as many stops as visits.
    // A caregiver whose name no other route shares (the demo has two Tim van Rijns).
    const someone = routeIds.find((id) => routeIds.filter((other) => names.get(other) === names.get(id)).length === 1);
    const stops = tasks.filter((t) => t.caregiver_id === someone).length;
    const points = (await map.locator(`polyline[data-caregiver-id="${someone}"]`).getAttribute("points")).trim().split(/\s+/);
    // From home, through every stop, back home: the house marker stands where the route starts and ends.
    assert.equal(points.length, stops + 2);
    assert.equal(points[0], points.at(-1));
    const home = map.locator(`g.home[data-caregiver-id="${someone}"]`);
    assert.match(await home.locator("title").textContent(), /home \(rounded to about 200 m\)/);
    const [hx, hy] = points[0].split(",").map(Number);
    const house = await home.locator("path").getAttribute("d");
    const [, px, py] = house.match(/^M([\d.]+),([\d.]+)/).map(Number);
    assert.ok(Math.abs(px + 8 - hx) < 0.2 && Math.abs(py - 7 - hy) < 0.2, `${house} at ${points[0]}`);
    // The organisation sees the home rounded, not the door.
    const summary = (await caregiverList()).find((c) => c.id === someone);
    for (const v of [summary.home_near.lat, summary.home_near.lon]) assert.ok(Math.abs(v / 0.002 - Math.round(v / 0.002)) < 1e-6);
    // The table says the same in words.
    const table = page.locator("table.routes-table");
    assert.equal(await table.locator("tbody tr").count(), routeIds.length);
    assert.equal(await table.locator("tbody tr", { hasText: names.get(someone) }).locator("li").count(), stops);
    await screenshot(page, "coordinator-map");
    // The legend hides and shows a caregiver's route.
    const box = page.getByRole("checkbox", { name: new RegExp(`^${names.get(someone)} \\(`) });
    await box.uncheck();
    assert.equal(await routes.count(), routeIds.length - 1);
    assert.equal(await map.locator(`polyline[data-caregiver-id="${someone}"]`).count(), 0);
    await box.check();
    assert.equal(await routes.count(), routeIds.length);
    await page.getByRole("checkbox", { name: /^Open tasks/ }).uncheck();
    assert.equal(await map.locator("g.open-marker").count(), 0);
    await assertFormsLabelled(page);
    page.assertClean();
    await page.context().close();
  });
}

test("clients: add one, refuse a window that ends before it starts, set an arrangement by keyboard, change and end it", async () => {
  const page = await openAs("desktop", "/clients");
  await page.getByRole("heading", { name: "Clients" }).waitFor();
  await page.locator(".client-list li").first().waitFor();
  await screenshot(page, "coordinator-clients");
  await page.getByLabel("Search by name").fill("van den Berg");
  await page.getByRole("link", { name: /Jacobus van den Berg/ }).waitFor();

  // Add a client; a bad postcode first is refused next to the field.
  await page.getByRole("button", { name: "Add client" }).click();
  const form = page.getByRole("form", { name: "Add a client" });
  await assertFormsLabelled(page);
  await form.getByLabel("Name").fill("Grietje Webtest");
  await form.getByLabel("Address").fill("Oudegracht 1");
  await form.getByLabel("Postcode").fill("12");
  await form.getByLabel("Latitude").fill("52.0907");
  await form.getByLabel("Longitude").fill("5.1214");
  await form.getByLabel("Notes for caregivers").fill("Ring twice.");
  await form.getByRole("button", { name: "Add client" }).click();
  await form.getByText("must be a Dutch postcode").waitFor();
  assert.equal(await form.getByLabel("Postcode").getAttribute("aria-invalid"), "true");
  assert.equal((await coordinator.get("/v1/clients?q=Webtest")).json.items.length, 0, "nothing stored");
  await form.getByLabel("Postcode").fill("3511 AB");
  await form.getByRole("button", { name: "Add client" }).click();
  await page.getByRole("heading", { name: "Grietje Webtest" }).waitFor();
  await page.getByText("The client was added.").waitFor();
  const stored = (await coordinator.get("/v1/clients?q=Webtest")).json.items;
  assert.equal(stored.length, 1);
  assert.equal(stored[0].postcode, "3511 AB");
  assert.equal(stored[0].lat, 52.0907);
  assert.equal(stored[0].notes, "Ring twice.");
  const clientId = stored[0].id;
  assert.equal(new URL(page.url()).pathname, `/clients/${clientId}`);
  await page.getByText("No care arrangement yet").waitFor();
  // The record can be changed.
  await page.getByRole("button", { name: "Edit record" }).click();
  await page.getByLabel("Notes for caregivers").fill("Ring twice; the key is with the neighbours.");
  await page.getByRole("button", { name: "Save record" }).click();
  await page.getByText("The client's record was saved.").waitFor();
  assert.equal((await coordinator.get(`/v1/clients/${clientId}`)).json.notes, "Ring twice; the key is with the neighbours.");
  await page.getByText("the key is with the neighbours").waitFor();

  // A window that ends before it starts: the server's reason next to "Window end", nothing stored.
  await page.getByRole("button", { name: "New care arrangement" }).click();
  await assertFormsLabelled(page);
  await page.getByLabel("Type of care").fill("evening help");
  await page.getByLabel("Wednesday").check();
  await page.getByLabel("Window start").fill("10:00");
  await page.getByLabel("Window end").fill("09:00");
  await page.getByRole("button", { name: "Save arrangement" }).click();
  const windowEnd = page.getByLabel("Window end");
  await page.waitForFunction(() => document.activeElement?.labels?.[0]?.textContent?.trim() === "Window end");
  assert.equal(await windowEnd.getAttribute("aria-invalid"), "true");
  const describedBy = await windowEnd.getAttribute("aria-describedby");
  assert.equal(await page.locator(`[id="${describedBy}"]`).textContent(), "ends before it starts");
  assert.equal((await coordinator.get(`/v1/clients/${clientId}/arrangements`)).json.items.length, 0);
  assert.equal((await coordinator.get(`/v1/tasks?client_id=${clientId}&from=${today}&to=${addDays(today, 13)}`)).json.items.length, 0);
  await screenshot(page, "coordinator-arrangement-form");
  await page.getByRole("button", { name: "Cancel" }).click();

  // Keyboard only: open the form, type the care, tick Monday and Thursday, 45 minutes, save.
  await page.getByRole("link", { name: "‹ All clients" }).focus();
  await tabTo(page, "New care arrangement");
  await page.keyboard.press("Enter");
  await page.getByRole("heading", { name: "New care arrangement" }).waitFor();
  await tabTo(page, "Type of care");
  await page.keyboard.type("morning care");
  await tabTo(page, "Monday");
  await page.keyboard.press("Space");
  await tabTo(page, "Thursday");
  await page.keyboard.press("Space");
  await tabTo(page, "Duration (minutes)");
  await page.keyboard.press("Control+A");
  await page.keyboard.type("45");
  await tabTo(page, "Save arrangement");
  await page.keyboard.press("Enter");
  await page.getByText(/Arrangement \d+ was saved/).waitFor();

  const arrangements = (await coordinator.get(`/v1/clients/${clientId}/arrangements`)).json.items;
  assert.equal(arrangements.length, 1);
  assert.equal(arrangements[0].tasks[0].rrule, "FREQ=WEEKLY;BYDAY=MO,TH");
  const horizon = `/v1/tasks?client_id=${clientId}&from=${today}&to=${addDays(today, 13)}`;
  const visits = (await all(coordinator, horizon)).filter((t) => t.status !== "cancelled");
  assert.ok(visits.length >= 3, "the arrangement's visits were materialised");
  for (const v of visits) {
    assert.equal(v.window.start.slice(11), "08:00");
    assert.equal(v.window.end.slice(11), "10:00");
    assert.equal(v.duration_minutes, 45);
    assert.ok([1, 4].includes(weekday(v.day)), `${v.day} is a Monday or Thursday`);
    assert.equal(v.type, "morning care");
  }
  // The table reloads after the save: wait for its last row before counting.
  await page.locator("table.client-visits tbody tr").nth(visits.length - 1).waitFor();
  assert.equal(await page.locator("table.client-visits tbody tr").count(), visits.length);
  await screenshot(page, "coordinator-client");

  // Change: 60 minutes. Every visit still to come is 60 minutes now.
  const card = page.getByRole("article", { name: /Arrangement \d+/ });
  await card.getByRole("button", { name: "Edit" }).click();
  await card.getByLabel("Duration (minutes)").fill("60");
  await card.getByRole("button", { name: "Save changes" }).click();
  await page.getByText(/was changed \(version 2\)/).waitFor();
  const changed = (await all(coordinator, horizon)).filter((t) => t.status !== "cancelled");
  assert.ok(changed.length > 0);
  for (const v of changed) assert.equal(v.duration_minutes, 60);

  // End after Thursday: no visit after it stays.
  await card.getByRole("button", { name: "End…" }).click();
  await card.getByLabel("Last day of care").fill(addDays(today, 3));
  await card.getByRole("button", { name: "End arrangement" }).click();
  await page.getByText(/ends after Thu 5 Mar/).waitFor();
  const ended = (await coordinator.get(`/v1/arrangements/${arrangements[0].id}`)).json;
  assert.equal(ended.valid_to, addDays(today, 3));
  const left = (await all(coordinator, horizon)).filter((t) => t.status !== "cancelled");
  assert.ok(left.length > 0 && left.every((t) => t.day <= addDays(today, 3)));
  await card.getByText(/Ends after Thu 5 Mar/).waitFor();
  page.assertClean();
  await page.context().close();
});

test("changing an arrangement with claimed visits lists them as conflicts (phone)", async () => {
  const now = (await coordinator.get("/v1/me")).json.now;
  const claimedMornings = (await all(coordinator, `/v1/tasks?client_id=2&from=${today}&to=${addDays(today, 13)}`)).filter(
    (t) => t.status === "claimed" && t.type === "ochtendzorg" && t.window.start > now,
  );
  assert.ok(claimedMornings.length > 0, "the demo client has claimed morning visits");
  const page = await openAs("phone", "/clients");
  await page.locator(".client-list li").first().waitFor();
  await screenshot(page, "coordinator-clients");
  await page.getByRole("link", { name: /Jacobus van den Berg/ }).click();
  await page.getByRole("heading", { name: "Jacobus van den Berg" }).waitFor();
  await screenshot(page, "coordinator-client");
  const card = page.getByRole("article").first();
  await card.getByRole("button", { name: "Edit" }).click();
  await assertFormsLabelled(page);
  await screenshot(page, "coordinator-arrangement-form");
  const morning = card.getByRole("group", { name: /^Care task 1/ });
  await morning.getByLabel("Duration (minutes)").fill("35");
  await card.getByRole("button", { name: "Save changes" }).click();
  const conflicts = page.locator(".conflicts");
  await conflicts.waitFor();
  assert.equal(await conflicts.locator("li").count(), claimedMornings.length);
  assert.match(await conflicts.textContent(), /stay as before|stays as before/);
  // The claimed visits kept their 30 minutes; the open ones are 35 now.
  const after = (await all(coordinator, `/v1/tasks?client_id=2&from=${addDays(today, 1)}&to=${addDays(today, 13)}`)).filter(
    (t) => t.type === "ochtendzorg" && t.status !== "cancelled",
  );
  for (const t of after) assert.equal(t.duration_minutes, t.status === "claimed" ? 30 : 35, `${t.day} ${t.status}`);
  // A day whose old visit is claimed does not get the new one as well: one morning visit a day.
  const days = after.map((t) => t.day);
  assert.equal(new Set(days).size, days.length, "one morning visit per day");
  page.assertClean();
  await page.context().close();
});

test("the planner proposes for review, no caregiver sees a draft, offers go out on request; a run can be discarded or assigned to employees", async () => {
  const day = addDays(today, 1);
  const page = await openAs("desktop", "/planner");
  await page.getByRole("heading", { name: "Planner" }).waitFor();
  await assertFormsLabelled(page);
  await page.getByLabel("From", { exact: true }).fill(day);
  await page.getByLabel("To", { exact: true }).fill(day);
  await page.getByLabel("Time limit (seconds)").fill("1");
  await page.getByRole("button", { name: "Plan", exact: true }).click();
  const review = page.getByRole("region", { name: /^Run \d+/ });
  await review.waitFor({ timeout: 30000 });
  const planId = Number(new URL(page.url()).pathname.split("/").pop());
  const plan = (await coordinator.get(`/v1/plans/${planId}`)).json;
  assert.ok(plan.proposals.length > 0, "the engine proposed something");
  assert.ok(plan.proposals.every((p) => p.status === "draft"));
  assert.equal(await review.locator("table.proposals tbody tr").count(), plan.proposals.length);
  const first = plan.proposals[0];
  const firstRow = review.locator(`tr[data-proposal-id="${first.id}"]`);
  assert.match(await firstRow.textContent(), new RegExp(first.caregiver.name));
  assert.match(await firstRow.textContent(), new RegExp(first.task.client_name));
  assert.match(await firstRow.textContent(), /Draft/);
  await screenshot(page, "coordinator-planner");

  // Before sending, no caregiver of the run sees a proposal from it.
  const caregiverIds = [...new Set(plan.proposals.map((p) => p.caregiver.id))].slice(0, 4);
  for (const id of caregiverIds) {
    const caregiver = await apiAs(server, `caregiver${id}@crowd.demo`);
    const mine = (await caregiver.get("/v1/my/proposals")).json.items;
    assert.equal(mine.filter((p) => p.plan_id === planId).length, 0, `caregiver ${id} sees no draft`);
  }

  await review.getByRole("button", { name: "Offer to caregivers" }).click();
  await review.getByText(/Sent as offers/).first().waitFor();
  const sent = (await coordinator.get(`/v1/plans/${planId}`)).json;
  assert.equal(sent.sent_mode, "offer");
  assert.ok(sent.proposals.every((p) => p.status !== "draft"));
  for (const p of sent.proposals.slice(0, 20)) {
    const cell = review.locator(`tr[data-proposal-id="${p.id}"] td`).last();
    assert.match(await cell.textContent(), p.status === "pending" ? /Offered/ : new RegExp(p.status, "i"));
  }
  assert.equal(await review.getByRole("button", { name: "Offer to caregivers" }).count(), 0, "nothing left to send");
  const pending = sent.proposals.find((p) => p.status === "pending");
  assert.ok(pending, "some proposals were offered");
  const offered = await apiAs(server, `caregiver${pending.caregiver.id}@crowd.demo`);
  assert.ok((await offered.get("/v1/my/proposals")).json.items.some((p) => p.id === pending.id), "the caregiver sees the offer now");
  await page.locator("table.plan-runs").getByRole("row", { name: new RegExp(`Run ${planId}\\b`) }).getByText("as offers").waitFor();

  // A second run, discarded: its drafts never reach anyone.
  await page.getByRole("button", { name: "Plan", exact: true }).click();
  await page.waitForURL((url) => url.pathname !== `/planner/${planId}`, { timeout: 30000 });
  const second = Number(new URL(page.url()).pathname.split("/").pop());
  const secondReview = page.getByRole("region", { name: new RegExp(`^Run ${second}`) });
  await secondReview.getByRole("button", { name: "Discard" }).click();
  await secondReview.getByText("The draft proposals were discarded").waitFor();
  const discarded = (await coordinator.get(`/v1/plans/${second}`)).json;
  assert.ok(discarded.proposals.length > 0 && discarded.proposals.every((p) => p.status === "discarded"));

  // A run over the next day, sent as assignments: employees get their tasks at once, the rest are offered.
  await page.getByLabel("From", { exact: true }).fill(addDays(day, 1));
  await page.getByLabel("To", { exact: true }).fill(addDays(day, 1));
  await page.getByRole("button", { name: "Plan", exact: true }).click();
  await page.waitForURL((url) => url.pathname !== `/planner/${second}`, { timeout: 30000 });
  const third = Number(new URL(page.url()).pathname.split("/").pop());
  const thirdReview = page.getByRole("region", { name: new RegExp(`^Run ${third}`) });
  await thirdReview.getByRole("button", { name: "Assign to employees" }).click();
  await thirdReview.getByText(/employees assigned/).first().waitFor();
  const assigned = (await coordinator.get(`/v1/plans/${third}`)).json;
  assert.equal(assigned.sent_mode, "assign");
  const employed = new Set((await caregiverList()).filter((c) => c.employed).map((c) => c.id));
  for (const p of assigned.proposals) {
    const expected = employed.has(p.caregiver.id) ? ["assigned", "failed"] : ["pending", "failed"];
    assert.ok(expected.includes(p.status), `proposal ${p.id} for caregiver ${p.caregiver.id}: ${p.status}`);
  }
  const toEmployee = assigned.proposals.find((p) => p.status === "assigned");
  assert.ok(toEmployee, "an employee was assigned a task");
  const claimedTask = (await coordinator.get(`/v1/tasks/${toEmployee.task.id}`)).json;
  assert.equal(claimedTask.status, "claimed");
  assert.equal(claimedTask.caregiver_id, toEmployee.caregiver.id);
  assert.match(await thirdReview.locator(`tr[data-proposal-id="${toEmployee.id}"] td`).last().textContent(), /Assigned/);
  page.assertClean();
  await page.context().close();

  const phone = await openAs("phone", `/planner/${planId}`);
  await phone.getByRole("region", { name: new RegExp(`^Run ${planId}`) }).waitFor();
  await screenshot(phone, "coordinator-planner");
  phone.assertClean();
  await phone.context().close();
});

for (const [size, email] of [
  ["desktop", coordinatorEmail],
  ["phone", "admin@noord.demo"],
]) {
  test(`caregivers' certificates: the filter shows who needs verification, "Verify" verifies (${size}, ${email})`, async () => {
    const waiting = (await caregiverList()).filter((c) => c.certificates.some((x) => !x.verified && x.expires >= today));
    assert.ok(waiting.length > 0, "the demo has certificates waiting for verification");
    const page = await openAs(size, "/caregivers", email);
    await page.getByRole("heading", { name: "Caregivers" }).waitFor();
    await page.locator("table.caregivers tbody tr").first().waitFor();
    await assertFormsLabelled(page);
    await page.getByLabel("Only caregivers whose certificates need verification").check();
    const rows = page.locator("table.caregivers tbody tr");
    assert.equal(await rows.count(), waiting.length);
    await screenshot(page, "coordinator-caregivers");
    const who = waiting[0];
    const cert = who.certificates.find((x) => !x.verified && x.expires >= today);
    await page.getByRole("button", { name: new RegExp(`^Verify .* of ${who.name}$`) }).first().click();
    // Verified only after confirming the document was looked at (certificate evidence).
    await page.getByRole("button", { name: "Yes, verified" }).click();
    // The server's answer: a success notice, or its refusal next to the certificate.
    const answer = page.locator(".notice.success, .cert-list .error").first();
    await answer.waitFor();
    assert.match(await answer.textContent(), /is verified\./);
    const now = (await caregiverList()).find((c) => c.id === who.id).certificates.find((x) => x.code === cert.code);
    assert.equal(now.verified, true, "the API shows the certificate verified");
    assert.equal(now.valid, true);
    await page.locator(`tr[data-caregiver-id="${who.id}"]`).getByText(/Verified/).first().waitFor();
    page.assertClean();
    await page.context().close();
  });
}
