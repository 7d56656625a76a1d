// The platform's main flow across roles, each in their own browser: a coordinator sets a new care
// task for a client; a caregiver finds it in the feed (without the client's name) and claims it;
// the coordinator sees it claimed on the board; the client's family sees who is coming.
import { test } from "node:test";
import assert from "node:assert/strict";
import { apiAs, demoWorld, login, openPage, screenshot, today } from "./harness.mjs";
import { addDays } from "./dates.mjs";

const world = demoWorld();

const careType = "shopping together";
const tomorrow = addDays(today, 1); // the harness's clock is a Monday, so this is a Tuesday

test("coordinator sets care, caregiver claims it, coordinator sees it claimed, family sees who is coming", async () => {
  const coordinatorApi = await apiAs(world.server, "coordinator@noord.demo");
  const familyApi = await apiAs(world.server, "family@noord.demo");
  const clientId = (await familyApi.get("/v1/me")).json.client_id;
  const client = (await coordinatorApi.get(`/v1/clients/${clientId}`)).json;

  // 1. The coordinator adds a weekly Tuesday task to the family's client, in the browser.
  const coordinator = await openPage(world.browser, world.server, "desktop");
  await login(coordinator, "coordinator@noord.demo");
  await coordinator.getByRole("link", { name: "Clients" }).click();
  await coordinator.getByLabel("Search by name").fill(client.name);
  await coordinator.getByRole("link", { name: new RegExp(client.name) }).click();
  await coordinator.getByRole("heading", { name: client.name }).waitFor();
  await coordinator.getByRole("button", { name: "New care arrangement" }).click();
  await coordinator.getByLabel("Type of care").fill(careType);
  await coordinator.getByLabel("Tuesday").check();
  await coordinator.getByLabel("Window start").fill("18:00");
  await coordinator.getByLabel("Window end").fill("20:00");
  await coordinator.getByLabel("Duration (minutes)").fill("30");
  await coordinator.getByLabel("Level").selectOption("1");
  await coordinator.getByRole("button", { name: "Save arrangement" }).click();
  await coordinator.getByText(/Arrangement \d+ was saved/).waitFor();

  const tasks = (await coordinatorApi.get(`/v1/tasks?client_id=${clientId}&from=${tomorrow}&to=${tomorrow}`)).json.items;
  const task = tasks.find((t) => t.type === careType);
  assert.ok(task, "the new care task was materialised for tomorrow");
  assert.equal(task.status, "open");
  assert.equal(task.window.start, `${tomorrow}T18:00`);

  // A caregiver of the organisation whose feed offers it (available then, near enough, hours left).
  let email = null;
  for (let n = 1; n <= 80 && !email; n++) {
    const candidate = `caregiver${n}@crowd.demo`;
    const feed = (await (await apiAs(world.server, candidate)).get(`/v1/feed?from=${tomorrow}&to=${tomorrow}&limit=100`)).json;
    if (feed?.items?.some((t) => t.id === task.id)) email = candidate;
  }
  assert.ok(email, "some demo caregiver is offered the new task");
  const caregiverApi = await apiAs(world.server, email);
  const caregiverName = (await caregiverApi.get("/v1/me")).json.name;

  // 2. The caregiver finds it on their phone, sees no name or address, and claims it.
  const phone = await openPage(world.browser, world.server, "phone");
  await login(phone, email);
  await phone.getByLabel("Day").selectOption(tomorrow);
  const claim = phone.getByRole("button", { name: new RegExp(`^Claim ${careType}`) });
  // The feed shows the best fits first, a page at a time: page on until the new task shows.
  await phone.locator(".task-card").first().waitFor();
  for (let page = 0; page < 20 && !(await claim.isVisible()); page++) {
    const shown = await phone.locator(".task-card").count();
    await phone.getByRole("button", { name: /^Show more/ }).click();
    // The next page is in when there are more cards ("network idle" never comes: the page holds
    // its live event stream open).
    await phone.waitForFunction((n) => document.querySelectorAll(".task-card").length > n, shown);
  }
  await claim.waitFor();
  const feedText = await phone.locator("main").innerText();
  const secrets = [client.name, client.address, client.notes, ...client.name.split(" ").filter((w) => w.length > 3)];
  for (const secret of secrets.filter((s) => s && s.length > 0)) {
    assert.ok(!feedText.includes(secret), `the feed shows no "${secret}" before the claim`);
  }
  await screenshot(phone, "flow-caregiver-feed");
  await claim.click();
  await phone.getByRole("status").filter({ hasText: "You claimed" }).waitFor();
  const held = (await caregiverApi.get(`/v1/my/tasks?from=${tomorrow}&to=${tomorrow}`)).json.items;
  assert.ok(held.some((t) => t.id === task.id && t.status === "claimed"), "the claim is stored");

  // 3. The coordinator's board for tomorrow shows it claimed, in the caregiver's row.
  await coordinator.goto(`/board?date=${tomorrow}`);
  const block = coordinator.locator(`[data-task-id="${task.id}"]`);
  await block.waitFor();
  assert.match(await block.getAttribute("aria-label"), /Claimed/);
  const row = coordinator.locator(".timeline-row", { has: block });
  assert.ok((await row.innerText()).includes(caregiverName), "the block is in the caregiver's row");
  await screenshot(coordinator, "flow-coordinator-board");

  // 4. The family sees the visit and the caregiver's first name.
  const family = await openPage(world.browser, world.server, "phone");
  await login(family, "family@noord.demo");
  const visit = family.getByTestId("visit").filter({ hasText: careType });
  await visit.first().waitFor();
  const firstName = caregiverName.split(" ")[0];
  assert.equal(await visit.first().getByTestId("who").innerText(), `${firstName} is coming`);
  // The visit names the caregiver by first name only. (The access log under it names them in full:
  // a client has the right to know exactly who opened their record.)
  assert.ok(!(await visit.first().innerText()).includes(caregiverName), "only the first name is shown");
  await screenshot(family, "flow-family-visits");

  for (const page of [coordinator, phone, family]) {
    page.assertClean();
    await page.context().close();
  }
});
