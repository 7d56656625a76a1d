// Live repair in the browser (issue 11 item 7), on a demo server of its own at 06:30 on a Monday: a
// busy caregiver reports sick on the phone after the screen lists the visits it gives back; a
// coordinator reports another caregiver sick from a visit's details on the board, proposes the
// repair of the day, reviews it in the planner and sends it with one action, and marks a no-show;
// the key figures count what was given back.
import { test } from "node:test";
import assert from "node:assert/strict";
import { apiAs, assertFormsLabelled, demoWorld, login, openPage, screenshot, today } from "./harness.mjs";

// Mid-morning: the day's first visits have begun (some without a check-in: the demo's no-shows), the
// rest of the day is still ahead.
const clock = `${today}T08:30`;
const world = demoWorld([], { at: clock });
const coordinatorEmail = "coordinator@noord.demo";
// Caregivers of the demo log in as caregiver<id>@crowd.demo.
const emailOf = (id) => `caregiver${id}@crowd.demo`;
// The visits given back so far (the repair plans these, and only these).
const givenBack = new Set();

// The organisation's visits of today, every page.
async function todaysTasks(api) {
  const items = [];
  let after;
  for (;;) {
    const reply = await api.get(`/v1/tasks?from=${today}&to=${today}&limit=500${after ? `&after=${after}` : ""}`);
    assert.equal(reply.status, 200, reply.text);
    items.push(...reply.json.items);
    if (!reply.json.next_after) return items;
    after = reply.json.next_after;
  }
}

// A report from now gives back the claimed visits not checked in that can still start.
const releasable = (t) => t.status === "claimed" && !t.check_in && t.window.end >= clock;

// Caregivers holding the most releasable visits of today, most first.
async function busiest(coordinator) {
  const held = new Map();
  for (const t of await todaysTasks(coordinator)) {
    if (releasable(t) && t.window.start > clock) held.set(t.caregiver_id, [...(held.get(t.caregiver_id) ?? []), t]);
  }
  return [...held.entries()].sort((a, b) => b[1].length - a[1].length || a[0] - b[0]);
}

test("a busy caregiver reports sick on the phone: the screen lists what it gives back, then those visits are open and urgent", async () => {
  const coordinator = await apiAs(world.server, coordinatorEmail);
  const [[caregiverId]] = await busiest(coordinator);
  const caregiver = await apiAs(world.server, emailOf(caregiverId));
  const mine = (await caregiver.get(`/v1/my/tasks?from=${today}&to=${today}`)).json.items.filter(releasable);
  assert.ok(mine.length >= 2, "the busiest caregiver has visits to give back");

  const page = await openPage(world.browser, world.server, "phone");
  await login(page, emailOf(caregiverId));
  await page.goto("/day");
  await page.getByRole("heading", { name: "My day", level: 1 }).waitFor();
  await page.getByRole("button", { name: "Report sick or absent" }).click();
  const form = page.getByRole("form", { name: "Report sick or absent" });
  await form.waitFor();
  await form.getByLabel("I am sick").check();
  await form.getByLabel("From now, for the rest of today").check();
  await assertFormsLabelled(page);
  await form.getByRole("button", { name: "Continue" }).click();
  const confirm = page.getByRole("group", { name: "Confirm the report" });
  await confirm.waitFor();
  // The confirmation names every visit it gives back, and only those.
  const listed = await confirm.locator("li[data-task]").evaluateAll((els) => els.map((e) => Number(e.dataset.task)));
  assert.deepEqual(listed.sort((a, b) => a - b), mine.map((t) => t.id).sort((a, b) => a - b));
  for (const t of mine) assert.match(await confirm.textContent(), new RegExp(`${t.window.start.slice(11)} ${t.type}`));
  await screenshot(page, "caregiver-report-sick");
  await confirm.getByRole("button", { name: "Yes, report sick and give them back" }).click();
  await page.getByText(new RegExp(`You reported sick for the rest of today. ${mine.length} visits were given back`)).waitFor();
  await screenshot(page, "caregiver-reported-sick");

  for (const t of mine) {
    const reply = await coordinator.get(`/v1/tasks/${t.id}`);
    if (reply.status === 404) continue; // a visit for another organisation the caregiver works for
    assert.equal(reply.json.status, "open", `task ${t.id}`);
    assert.equal(reply.json.urgent, true, `task ${t.id}`);
    givenBack.add(t.id);
  }
  assert.equal((await caregiver.get(`/v1/my/tasks?from=${today}&to=${today}`)).json.items.filter(releasable).length, 0);
  page.assertClean();
  await page.context().close();
});

test("the coordinator reports a caregiver sick from the board, proposes the repair, sends it, and marks a no-show", async () => {
  const coordinator = await apiAs(world.server, coordinatorEmail);
  const [[caregiverId, visits]] = await busiest(coordinator);
  const visit = visits[0];

  const page = await openPage(world.browser, world.server, "desktop");
  await login(page, coordinatorEmail);
  await page.goto("/board");
  await page.getByRole("heading", { name: "Planning board" }).waitFor();
  await page.locator(`[data-task-id="${visit.id}"]`).click();
  const dialog = page.getByRole("dialog");
  await dialog.getByRole("heading", { name: visit.type }).waitFor();
  await dialog.getByRole("button", { name: /^Report .+ sick$/ }).click();
  await dialog.getByText(new RegExp(`reported sick until the end of today: ${visits.length} visits? of theirs went back`)).waitFor();
  for (const t of visits) assert.equal((await coordinator.get(`/v1/tasks/${t.id}`)).json.status, "open", `task ${t.id}`);
  await screenshot(page, "coordinator-reported-sick");

  const heldBefore = new Map(
    (await todaysTasks(coordinator)).filter((t) => t.status === "claimed").map((t) => [t.id, t.caregiver_id]),
  );
  await dialog.getByRole("button", { name: /^Propose a repair of / }).click();
  const review = page.getByRole("region", { name: /^Repair \d+/ });
  await review.waitFor({ timeout: 30000 });
  const planId = Number(new URL(page.url()).pathname.split("/").pop());
  const plan = (await coordinator.get(`/v1/plans/${planId}`)).json;
  assert.equal(plan.summary.repair, true);
  // The engine never hands a held visit to someone else; one that no longer fits its caregiver's
  // morning (begun late, or not at all) is left where it is and counted.
  assert.equal(plan.summary.changed_assignments, plan.summary.claimed_unplanned);
  assert.ok(plan.proposals.length > 0, "the repair places released visits");
  for (const t of visits) givenBack.add(t.id);
  assert.ok(plan.proposals.every((p) => p.status === "draft" && p.caregiver.id !== caregiverId));
  assert.ok(plan.proposals.every((p) => givenBack.has(p.task.id)), "only the visits given back are planned");
  await review.getByText(/A repair: only the visits given back/).waitFor();
  await screenshot(page, "coordinator-repair");
  await review.getByRole("button", { name: "Offer to caregivers" }).click();
  await review.getByText(/Sent as offers/).first().waitFor();
  const sent = (await coordinator.get(`/v1/plans/${planId}`)).json;
  assert.equal(sent.counts.draft ?? 0, 0);
  assert.equal((sent.counts.pending ?? 0) + (sent.counts.failed ?? 0), plan.proposals.length);
  for (const t of await todaysTasks(coordinator)) {
    if (heldBefore.has(t.id)) assert.equal(t.caregiver_id, heldBefore.get(t.id), `held task ${t.id} keeps its caregiver`);
  }

  // A visit whose window opened without a check-in: a no-show.
  const late = (await todaysTasks(coordinator)).find(
    (t) => t.status === "claimed" && !t.check_in && t.window.start <= clock && t.caregiver_id !== caregiverId,
  );
  assert.ok(late, "the demo morning has a claimed visit not checked in after its window opened");
  await page.goto("/board");
  await page.locator(`[data-task-id="${late.id}"]`).click();
  await dialog.getByRole("button", { name: "No-show" }).click();
  await dialog.getByText("Marked as a no-show").waitFor();
  assert.equal((await coordinator.get(`/v1/tasks/${late.id}`)).json.status, "open");

  const kpis = (await coordinator.get(`/v1/kpis?from=${today}&to=${today}`)).json;
  assert.ok(kpis.repairs.by_cause.sick.released >= visits.length);
  assert.equal(kpis.repairs.by_cause.no_show.released, 1);
  assert.equal(kpis.repairs.by_cause.no_show.missed, 1);
  page.assertClean();
  await page.context().close();
});
