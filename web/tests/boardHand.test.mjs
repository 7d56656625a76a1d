// Hand planning and a readable board (issue 12), in Dutch on a desktop, on a demo server of its own
// at 10:30 on a Monday (the morning's visits are the past, the rest of the day still ahead):
// - a visit dragged with the mouse onto the row of a caregiver the claim's rules refuse stays where
//   it was and the refusal is shown above the board; dragged onto one who fits, it is theirs; moved
//   on by keyboard in its dialog ("Verplaatsen naar"), a refusal shown at the choice, then to another;
// - an open visit offered to two chosen caregivers reaches both their offers; one the rules refuse
//   is named and nobody is offered it;
// - the filters (open, at risk, missed, area) show only what they say; every block is wide enough
//   to read at every zoom; the past is shown as past and a past week counts nothing as open or at
//   risk;
// - the planner proposes the rest of today; each proposal says why its caregiver was chosen; one
//   row rejected, a swap the rules refuse shown in its row, one swapped; the rest sent, the rejected
//   row to nobody.
import { test } from "node:test";
import assert from "node:assert/strict";
import { apiAs, demoWorld, login, openPage, screenshot, today } from "./harness.mjs";

const at = `${today}T10:30`;
const world = demoWorld([], { at });
const dutch = { locale: "nl-NL" };
const coordinatorEmail = "coordinator@noord.demo";

async function all(api, path) {
  const items = [];
  for (let after = 0; ; ) {
    const reply = await api.get(`${path}${path.includes("?") ? "&" : "?"}limit=500&after=${after}`);
    assert.equal(reply.status, 200, reply.text);
    items.push(...reply.json.items);
    if (!reply.json.next_after) return items;
    after = reply.json.next_after;
  }
}

// Today's open visits that can still be given to someone, and for each the Noord caregivers whose
// feed offers it (the claim's rules let them take it); plus Noord caregivers, by id, with their name.
let cached;
async function market() {
  if (cached) return cached;
  const coordinator = await apiAs(world.server, coordinatorEmail);
  const organisation = (await coordinator.get("/v1/me")).json.organisation_id;
  const noord = new Map((await all(coordinator, `/v1/organisations/${organisation}/caregivers`)).map((c) => [c.id, c]));
  const open = (await all(coordinator, `/v1/tasks?from=${today}&to=${today}&status=open`)).filter(
    (t) => t.window.start > at && !t.missed,
  );
  const openIds = new Set(open.map((t) => t.id));
  const fitting = new Map(); // task id -> [{ caregiver api, id, name }]
  const people = [];
  for (let n = 1; n <= 80; n++) {
    const email = `caregiver${n}@crowd.demo`;
    const api = await apiAs(world.server, email);
    const me = (await api.get("/v1/me")).json;
    if (!noord.has(me.caregiver_id)) continue;
    const person = { api, email, id: me.caregiver_id, name: noord.get(me.caregiver_id).name };
    people.push(person);
    const feed = await api.get("/v1/feed?limit=200");
    if (feed.status !== 200) continue;
    for (const item of feed.json.items) {
      if (openIds.has(item.id)) fitting.set(item.id, [...(fitting.get(item.id) ?? []), person]);
    }
  }
  cached = { coordinator, organisation, noord, open, fitting, people };
  return cached;
}

// Two open visits, each fitting at least `count` caregivers, not the same people twice over.
function visitsFitting(m, count, exclude = new Set()) {
  return m.open.filter((t) => !exclude.has(t.id) && (m.fitting.get(t.id) ?? []).length >= count);
}

// A caregiver the rules refuse for anything: their availability emptied.
async function unavailable(m, skip) {
  const person = m.people.find((p) => !skip.has(p.id) && !p.cleared);
  const cleared = await person.api.put(`/v1/caregivers/${person.id}/availability`, { recurring: [], one_off: [] });
  assert.equal(cleared.status, 200, cleared.text);
  person.cleared = true;
  return person;
}

// A visit dragged with the mouse onto a row, in steps as a hand moves (a drag starts only once the
// pointer has moved a little). The page is made tall enough for both to be in view: a browser
// scrolls while dragging near an edge, a test's pointer cannot.
async function drag(page, block, row) {
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  await page.setViewportSize({ width: 1440, height: height + 200 });
  await page.evaluate(() => window.scrollTo(0, 0));
  await block.scrollIntoViewIfNeeded();  // the open lane scrolls on its own
  const from = await block.boundingBox();
  await page.mouse.move(from.x + 12, from.y + from.height / 2);
  await page.mouse.down();
  await page.mouse.move(from.x + 30, from.y + from.height / 2 + 6, { steps: 5 });
  const to = await row.boundingBox();
  assert.ok(to.y + to.height < height + 200, "the row is in view");
  // Straight down, at the time the visit is at: the row's track spans the whole (scrolled) axis.
  await page.mouse.move(from.x + 30, to.y + to.height / 2, { steps: 12 });
  await page.mouse.up();
}

async function openBoard(page) {
  await login(page, coordinatorEmail, { dutch: true });
  await page.goto("/board");
  await page.getByRole("heading", { name: "Planbord" }).waitFor();
  await page.getByRole("group", { name: "Filters van het planbord" }).waitFor();
}

test("a visit dragged onto a caregiver's row: a refusal is shown on the spot, a fitting caregiver gets it; moved on by keyboard", async () => {
  const m = await market();
  const [task] = visitsFitting(m, 2);
  assert.ok(task, "an open visit two caregivers may take");
  const [first, second] = m.fitting.get(task.id);
  const refusing = await unavailable(m, new Set([first.id, second.id]));

  const page = await openPage(world.browser, world.server, "desktop", dutch);
  await openBoard(page);
  // A row for every caregiver: places to drop a visit on, also for those without a visit today.
  await page.getByLabel("Alle zorgverleners tonen").check();
  const block = page.locator(`[data-task-id="${task.id}"]`);
  await drag(page, block, page.locator(`[data-row="caregiver-${refusing.id}"] .row-track`));
  const refusal = page.locator(".board-message[role=alert]");
  await refusal.waitFor();
  assert.match(await refusal.textContent(), new RegExp(`^Niet verplaatst: ${refusing.name} kan deze taak niet aannemen \\(die zou te horen krijgen: .+\\)$`));
  assert.equal((await m.coordinator.get(`/v1/tasks/${task.id}`)).json.status, "open", "nothing changed");
  assert.equal(await page.locator(`[data-row="open"] [data-task-id="${task.id}"]`).count(), 1, "still in the open lane");
  await screenshot(page, "board-drag-refused");

  await drag(page, block, page.locator(`[data-row="caregiver-${first.id}"] .row-track`));
  await page.getByText(`staat nu bij ${first.name}`).waitFor();
  await page.locator(`[data-row="caregiver-${first.id}"] [data-task-id="${task.id}"]`).waitFor();
  const held = (await m.coordinator.get(`/v1/tasks/${task.id}`)).json;
  assert.equal(held.status, "claimed");
  assert.equal(held.caregiver_id, first.id);
  await screenshot(page, "board-drag-assigned");
  await page.setViewportSize({ width: 1440, height: 900 });

  // By keyboard: the block, Enter, the caregiver from the list, Enter.
  await page.locator(`[data-row="caregiver-${first.id}"] [data-task-id="${task.id}"]`).focus();
  await page.keyboard.press("Enter");
  const dialog = page.getByRole("dialog");
  const form = dialog.getByRole("form", { name: "Naar een andere zorgverlener verplaatsen" });
  await form.waitFor();
  await form.getByLabel("Verplaatsen naar").selectOption({ label: refusing.name });
  await form.getByRole("button", { name: "Verplaatsen" }).press("Enter");
  // The refusal is said at the choice, which keeps the focus.
  const atChoice = form.locator(".field-error");
  await atChoice.waitFor();
  assert.match(await atChoice.textContent(), new RegExp(`${refusing.name} kan deze taak niet aannemen`));
  assert.equal((await m.coordinator.get(`/v1/tasks/${task.id}`)).json.caregiver_id, first.id, "still theirs");
  await screenshot(page, "board-move-refused");
  await form.getByLabel("Verplaatsen naar").selectOption({ label: second.name });
  await form.getByRole("button", { name: "Verplaatsen" }).press("Enter");
  await dialog.getByText(`Toegewezen aan ${second.name}`).waitFor();
  const moved = (await m.coordinator.get(`/v1/tasks/${task.id}`)).json;
  assert.equal(moved.status, "claimed");
  assert.equal(moved.caregiver_id, second.id);
  const theirs = (await second.api.get(`/v1/my/tasks?from=${today}&to=${today}`)).json.items.map((t) => t.id);
  assert.ok(theirs.includes(task.id), "in the new caregiver's day");
  const former = (await first.api.get(`/v1/my/tasks?from=${today}&to=${today}`)).json.items.map((t) => t.id);
  assert.ok(!former.includes(task.id), "no longer in the former one's");
  await page.keyboard.press("Escape");
  page.assertClean();
  await page.context().close();
});

test("an open visit offered to two chosen caregivers reaches both their offers; one the rules refuse is named and nobody is offered it", async () => {
  const m = await market();
  const taken = new Set(
    (await all(m.coordinator, `/v1/tasks?from=${today}&to=${today}&status=claimed`)).map((t) => t.id),
  );
  const [task] = visitsFitting(m, 2, taken).filter((t) => m.fitting.get(t.id).every((p) => !p.cleared));
  assert.ok(task, "another open visit two caregivers may take");
  const [first, second] = m.fitting.get(task.id);
  const refusing = m.people.find((p) => p.cleared) ?? (await unavailable(m, new Set([first.id, second.id])));

  const page = await openPage(world.browser, world.server, "desktop", dutch);
  await openBoard(page);
  await page.locator(`[data-task-id="${task.id}"]`).click();
  const form = page.getByRole("dialog").getByRole("form", { name: "Aanbieden aan gekozen zorgverleners" });
  await form.waitFor();
  await form.getByLabel(first.name, { exact: true }).check();
  await form.getByLabel(refusing.name, { exact: true }).check();
  await form.getByRole("button", { name: "Aanbieden aan 2 zorgverleners" }).click();
  // Said at the chosen caregivers, whose first box takes the focus.
  const refusal = form.getByRole("group").locator(".field-error");
  await refusal.waitFor();
  assert.match(await refusal.textContent(), new RegExp(`${refusing.name} kan deze taak niet aannemen`));
  assert.equal(await form.getByRole("group").getAttribute("aria-invalid"), "true");
  const offersOf = async (p) => (await p.api.get("/v1/my/proposals")).json.items.map((o) => o.task.id);
  assert.ok(!(await offersOf(first)).includes(task.id), "nobody was offered it");

  await form.getByLabel(refusing.name, { exact: true }).uncheck();
  await form.getByLabel(second.name, { exact: true }).check();
  await form.getByRole("button", { name: "Aanbieden aan 2 zorgverleners" }).click();
  await page.getByRole("dialog").getByText(`Aangeboden aan ${first.name}, ${second.name}`).waitFor();
  assert.ok((await offersOf(first)).includes(task.id), "in the first one's offers");
  assert.ok((await offersOf(second)).includes(task.id), "in the second one's offers");
  assert.equal((await m.coordinator.get(`/v1/tasks/${task.id}`)).json.status, "open", "open until one accepts");
  await screenshot(page, "board-offered");
  page.assertClean();
  await page.context().close();
});

test("the filters show what they say; the past is shown as past and a past week counts nothing as open or at risk", async () => {
  const m = await market();
  const board = (await m.coordinator.get(`/v1/board?from=${today}&to=${today}`)).json.days[0];
  const tasks = await all(m.coordinator, `/v1/tasks?from=${today}&to=${today}`);
  const missed = tasks.filter((t) => t.missed);
  assert.ok(missed.length > 0, "the morning has visits nobody went to");
  assert.equal(board.missed, missed.length);
  assert.ok(missed.every((t) => !t.at_risk && t.window.end <= at), "missed ones are past and not at risk");
  assert.equal(board.at_risk, tasks.filter((t) => t.at_risk).length);

  const page = await openPage(world.browser, world.server, "desktop", dutch);
  await openBoard(page);
  // The "now" label reads in full (the platform's clock runs on from 10:30).
  assert.match(await page.locator(".now-tick").textContent(), /^nu 10:\d\d$/);
  const filters = page.getByRole("group", { name: "Filters van het planbord" });
  await filters.getByLabel("Tonen", { exact: true }).selectOption({ label: "Gemist" });
  const blocks = page.locator(".timeline .visit-block");
  await blocks.first().waitFor();
  assert.equal(await blocks.count(), missed.length);
  assert.equal(await page.locator(".timeline .visit-block.missed.past").count(), missed.length);
  await screenshot(page, "board-missed");

  await filters.getByLabel("Tonen", { exact: true }).selectOption({ label: "In gevaar" });
  await page.locator(".timeline .visit-block.at-risk").first().waitFor();
  assert.equal(await blocks.count(), tasks.filter((t) => t.at_risk && t.status !== "cancelled").length);

  // An area and the open ones, as a list per caregiver: only the open lane, only that area.
  const area = m.open[0].area;
  await filters.getByLabel("Tonen", { exact: true }).selectOption({ label: "Open" });
  await filters.getByLabel("Wijk").selectOption({ label: area });
  await filters.getByLabel("Opmaak").selectOption({ label: "Lijst per zorgverlener" });
  const listed = page.locator(".day-list .visit-block");
  await listed.first().waitFor();
  const expected = tasks.filter((t) => t.status === "open" && !t.missed && t.area === area);
  assert.equal(await listed.count(), expected.length);
  assert.equal(await page.locator(".day-list-row").count(), 1, "the open lane only");
  await screenshot(page, "board-list-filtered");

  // Every block is wide enough to read its time and type, whatever the zoom.
  await filters.getByLabel("Tonen", { exact: true }).selectOption({ label: "Alle bezoeken" });
  await filters.getByLabel("Wijk").selectOption({ label: "Alle wijken" });
  await filters.getByLabel("Opmaak").selectOption({ label: "Tijdlijn" });
  for (const zoom of ["Hele dag", "Normaal", "Dichtbij (uren)"]) {
    await filters.getByLabel("Zoom").selectOption({ label: zoom });
    await blocks.first().waitFor();
    const narrowest = await blocks.evaluateAll((els) => Math.min(...els.map((el) => el.getBoundingClientRect().width)));
    assert.ok(narrowest >= 100, `${zoom}: the narrowest block is ${narrowest}px`);
    if (zoom === "Hele dag") await screenshot(page, "board-zoom-day");
  }

  // The week before: every day past, nothing open or at risk.
  const lastWeek = new Date(`${today}T12:00Z`);
  lastWeek.setUTCDate(lastWeek.getUTCDate() - 7);
  const monday = lastWeek.toISOString().slice(0, 10);
  const week = (await m.coordinator.get(`/v1/board?from=${monday}&to=${today}`)).json.days;
  for (const day of week.slice(0, 7)) {
    assert.equal(day.open, 0, `${day.day} counts no open visit`);
    assert.equal(day.at_risk, 0, `${day.day} counts no visit at risk`);
  }
  await page.goto(`/board?date=${monday}&view=week`);
  await page.getByRole("columnheader").filter({ hasText: "voorbij" }).first().waitFor();
  assert.equal(await page.locator("th.past-col").filter({ hasText: "voorbij" }).count(), 7);
  await screenshot(page, "board-week-past");
  page.assertClean();
  await page.context().close();
});

test("the planner proposes the rest of today; its proposals are reviewed row by row: each says why, one rejected, a swap refused, one swapped, the rest sent", async () => {
  const m = await market();
  const page = await openPage(world.browser, world.server, "desktop", dutch);
  await login(page, coordinatorEmail, { dutch: true });
  await page.goto("/planner");
  // Today's visits at risk are one button away (not only tomorrow's).
  const today_ = page.getByRole("button", { name: /^De rest van vandaag plannen: \d+ bezoeken in gevaar$/ });
  await today_.click();
  await page.getByRole("button", { name: "Plannen", exact: true }).click();
  await page.waitForURL(/\/planner\/\d+$/);
  const planId = Number(page.url().split("/").pop());
  const review = page.locator(".plan-review");
  await review.getByRole("table").waitFor();
  let plan = (await m.coordinator.get(`/v1/plans/${planId}`)).json;
  assert.equal(plan.from, today);
  assert.equal(plan.to, today);
  assert.ok(plan.proposals.length >= 2, "the rest of today has visits to propose");
  // Each row says why: the travel it adds, continuity, lateness; as the engine said.
  for (const p of plan.proposals) {
    assert.ok(p.reasons, "the engine's reasons");
    assert.ok(p.reasons.added_travel_minutes >= 0);
  }
  const [rejected, swapped] = plan.proposals;
  const rejectedRow = review.locator(`tr[data-proposal-id="${rejected.id}"]`);
  assert.match(await rejectedRow.textContent(), /extra reistijd/);
  assert.match(await rejectedRow.textContent(), rejected.reasons.known_client ? /kent de cliënt al/ : /nieuw voor de cliënt/);
  await screenshot(page, "planner-rows");

  await rejectedRow.getByRole("button", { name: "Afwijzen" }).click();
  await review.getByText(/is afgewezen: het wordt niet verstuurd\./).waitFor();
  await rejectedRow.getByText("Verworpen").waitFor();

  // Given to a caregiver the claim's rules refuse: said in the row, the draft stays as it was.
  const refusing = m.people.find((p) => p.cleared) ?? (await unavailable(m, new Set([swapped.caregiver.id])));
  const swappedRow = review.locator(`tr[data-proposal-id="${swapped.id}"]`);
  const swapForm = swappedRow.getByRole("form");
  await swapForm.getByRole("combobox").selectOption({ label: refusing.name });
  await swapForm.getByRole("button", { name: "Wisselen" }).click();
  const refusal = swappedRow.getByRole("alert");
  await refusal.waitFor();
  assert.match(await refusal.textContent(), new RegExp(`${refusing.name} kan deze taak niet aannemen`));
  await screenshot(page, "planner-row-refused");

  // Given to one who fits (their feed offers the visit now): the row names them, chosen by hand.
  let swap;
  for (const p of plan.proposals.slice(2)) {
    for (const person of m.people) {
      if (person.id === p.caregiver.id || person.cleared) continue;
      const feed = await person.api.get("/v1/feed?limit=200");
      if (feed.status === 200 && feed.json.items.some((item) => item.id === p.task.id)) {
        swap = { proposal: p, to: person };
        break;
      }
    }
    if (swap) break;
  }
  assert.ok(swap, "a row another caregiver could take");
  const swapRow = review.locator(`tr[data-proposal-id="${swap.proposal.id}"]`);
  await swapRow.getByRole("form").getByRole("combobox").selectOption({ label: swap.to.name });
  await swapRow.getByRole("form").getByRole("button", { name: "Wisselen" }).click();
  await review.getByText(`gaat nu naar ${swap.to.name}.`).waitFor();
  await swapRow.getByText("met de hand gekozen").waitFor();
  assert.match(await swapRow.textContent(), new RegExp(swap.to.name));

  await review.getByRole("button", { name: "Aanbieden aan zorgverleners" }).click();
  await review.getByText(/^Verstuurd als aanbiedingen/).waitFor();
  plan = (await m.coordinator.get(`/v1/plans/${planId}`)).json;
  const status = new Map(plan.proposals.map((p) => [p.id, p]));
  assert.equal(status.get(rejected.id).status, "discarded", "the rejected row was not sent");
  assert.equal(status.get(swapped.id).caregiver.id, swapped.caregiver.id, "the refused swap changed nothing");
  assert.notEqual(status.get(swapped.id).status, "draft", "the rest were sent");
  assert.equal(status.get(swap.proposal.id).caregiver.id, swap.to.id, "sent to the caregiver it was swapped to");
  if (status.get(swap.proposal.id).status === "pending") {
    const offers = (await swap.to.api.get("/v1/my/proposals")).json.items;
    assert.ok(offers.some((o) => o.id === swap.proposal.id), "in their offers");
  }
  const rejectedCaregiver = m.people.find((p) => p.id === rejected.caregiver.id);
  if (rejectedCaregiver) {
    const offers = (await rejectedCaregiver.api.get("/v1/my/proposals")).json.items;
    assert.ok(!offers.some((o) => o.id === rejected.id), "no offer reached the rejected row's caregiver");
  }
  page.assertClean();
  await page.context().close();
});
