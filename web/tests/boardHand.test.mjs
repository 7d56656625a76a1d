// Hand planning and a readable board (issue 12), in Dutch on a desktop (and hand planning on a phone
// in English and in Dutch, and the planner's rows in English on a desktop, at the end), on a demo
// server of its own at 10:30 on a Monday (the morning's visits are the past, the rest of the day
// still ahead):
// - a visit dragged with the mouse onto the row of a caregiver the claim's rules refuse stays where
//   it was and the refusal is shown above the board; dragged onto one who fits, it is theirs; moved
//   on by keyboard in its dialog ("Verplaatsen naar"), a refusal shown at the choice, then to another;
// - a visit dragged along its caregiver's row to another time: the time it would get is shown while
//   dragging; a time during their other visit is refused on the spot, one after it is kept (its
//   planned and fixed start); by keyboard in its dialog with a start time ("Begintijd"), a time
//   outside the window said at the field, one the day cannot take refused at the choice;
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
// pointer has moved a little: first straight down, so that the block is held where it was grabbed).
// The page is made tall enough for both to be in view: a browser scrolls while dragging near an
// edge, a test's pointer cannot. `minutes`: that much later along the axis (a new start); `during`
// runs before the visit is let go.
async function drag(page, block, row, { minutes = 0, during } = {}) {
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  await page.setViewportSize({ width: 1440, height: height + 200 });
  await page.evaluate(() => window.scrollTo(0, 0));
  await block.scrollIntoViewIfNeeded();  // the open lane scrolls on its own
  const from = await block.boundingBox();
  const x = from.x + 12;
  await page.mouse.move(x, from.y + from.height / 2);
  await page.mouse.down();
  await page.mouse.move(x, from.y + from.height / 2 + 10, { steps: 5 });
  const to = await row.boundingBox();
  assert.ok(to.y + to.height < height + 200, "the row is in view");
  // The axis's scale: the row's track spans every hour tick.
  const perMinute = to.width / ((await page.locator(".timeline-axis .hour-tick").count()) * 60);
  // Down to the row, at the time the visit is at or `minutes` later.
  await page.mouse.move(x + minutes * perMinute, to.y + to.height / 2, { steps: 12 });
  if (during) await during();
  await page.mouse.up();
}

async function openBoard(page, lang = "nl") {
  await login(page, coordinatorEmail, { dutch: lang === "nl" });
  await page.goto("/board");
  await page.getByRole("heading", { name: words[lang].board }).waitFor();
  await page.getByRole("group", { name: words[lang].filters }).waitFor();
}

// The words the tests look for, in each language the app speaks.
const words = {
  nl: {
    board: "Planbord",
    filters: "Filters van het planbord",
    assignForm: "Met de hand toewijzen",
    assignTo: "Toewijzen aan",
    assign: "Toewijzen",
    assigned: (name) => `Toegewezen aan ${name}`,
    moveForm: "Naar een andere zorgverlener of tijd verplaatsen",
    moveTo: "Verplaatsen naar",
    move: "Verplaatsen",
    holderNow: (name) => `${name} (nu)`,
    startAt: "Begintijd",
    outside: "Kies een begintijd binnen het venster 14:00–16:00.",
    assignedAt: (name, time) => `Toegewezen aan ${name}, om ${time}`,
    restOfToday: /^De rest van vandaag plannen: \d+ bezoeken? in gevaar$/,
    plan: "Plannen",
    reject: "Afwijzen",
    rejected: /is afgewezen: het wordt niet verstuurd\./,
    discarded: "Verworpen",
    swap: "Wisselen",
    travel: /extra reistijd/,
    // The server's refusal, in the page's language.
    cannotTake: (name) => `${name} kan deze taak niet aannemen`,
    overlaps: "overlapt met je andere taken",
  },
  en: {
    board: "Planning board",
    filters: "Board filters",
    assignForm: "Assign by hand",
    assignTo: "Assign to",
    assign: "Assign",
    assigned: (name) => `Assigned to ${name}`,
    moveForm: "Move to another caregiver or time",
    moveTo: "Move to",
    move: "Move",
    holderNow: (name) => `${name} (now)`,
    startAt: "Start time",
    outside: "Choose a start time within the window 14:00–16:00.",
    assignedAt: (name, time) => `Assigned to ${name}, at ${time}`,
    restOfToday: /^Plan the rest of today: \d+ visits? at risk$/,
    plan: "Plan",
    reject: "Reject",
    rejected: /is rejected: it will not be sent\./,
    discarded: "Discarded",
    swap: "Swap",
    travel: /added travel/,
    cannotTake: (name) => `${name} cannot take it`,
    overlaps: "overlaps your other tasks",
  },
};
// A page in the language's browser (English: chromium's own en-US).
const pageIn = (size, lang) => openPage(world.browser, world.server, size, lang === "nl" ? dutch : {});

// At phone size: nothing wider than the screen (the page does not scroll sideways; a wide board
// scrolls inside its own frame), nothing clipped in `scope`, and its controls big enough to touch.
async function readableOnAPhone(page, scope) {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  assert.ok(overflow <= 0, `the page is ${overflow}px wider than the phone`);
  const problems = await scope.evaluate((root) => {
    const out = [];
    const view = window.innerWidth;
    for (const el of root.querySelectorAll("*")) {
      if (el.offsetParent === null || el.closest(".visually-hidden")) continue;
      const r = el.getBoundingClientRect();
      if (r.width <= 1 || r.height <= 1) continue;  // nothing to see (a visually hidden table head)
      if (r.left < -1 || r.right > view + 1) out.push(`off the screen: ${el.outerHTML.slice(0, 80)}`);
      const style = getComputedStyle(el);
      if (style.overflowX !== "visible" && el.scrollWidth > el.clientWidth + 1 && !el.matches(".table-wrap, .timeline-wrap, select")) {
        out.push(`clipped: ${el.outerHTML.slice(0, 80)}`);
      }
      // A checkbox is touched by its label.
      const touched = el.matches("input[type=checkbox], input[type=radio]") ? el.closest("label") ?? el : el;
      if (el.matches("button, select, input") && touched.getBoundingClientRect().height < 44) {
        out.push(`too small to touch (${Math.round(touched.getBoundingClientRect().height)}px): ${el.outerHTML.slice(0, 80)}`);
      }
    }
    return out;
  });
  assert.deepEqual(problems, [], "readable and usable by touch on a phone");
}

// Today's open visits with a caregiver whose feed offers them now (the claim's rules let them take it).
async function openVisitSomeoneFits(m) {
  const open = new Set((await all(m.coordinator, `/v1/tasks?from=${today}&to=${today}&status=open`)).map((t) => t.id));
  for (const task of m.open) {
    if (!open.has(task.id)) continue;
    for (const person of m.fitting.get(task.id) ?? []) {
      if (person.cleared || person.busy) continue;
      const feed = await person.api.get("/v1/feed?limit=200");
      if (feed.status === 200 && feed.json.items.some((item) => item.id === task.id)) return { task, person };
    }
  }
  return {};
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
  const form = dialog.getByRole("form", { name: "Naar een andere zorgverlener of tijd verplaatsen" });
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

// Two visits of a new client this afternoon (same place, so no travel between them): A may start
// 14:00-16:00, B 15:00-15:15, both 30 minutes; given to a caregiver with nothing else today who may
// work all day. A starts at 14:00 and B at 15:00.
async function afternoonOfTwo(m) {
  let person;
  for (const p of m.people) {
    if (p.cleared || p.busy) continue;
    const mine = await p.api.get(`/v1/my/tasks?from=${today}&to=${today}`);
    if (mine.status === 200 && mine.json.items.length === 0) {
      person = p;
      break;
    }
  }
  assert.ok(person, "a caregiver with nothing today");
  person.busy = true;
  const week = ["mo", "tu", "we", "th", "fr", "sa", "su"].map((weekday) => ({ weekday, from: "00:00", to: "24:00" }));
  const available = await person.api.put(`/v1/caregivers/${person.id}/availability`, { recurring: week });
  assert.equal(available.status, 200, available.text);
  const client = await m.coordinator.post("/v1/clients", {
    name: "Mevrouw Tijdschuif", address: "Oudegracht 1", postcode: "3511 AA", lat: 52.0907, lon: 5.1214,
  });
  assert.equal(client.status, 201, client.text);
  const care = (key, start, end) => ({
    key, type: `zorg ${key}`, rrule: "FREQ=DAILY", window: { start, end }, duration_minutes: 30, level: 0, certificates: [], staff: 1,
  });
  const arranged = await m.coordinator.post(`/v1/clients/${client.json.id}/arrangements`, {
    valid_from: today, valid_to: today, tasks: [care("a", "14:00", "16:00"), care("b", "15:00", "15:15")],
  });
  assert.equal(arranged.status, 201, arranged.text);
  const tasks = (await m.coordinator.get(`/v1/tasks?client_id=${client.json.id}&from=${today}&to=${today}`)).json.items;
  const a = tasks.find((t) => t.type === "zorg a");
  const b = tasks.find((t) => t.type === "zorg b");
  for (const task of [a, b]) {
    const given = await m.coordinator.post(`/v1/tasks/${task.id}/assign`, { caregiver_id: person.id });
    assert.equal(given.status, 200, given.text);
  }
  const starts = async () => (await m.coordinator.get(`/v1/tasks/${a.id}`)).json;
  assert.equal((await starts()).planned_start, `${today}T14:00`);
  return { person, a, b, starts };
}

test("a visit dragged along its caregiver's row to another time: shown while dragging, a time that does not fit refused on the spot, one that fits kept; by keyboard with a start time", async () => {
  const m = await market();
  const { person, a, starts } = await afternoonOfTwo(m);

  const page = await openPage(world.browser, world.server, "desktop", dutch);
  await openBoard(page);
  const row = page.locator(`[data-row="caregiver-${person.id}"]`);
  const block = () => row.locator(`[data-task-id="${a.id}"]`);
  await block().waitFor();

  // 14:50 is during B (15:00-15:15 must start by 15:15): refused, shown above the board.
  await drag(page, block(), row.locator(".row-track"), {
    minutes: 50,
    during: async () => assert.equal(await row.locator(".drop-time").textContent(), "14:50"),
  });
  const refusal = page.locator(".board-message[role=alert]");
  await refusal.waitFor();
  assert.match(
    await refusal.textContent(),
    new RegExp(`^Niet verplaatst: ${person.name} kan deze taak niet aannemen \\(die zou te horen krijgen: de taak overlapt met je andere taken, reistijd ertussen meegerekend\\)$`),
  );
  assert.equal((await starts()).planned_start, `${today}T14:00`, "nothing changed");
  assert.equal((await starts()).fixed_start, null);
  await screenshot(page, "board-drag-time-refused");

  // Before its window (13:30): said at once, nothing asked of the server.
  await drag(page, block(), row.locator(".row-track"), {
    minutes: -30,
    during: async () => assert.equal(await row.locator(".drop-time").textContent(), "13:30 · buiten het venster"),
  });
  await page.getByText("Niet verplaatst: 13:30 valt buiten het venster van het bezoek (14:00–16:00).").waitFor();

  // 15:30, after B: kept, and shown there.
  await drag(page, block(), row.locator(".row-track"), { minutes: 90 });
  await page.getByText(`staat nu bij ${person.name}, om 15:30`).waitFor();
  await row.locator(`[data-task-id="${a.id}"] .vb-time`).filter({ hasText: "15:30" }).waitFor();
  assert.equal((await starts()).planned_start, `${today}T15:30`);
  assert.equal((await starts()).fixed_start, `${today}T15:30`);
  await screenshot(page, "board-drag-time-moved");
  await page.setViewportSize({ width: 1440, height: 900 });

  // By keyboard: the block, Enter, its holder and a start time, Enter.
  await block().focus();
  await page.keyboard.press("Enter");
  const dialog = page.getByRole("dialog");
  const form = dialog.getByRole("form", { name: "Naar een andere zorgverlener of tijd verplaatsen" });
  await form.waitFor();
  await form.getByLabel("Verplaatsen naar").selectOption({ label: `${person.name} (nu)` });
  const start = form.getByLabel("Begintijd");
  await start.fill("17:00");
  await form.getByRole("button", { name: "Verplaatsen" }).press("Enter");
  await form.getByText("Kies een begintijd binnen het venster 14:00–16:00.").waitFor();
  assert.equal(await start.getAttribute("aria-invalid"), "true");
  await start.fill("15:05");
  await form.getByRole("button", { name: "Verplaatsen" }).press("Enter");
  // The day cannot take it: said at the choice of caregiver, which takes the focus.
  const atChoice = form.locator(".field-error").filter({ hasText: person.name });
  await atChoice.waitFor();
  assert.match(await atChoice.textContent(), new RegExp(`${person.name} kan deze taak niet aannemen .*overlapt met je andere taken`));
  assert.equal(await start.getAttribute("aria-invalid"), null, "the start is not what is wrong");
  assert.equal((await starts()).planned_start, `${today}T15:30`, "still at 15:30");
  await screenshot(page, "board-move-time-refused");
  await start.fill("14:10");
  await form.getByRole("button", { name: "Verplaatsen" }).press("Enter");
  await dialog.getByText(`Toegewezen aan ${person.name}, om 14:10`).waitFor();
  assert.equal((await starts()).planned_start, `${today}T14:10`);
  assert.equal((await starts()).caregiver_id, person.id);
  // The caregiver's own day says the same.
  const theirs = (await person.api.get(`/v1/my/tasks?from=${today}&to=${today}`)).json.items.find((t) => t.id === a.id);
  assert.equal(theirs.planned_start, `${today}T14:10`);
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

for (const lang of ["en", "nl"]) {
  const w = words[lang];
  test(`on a phone (${lang}): an open visit assigned by touch with a refusal shown at the choice; a visit moved to another time with a refusal shown`, async () => {
    const m = await market();
    const { task, person } = await openVisitSomeoneFits(m);
    assert.ok(task, "an open visit someone may take");
    const refusing = m.people.find((p) => p.cleared) ?? (await unavailable(m, new Set([person.id])));

    const page = await pageIn("phone", lang);
    await openBoard(page, lang);
    await page.locator(`[data-task-id="${task.id}"]`).tap();
    const dialog = page.getByRole("dialog");
    const form = dialog.getByRole("form", { name: w.assignForm });
    await form.waitFor();
    await form.getByLabel(w.assignTo).selectOption({ label: refusing.name });
    await form.getByRole("button", { name: w.assign, exact: true }).tap();
    const refusal = form.locator(".field-error");
    await refusal.waitFor();
    assert.match(await refusal.textContent(), new RegExp(w.cannotTake(refusing.name)));
    assert.equal((await m.coordinator.get(`/v1/tasks/${task.id}`)).json.status, "open", "nothing changed");
    await readableOnAPhone(page, dialog);
    await refusal.scrollIntoViewIfNeeded();
    await screenshot(page, `board-assign-refused-${lang}`);
    await form.getByLabel(w.assignTo).selectOption({ label: person.name });
    await form.getByRole("button", { name: w.assign, exact: true }).tap();
    await dialog.getByText(w.assigned(person.name)).waitFor();
    person.busy = true;
    const held = (await m.coordinator.get(`/v1/tasks/${task.id}`)).json;
    assert.equal(held.caregiver_id, person.id);
    await dialog.getByRole("button", { name: lang === "nl" ? "Sluiten" : "Close" }).tap();

    // Another time, by touch in the dialog (a phone has no drag and drop).
    const { person: holder, a } = await afternoonOfTwo(m);
    await page.reload();
    await page.getByRole("heading", { name: w.board }).waitFor();
    await page.locator(`[data-row="caregiver-${holder.id}"] [data-task-id="${a.id}"]`).tap();
    const move = dialog.getByRole("form", { name: w.moveForm });
    await move.waitFor();
    await move.getByLabel(w.moveTo).selectOption({ label: w.holderNow(holder.name) });
    const start = move.getByLabel(w.startAt);
    await start.fill("17:00");
    await move.getByRole("button", { name: w.move, exact: true }).tap();
    await move.getByText(w.outside).waitFor();
    await start.fill("15:05");
    await move.getByRole("button", { name: w.move, exact: true }).tap();
    const atChoice = move.locator(".field-error").filter({ hasText: holder.name });
    await atChoice.waitFor();
    assert.match(await atChoice.textContent(), new RegExp(`${w.cannotTake(holder.name)} .*${w.overlaps}`));
    await readableOnAPhone(page, dialog);
    await atChoice.scrollIntoViewIfNeeded();
    await screenshot(page, `board-move-time-refused-${lang}`);
    await start.fill("15:30");
    await move.getByRole("button", { name: w.move, exact: true }).tap();
    await dialog.getByText(w.assignedAt(holder.name, "15:30")).waitFor();
    assert.equal((await m.coordinator.get(`/v1/tasks/${a.id}`)).json.planned_start, `${today}T15:30`);
    page.assertClean();
    await page.context().close();
  });
}

for (const [size, lang] of [["phone", "en"], ["phone", "nl"], ["desktop", "en"]]) {
  const w = words[lang];
  test(`the planner's proposals reviewed row by row (${size}, ${lang}): each says why, one rejected, a swap refused in its row`, async () => {
    const m = await market();
    const page = await pageIn(size, lang);
    // A finger on a phone, the mouse on a desktop.
    const hit = (target) => (size === "phone" ? target.tap() : target.click());
    await login(page, coordinatorEmail, { dutch: lang === "nl" });
    await page.goto("/planner");
    await hit(page.getByRole("button", { name: w.restOfToday }));
    await hit(page.getByRole("button", { name: w.plan, exact: true }));
    await page.waitForURL(/\/planner\/\d+$/);
    const planId = Number(page.url().split("/").pop());
    const review = page.locator(".plan-review");
    await review.getByRole("table").waitFor();
    const plan = (await m.coordinator.get(`/v1/plans/${planId}`)).json;
    const drafts = plan.proposals.filter((p) => p.status === "draft");
    assert.ok(drafts.length >= 2, "the rest of today has visits to propose");
    const [rejected, swapped] = drafts;
    const rejectedRow = review.locator(`tr[data-proposal-id="${rejected.id}"]`);
    assert.match(await rejectedRow.textContent(), w.travel);

    await hit(rejectedRow.getByRole("button", { name: w.reject }));
    await review.getByText(w.rejected).waitFor();
    await rejectedRow.getByText(w.discarded).waitFor();

    const refusing = m.people.find((p) => p.cleared) ?? (await unavailable(m, new Set([swapped.caregiver.id])));
    const swappedRow = review.locator(`tr[data-proposal-id="${swapped.id}"]`);
    const swapForm = swappedRow.getByRole("form");
    await swapForm.getByRole("combobox").selectOption({ label: refusing.name });
    await hit(swapForm.getByRole("button", { name: w.swap }));
    const refusal = swappedRow.getByRole("alert");
    await refusal.waitFor();
    assert.match(await refusal.textContent(), new RegExp(w.cannotTake(refusing.name)));
    assert.equal((await m.coordinator.get(`/v1/plans/${planId}`)).json.proposals.find((p) => p.id === swapped.id).caregiver.id,
      swapped.caregiver.id, "the refused swap changed nothing");
    if (size === "phone") await readableOnAPhone(page, review);
    await swappedRow.scrollIntoViewIfNeeded();
    await screenshot(page, `planner-row-refused-${lang}`);
    page.assertClean();
    await page.context().close();
  });
}
