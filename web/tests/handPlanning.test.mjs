// Planning by hand on the board: the coordinator opens an open visit of today, chooses a caregiver
// whom the claim's rules refuse (they published no availability) and sees why next to the choice,
// nothing changed; then chooses one who fits, and the visit is theirs.
import { test } from "node:test";
import assert from "node:assert/strict";
import { apiAs, demoWorld, login, openPage, screenshot } from "./harness.mjs";

const at = "2026-03-02T06:30";
const today = at.slice(0, 10);
const world = demoWorld([], { at });

test("a coordinator assigns an open visit by hand: a refusal is shown at the choice, a fitting caregiver gets it", async () => {
  const coordinator = await apiAs(world.server, "coordinator@noord.demo");
  const open = (await coordinator.get(`/v1/tasks?from=${today}&to=${today}&status=open&limit=500`)).json.items;
  const openIds = new Set(open.map((t) => t.id));
  const organisation = (await coordinator.get("/v1/me")).json.organisation_id;
  const noord = new Map();
  for (let after = 0; ; ) {
    const page = (await coordinator.get(`/v1/organisations/${organisation}/caregivers?limit=500&after=${after}`)).json;
    for (const c of page.items) noord.set(c.id, c.name);
    if (!page.next_after) break;
    after = page.next_after;
  }
  // A caregiver whose feed offers one of today's open visits: the claim's rules let them take it.
  let fits = null;
  let other = null;
  for (let n = 1; n <= 80 && !(fits && other); n++) {
    const caregiver = await apiAs(world.server, `caregiver${n}@crowd.demo`);
    const me = (await caregiver.get("/v1/me")).json;
    const feed = await caregiver.get("/v1/feed?limit=100");
    const offered = feed.status === 200 ? feed.json.items.find((item) => openIds.has(item.id)) : undefined;
    if (!noord.has(me.caregiver_id)) continue;
    me.name = noord.get(me.caregiver_id);  // as the board names them
    if (!fits && offered) fits = { caregiver, me, task: open.find((t) => t.id === offered.id) };
    else if (!other) other = { caregiver, me };
  }
  assert.ok(fits, "a caregiver whose feed has one of today's open visits");
  assert.ok(other, "a second caregiver");
  // The other publishes no availability: their claim would be refused.
  const cleared = await other.caregiver.put(`/v1/caregivers/${other.me.caregiver_id}/availability`, { recurring: [], one_off: [] });
  assert.equal(cleared.status, 200, cleared.text);

  const page = await openPage(world.browser, world.server, "desktop");
  await login(page, "coordinator@noord.demo");
  await page.goto("/board");
  await page.getByRole("heading", { name: "Planning board" }).waitFor();
  await page.locator(`[data-task-id="${fits.task.id}"]`).click();
  const dialog = page.getByRole("dialog");
  await dialog.getByRole("heading", { name: fits.task.type }).waitFor();
  const form = dialog.getByRole("form", { name: "Assign by hand" });
  await form.getByLabel("Assign to").selectOption({ label: other.me.name });
  await form.getByRole("button", { name: "Assign" }).click();
  // Said at the choice of caregiver, which is marked and keeps the focus.
  const refusal = form.locator(".field-error");
  await refusal.waitFor();
  assert.match(await refusal.textContent(), new RegExp(`${other.me.name} cannot take it .*outside your published availability`));
  const choice = form.getByLabel("Assign to");
  assert.equal(await choice.getAttribute("aria-invalid"), "true");
  assert.equal(await choice.evaluate((el) => el === document.activeElement), true, "the choice keeps the focus");
  assert.equal((await coordinator.get(`/v1/tasks/${fits.task.id}`)).json.status, "open", "nothing changed");
  await screenshot(page, "board-assign-refused");

  // By keyboard: the choice, then Enter on the button.
  await form.getByLabel("Assign to").selectOption({ label: fits.me.name });
  await form.getByRole("button", { name: "Assign" }).focus();
  await page.keyboard.press("Enter");
  await dialog.getByText(`Assigned to ${fits.me.name}`).waitFor();
  await form.waitFor({ state: "detached" });
  page.assertClean();
  await page.context().close();
  const after = (await coordinator.get(`/v1/tasks/${fits.task.id}`)).json;
  assert.equal(after.status, "claimed");
  assert.equal(after.caregiver_id, fits.me.caregiver_id);
  const mine = (await fits.caregiver.get(`/v1/my/tasks?from=${today}&to=${today}`)).json.items.map((t) => t.id);
  assert.ok(mine.includes(fits.task.id), "the visit is in their day");
});
