// The caregiver's screens end to end against a demo server at the harness's fixed clock (Monday
// 2026-03-02 06:30): the ranked feed without any client's name or address, claiming (also when
// someone else was first), my day as a route with check-in and check-out inside the privacy window,
// giving a task back (and the notice-period refusal), publishing availability and the server's
// field errors, and certificates with what they would unlock. Mostly at phone size.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import {
  apiAs, assertFormsLabelled, launchBrowser, login, openPage, screenshot, startServer, today,
} from "./harness.mjs";
import { shownDate } from "./dates.mjs";

let server;
let browser;
// Every client's name and address in both demo organisations, read as their coordinators.
let clientSecrets = [];

const addDays = (date, days) => {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
};

before(async () => {
  server = await startServer();
  browser = await launchBrowser();
  for (const email of ["coordinator@noord.demo", "coordinator@zuid.demo"]) {
    const coordinator = await apiAs(server, email);
    const clients = await coordinator.get("/v1/clients?limit=500");
    assert.equal(clients.status, 200);
    assert.ok(clients.json.items.length > 50, `${email} has the demo's clients`);
    for (const c of clients.json.items) clientSecrets.push(c.name, c.address);
  }
});
after(async () => {
  await browser?.close();
  await server?.stop();
});

// Presses Tab until the focused element's accessible name matches, as someone without a mouse
// would; fails if it is not reachable.
async function tabTo(page, pattern, limit = 80) {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press("Tab");
    const name = await page.evaluate(() => {
      const el = document.activeElement;
      if (!el) return "";
      const labels = el.labels && el.labels.length ? el.labels[0].textContent : "";
      return (el.getAttribute("aria-label") ?? labels ?? el.textContent ?? "").trim();
    });
    if (pattern.test(name)) return name;
  }
  assert.fail(`nothing matching ${pattern} is reachable with Tab`);
}

function assertNoClientSecrets(text, except = []) {
  const leaked = clientSecrets.filter((s) => s && !except.includes(s) && text.includes(s));
  assert.deepEqual(leaked, [], "no client's name or address on the page");
}

const card = (page, id) => page.locator(`li[data-task="${id}"]`);

test("the feed ranks open tasks with distance, duration and pay, and never names a client", async () => {
  const page = await openPage(browser, server, "phone");
  const daan = await apiAs(server, "caregiver5@crowd.demo");
  const feed = await daan.get("/v1/feed?limit=20");
  assert.equal(feed.status, 200);
  assert.ok(feed.json.items.length >= 20, "caregiver5 has a full first page");
  const first = feed.json.items[0];
  assert.equal(first.mode, "physical");

  await login(page, "caregiver5@crowd.demo");
  assert.equal(new URL(page.url()).pathname, "/feed");
  await page.getByRole("heading", { name: "Open tasks", level: 1 }).waitFor();
  await card(page, first.id).waitFor();
  // The server's ranking is the page's order.
  const shown = await page.locator("li[data-task]").evaluateAll((els) => els.map((e) => Number(e.dataset.task)));
  assert.deepEqual(shown, feed.json.items.map((t) => t.id));
  const firstText = await card(page, first.id).innerText();
  assert.match(firstText, new RegExp(`${first.duration_minutes} min`));
  // Money and distances in the English of an en-US browser: British, "€12.50" and "2.5 km".
  assert.ok(firstText.includes(`€${(first.pay_cents / 100).toFixed(2)}`), firstText);
  assert.match(firstText, /\d+ m from home|\d+\.\d km from home/);
  assert.match(firstText, new RegExp(`Area ${first.area}`));
  assert.match(firstText, new RegExp(first.organisation.name));
  assertNoClientSecrets(await page.locator("body").innerText(), ["Daan Bouzid"]);

  // The next page comes with "Show more" and is as anonymous.
  await page.getByRole("button", { name: "Show more" }).click();
  await page.locator("li[data-task]").nth(20).waitFor();
  assertNoClientSecrets(await page.locator("body").innerText(), ["Daan Bouzid"]);
  await assertFormsLabelled(page);
  await page.evaluate(() => window.scrollTo(0, 0));
  await screenshot(page, "caregiver-feed");
  page.assertClean();
  await page.context().close();
});

test("claiming with the keyboard moves the task to my day; a second claim gets 409", async () => {
  const page = await openPage(browser, server, "phone");
  const daan = await apiAs(server, "caregiver5@crowd.demo");
  const day = addDays(today, 3);
  const feed = await daan.get(`/v1/feed?from=${day}&to=${day}&limit=5`);
  const task = feed.json.items[0];
  assert.ok(task, `caregiver5 has open tasks on ${day}`);

  await login(page, "caregiver5@crowd.demo");
  await page.getByLabel("Day").selectOption(day);
  await card(page, task.id).waitFor();
  // Keyboard only: Tab to the first task's Claim button and press Enter.
  const reached = await tabTo(page, /^Claim /);
  assert.match(reached, new RegExp(`^Claim ${task.type}`));
  await page.keyboard.press("Enter");
  await page.getByRole("status").filter({ hasText: "You claimed" }).waitFor();
  await card(page, task.id).waitFor({ state: "detached" });
  // The focus moves to the notice rather than being lost with the card.
  assert.match(await page.evaluate(() => document.activeElement.textContent), /You claimed/);

  // The server holds it for them; another caregiver of the organisation is refused.
  const zuid = await apiAs(server, "coordinator@zuid.demo");
  const stored = await zuid.get(`/v1/tasks/${task.id}`);
  assert.equal(stored.json.status, "claimed");
  assert.equal(stored.json.caregiver_id, 5);
  const naima = await apiAs(server, "caregiver1@crowd.demo");
  const second = await naima.post(`/v1/tasks/${task.id}/claim`);
  assert.equal(second.status, 409);
  assert.match(second.json.reason, /already claimed/);

  // My day for that date shows it as a stop, without the client (the visit is days away).
  await page.getByRole("link", { name: "See it in my day" }).click();
  await page.getByRole("heading", { name: "My day", level: 1 }).waitFor();
  const stop = page.locator(`li.stop[data-task="${task.id}"]`);
  await stop.waitFor();
  assert.match(await stop.innerText(), /Name and address shown from \d\d:\d\d/);
  assertNoClientSecrets(await page.locator("body").innerText(), ["Daan Bouzid"]);
  assert.equal(await page.getByLabel("Date").inputValue(), shownDate(day));
  page.assertClean();
  await page.context().close();
});

test("a stale feed shows why a task someone else claimed first cannot be claimed", async () => {
  const page = await openPage(browser, server, "phone");
  const daan = await apiAs(server, "caregiver5@crowd.demo");
  const day = addDays(today, 4);
  const mine = (await daan.get(`/v1/feed?from=${day}&to=${day}&limit=100`)).json.items;
  // Someone else in the same organisation whose feed holds one of the same tasks.
  let rival;
  let task;
  for (let n = 1; n <= 80 && !task; n++) {
    if (n === 5) continue;
    const other = await apiAs(server, `caregiver${n}@crowd.demo`);
    const theirs = new Set(((await other.get(`/v1/feed?from=${day}&to=${day}&limit=200`)).json?.items ?? []).map((t) => t.id));
    task = mine.find((t) => theirs.has(t.id));
    rival = other;
  }
  assert.ok(task, "another caregiver sees one of caregiver5's tasks");

  await login(page, "caregiver5@crowd.demo");
  await page.getByLabel("Day").selectOption(day);
  await card(page, task.id).waitFor();
  const won = await rival.post(`/v1/tasks/${task.id}/claim`);
  assert.equal(won.status, 200);

  await card(page, task.id).getByRole("button", { name: /^Claim / }).click();
  const alert = card(page, task.id).getByRole("alert");
  await alert.waitFor();
  assert.match(await alert.innerText(), /Someone else claimed it first \(already claimed by someone else\)/);
  await screenshot(page, "caregiver-feed-claim-refused");
  const mineNow = await daan.get(`/v1/my/tasks?from=${day}&to=${day}`);
  assert.ok(!mineNow.json.items.some((t) => t.id === task.id), "the refused claim changed nothing");
  page.assertClean();
  await page.context().close();
});

test("releasing: allowed days ahead; inside the notice period the screen says whom to ask", async () => {
  const page = await openPage(browser, server, "phone");
  const daan = await apiAs(server, "caregiver5@crowd.demo");
  const later = addDays(today, 2);
  const far = (await daan.get(`/v1/feed?from=${later}&to=${later}&limit=1`)).json.items[0];
  const near = (await daan.get(`/v1/feed?from=${today}&to=${today}&limit=1`)).json.items[0];
  assert.ok(far && near, "caregiver5 has open tasks today and in two days");
  assert.equal((await daan.post(`/v1/tasks/${far.id}/claim`)).status, 200);
  assert.equal((await daan.post(`/v1/tasks/${near.id}/claim`)).status, 200);

  await login(page, "caregiver5@crowd.demo");
  await page.goto(`/day?date=${later}`);
  const farStop = page.locator(`li.stop[data-task="${far.id}"]`);
  await farStop.getByRole("button", { name: /^Release/ }).click();
  // Confirm first; the confirmation takes the focus.
  const confirm = farStop.getByRole("button", { name: "Yes, give it back" });
  await confirm.waitFor();
  assert.equal(await confirm.evaluate((b) => b === document.activeElement), true);
  await screenshot(page, "caregiver-release-confirm");
  await confirm.click();
  await page.getByRole("status").filter({ hasText: "You gave back" }).waitFor();
  await farStop.waitFor({ state: "detached" });
  const zuid = await apiAs(server, "coordinator@zuid.demo");
  const released = await zuid.get(`/v1/tasks/${far.id}`);
  assert.equal(released.json.status, "open");
  assert.equal(released.json.urgent, true);

  // Today's task is inside the 24-hour notice: no Release button, the way out is named, and the
  // server refuses a release anyway; the task stays.
  await page.getByRole("button", { name: "Back to today" }).click();
  const nearStop = page.locator(`li.stop[data-task="${near.id}"]`);
  await nearStop.getByText("The notice period has started").waitFor();
  assert.equal(await nearStop.getByRole("button", { name: /^Release/ }).count(), 0);
  const refused = await daan.post(`/v1/tasks/${near.id}/release`);
  assert.equal(refused.status, 409);
  assert.match(refused.json.detail, /tasks can be released until 24 hours before their window/);
  assert.equal((await zuid.get(`/v1/tasks/${near.id}`)).json.status, "claimed");
  page.assertClean();
  await page.context().close();
});

test("my day: a route with the client shown inside the privacy window, check-in and check-out", async () => {
  const page = await openPage(browser, server, "phone");
  const thijs = await apiAs(server, "employee@crowd.demo");
  const me = (await thijs.get("/v1/me")).json;
  const held = (await thijs.get(`/v1/my/tasks?from=${today}&to=${today}`)).json.items;
  // A visit that opens soon: check-in is allowed from an hour before its window.
  const hourBefore = (t) => {
    const [h, m] = t.window.start.slice(11).split(":").map(Number);
    const total = h * 60 + m - 60;
    return `${today}T${String(Math.floor(total / 60)).padStart(2, "0")}:${String(total % 60).padStart(2, "0")}`;
  };
  const task = held.find((t) => t.status === "claimed" && !t.check_in && t.client && hourBefore(t) <= me.now);
  assert.ok(task, "employee@crowd.demo has a visit this morning that can be checked in");
  const noord = await apiAs(server, "coordinator@noord.demo");
  const clientName = (await noord.get(`/v1/tasks/${task.id}`)).json.client_name;
  assert.equal(task.client.name, clientName);

  await login(page, "employee@crowd.demo");
  await page.getByRole("link", { name: "My day" }).click();
  const stop = page.locator(`li.stop[data-task="${task.id}"]`);
  await stop.waitFor();
  // The route is in visiting order with the day's figures.
  const starts = await page.locator(".stop-time").allInnerTexts();
  assert.deepEqual(starts, [...starts].sort());
  assert.equal(starts.length, held.length);
  const summary = await page.getByLabel("Day summary").innerText();
  assert.match(summary, new RegExp(`Visits\\s+${held.length}`));
  assert.match(await stop.innerText(), new RegExp(clientName));
  await assertFormsLabelled(page);
  await screenshot(page, "caregiver-day");

  await stop.getByRole("button", { name: /^Check in/ }).click();
  await page.getByRole("status").filter({ hasText: "Checked in" }).waitFor();
  await stop.getByRole("button", { name: /^Check out/ }).waitFor();
  assert.match(await stop.innerText(), /Checked in at \d\d:\d\d/);
  await stop.getByRole("button", { name: /^Check out/ }).click();
  await page.getByRole("status").filter({ hasText: "Checked out" }).waitFor();
  await stop.getByText("Done", { exact: true }).waitFor();
  const after = (await thijs.get(`/v1/my/tasks?from=${today}&to=${today}`)).json.items.find((t) => t.id === task.id);
  assert.equal(after.status, "done");
  assert.ok(after.check_in && after.check_out && after.check_out >= after.check_in);

  // Tomorrow the same visits are outside the privacy window: times, but no names.
  await page.getByRole("button", { name: /^Next day/ }).click();
  await page.getByRole("list", { name: /^Route for Tue 3 Mar/ }).waitFor();
  assert.match(await page.locator("li.stop").first().innerText(), /Name and address shown from \d\d:\d\d/);
  assertNoClientSecrets(await page.locator("body").innerText(), [me.name]);
  page.assertClean();
  await page.context().close();
});

test("publishing availability: saved with the keyboard, a slot ending before it starts is refused at the field", async () => {
  const page = await openPage(browser, server, "phone");
  const email = "caregiver7@crowd.demo";
  const caregiver = await apiAs(server, email);
  const id = (await caregiver.get("/v1/me")).json.caregiver_id;
  const before = (await caregiver.get(`/v1/caregivers/${id}/availability`)).json;
  const monday = before.recurring.find((s) => s.weekday === "mo");
  assert.ok(monday, `${email} works on Mondays`);

  await login(page, email);
  await page.getByRole("link", { name: "Availability" }).click();
  await page.getByRole("heading", { name: "Availability", level: 1 }).waitFor();
  const from = page.getByLabel("Monday slot 1 From");
  assert.equal(await from.inputValue(), monday.from);
  await assertFormsLabelled(page);
  await screenshot(page, "caregiver-availability");

  // Keyboard only: Tab to Monday's first "From", one hour later with the arrow key, Enter saves.
  await page.getByRole("heading", { name: "Availability", level: 1 }).click();
  await tabTo(page, /^Monday slot 1\s*From$/);
  await page.keyboard.press("ArrowUp");
  const wanted = `${String(Number(monday.from.slice(0, 2)) + 1).padStart(2, "0")}${monday.from.slice(2)}`;
  assert.equal(await from.inputValue(), wanted);
  await page.keyboard.press("Enter");
  await page.getByRole("status").filter({ hasText: "Your availability is saved" }).waitFor();
  const stored = (await caregiver.get(`/v1/caregivers/${id}/availability`)).json;
  assert.equal(stored.recurring.find((s) => s.weekday === "mo").from, wanted);
  await page.reload();
  await page.getByLabel("Monday slot 1 From").waitFor();
  assert.equal(await page.getByLabel("Monday slot 1 From").inputValue(), wanted);

  // A new slot that ends before it starts: the server's reason next to its "To", nothing stored.
  assert.ok(!stored.recurring.some((s) => s.weekday === "tu"), `${email} is off on Tuesdays`);
  await page.getByRole("button", { name: "Add hours on Tuesday" }).click();
  await page.getByLabel("Tuesday slot 1 From").fill("14:00");
  await page.getByLabel("Tuesday slot 1 To").fill("09:00");
  await page.getByRole("button", { name: "Save availability" }).click();
  const to = page.getByLabel("Tuesday slot 1 To");
  await page.waitForFunction(() => document.activeElement?.getAttribute("aria-invalid") === "true");
  assert.equal(await to.getAttribute("aria-invalid"), "true");
  const described = await to.getAttribute("aria-describedby");
  assert.match(await page.locator(`[id="${described}"]`).innerText(), /must be after "from"/);
  assert.equal(await to.evaluate((el) => el === document.activeElement), true, "the refused field takes the focus");
  await screenshot(page, "caregiver-availability-refused");
  assert.deepEqual((await caregiver.get(`/v1/caregivers/${id}/availability`)).json, stored);

  // A one-off absence on a date is stored with the weekly hours.
  await page.getByRole("button", { name: "Remove Tuesday slot 1" }).click();
  await page.getByRole("button", { name: "Add an exception" }).click();
  const away = addDays(today, 9);
  await page.getByLabel("Exception 1 date").fill(away);
  await page.getByLabel("Exception 1 From").fill("09:00");
  await page.getByLabel("Exception 1 To").fill("12:00");
  assert.equal(await page.getByLabel("Exception 1 Kind").inputValue(), "no");
  await page.getByRole("button", { name: "Save availability" }).click();
  await page.getByRole("status").filter({ hasText: "Your availability is saved" }).waitFor();
  const withAbsence = (await caregiver.get(`/v1/caregivers/${id}/availability`)).json;
  assert.deepEqual(withAbsence.one_off, [{ date: away, from: "09:00", to: "12:00", available: false }]);
  assert.deepEqual(withAbsence.recurring, stored.recurring);

  // Hours a week outside 1..60: the reason under that field.
  await page.getByLabel("Most hours a week").fill("70");
  await page.getByRole("button", { name: "Save availability" }).click();
  await page.getByText("must be between 1 and 60").waitFor();
  assert.notEqual((await caregiver.get(`/v1/caregivers/${id}`)).json.max_hours_week, 70);
  page.assertClean();
  await page.context().close();
});

test("availability from a calendar file (.ics), in Dutch: read into the form, checked, then saved", async () => {
  const page = await openPage(browser, server, "phone", { locale: "nl-NL" });
  const email = "caregiver8@crowd.demo";
  const caregiver = await apiAs(server, email);
  const id = (await caregiver.get("/v1/me")).json.caregiver_id;
  const before = (await caregiver.get(`/v1/caregivers/${id}/availability`)).json;
  const day = addDays(today, 10);
  const compact = day.replaceAll("-", "");
  const ics = [
    "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//test//NL",
    "BEGIN:VEVENT", "UID:avond", "DTSTAMP:20260301T000000Z", "DTSTART:20260305T180000", "DTEND:20260305T210000",
    "RRULE:FREQ=WEEKLY;BYDAY=TH", "SUMMARY:Beschikbaar", "END:VEVENT",
    "BEGIN:VEVENT", "UID:extra", "DTSTAMP:20260301T000000Z", `DTSTART:${compact}T130000`, `DTEND:${compact}T170000`,
    "SUMMARY:Beschikbaar", "END:VEVENT",
    "BEGIN:VEVENT", "UID:weg", "DTSTAMP:20260301T000000Z", "STATUS:CANCELLED", `DTSTART:${compact}T080000`,
    `DTEND:${compact}T090000`, "END:VEVENT",
    "END:VCALENDAR", "",
  ].join("\r\n");

  await login(page, email, { dutch: true });
  await page.getByRole("link", { name: "Beschikbaarheid" }).click();
  await page.getByRole("heading", { name: "Beschikbaarheid", level: 1 }).waitFor();
  const file = page.getByLabel("Agendabestand (.ics)");

  // Not a calendar: the reason at the field, the form unchanged.
  await file.setInputFiles({ name: "notities.txt", mimeType: "text/plain", buffer: Buffer.from("boodschappen: melk") });
  await page.getByRole("alert").filter({ hasText: "Dit bestand kon niet worden gelezen" }).waitFor();
  assert.equal(await file.getAttribute("aria-invalid"), "true");

  await file.setInputFiles({ name: "beschikbaar.ics", mimeType: "text/calendar", buffer: Buffer.from(ics) });
  await page
    .getByRole("status")
    .filter({ hasText: "Uit beschikbaar.ics: 3 afspraken gelezen. Toegevoegd: vaste tijdvakken 1, datums 1. Overgeslagen (geannuleerd of niet in de komende 8 weken): 1." })
    .waitFor();
  // Read, not stored: the caregiver checks the form first.
  assert.deepEqual((await caregiver.get(`/v1/caregivers/${id}/availability`)).json, before);
  await screenshot(page, "caregiver-availability-import-nl");

  await page.getByRole("button", { name: "Beschikbaarheid opslaan" }).click();
  await page.getByRole("status").filter({ hasText: "Je beschikbaarheid is opgeslagen" }).waitFor();
  const stored = (await caregiver.get(`/v1/caregivers/${id}/availability`)).json;
  assert.ok(
    stored.recurring.some((s) => s.weekday === "th" && s.from === "18:00" && s.to === "21:00"),
    JSON.stringify(stored.recurring),
  );
  for (const s of before.recurring) assert.ok(stored.recurring.some((x) => JSON.stringify(x) === JSON.stringify(s)));
  assert.ok(
    stored.one_off.some((o) => o.date === day && o.from === "13:00" && o.to === "17:00" && o.available === true),
    JSON.stringify(stored.one_off),
  );
  page.assertClean();
  await page.context().close();
});

test("certificates: state badges, upload (waiting for verification) and what each would unlock", async () => {
  const page = await openPage(browser, server, "phone");
  const daan = await apiAs(server, "caregiver5@crowd.demo");
  const prospects = await daan.get("/v1/my/certificate-prospects");

  await login(page, "caregiver5@crowd.demo");
  await page.getByRole("link", { name: "Certificates" }).click();
  await page.getByRole("heading", { name: "Certificates", level: 1 }).waitFor();
  const list = page.getByRole("list", { name: "My certificates" });
  await list.waitFor();
  // caregiver5: medication verified, catheter uploaded but not verified.
  assert.match(await list.locator('[data-certificate="medication"]').innerText(), /Verified/);
  assert.match(await list.locator('[data-certificate="catheter"]').innerText(), /Waiting for verification/);

  assert.equal(prospects.status, 200);
  // Every certificate caregiver5 lacks, most hours first, each with its count of open tasks.
  const expected = [...prospects.json.items].sort((a, b) => b.minutes - a.minutes || b.tasks - a.tasks || a.code.localeCompare(b.code));
  assert.ok(expected.some((p) => p.tasks > 0), "some certificate would unlock tasks near caregiver5");
  assert.ok(!expected.some((p) => p.code === "medication"), "a valid certificate is not a prospect");
  await page.locator(".prospect").first().waitFor();
  const order = await page.locator(".prospect").evaluateAll((els) => els.map((e) => e.dataset.certificate));
  assert.deepEqual(order, expected.map((p) => p.code), "sorted by hours");
  for (const p of expected.filter((p) => p.tasks > 0)) {
    const text = await page.locator(`.prospect[data-certificate="${p.code}"]`).innerText();
    assert.match(text, new RegExp(`${p.tasks} open tasks?, .* near you`));
  }

  // An expiry in the past is refused at the field (the document itself is fine).
  await page.getByLabel("Certificate", { exact: true }).selectOption("wound-care");
  await page.getByLabel("Document (photo or PDF)").setInputFiles({
    name: "wondzorg.pdf", mimeType: "application/pdf", buffer: Buffer.from("%PDF-1.4\n%%EOF\n"),
  });
  await page.getByLabel("Valid until").fill(addDays(today, -2));
  await page.getByRole("button", { name: "Upload certificate" }).click();
  await page.getByText("the certificate has already expired").waitFor();
  const expiry = addDays(today, 400);
  await page.getByLabel("Valid until").fill(expiry);
  await page.getByRole("button", { name: "Upload certificate" }).click();
  await page.getByRole("status").filter({ hasText: "Wound care uploaded" }).waitFor();
  await list.locator('[data-certificate="wound-care"]').filter({ hasText: "Waiting for verification" }).waitFor();
  const stored = (await daan.get("/v1/caregivers/5")).json.certificates.find((c) => c.code === "wound-care");
  assert.deepEqual([stored.expires, stored.verified], [expiry, false]);
  await assertFormsLabelled(page);
  await screenshot(page, "caregiver-certificates");
  page.assertClean();
  await page.context().close();
});

test("offers from a coordinator's planning run come first and are accepted or declined", async () => {
  const day = addDays(today, 7);
  const zuid = await apiAs(server, "coordinator@zuid.demo");
  const plan = await zuid.post("/v1/plans", { from: day, to: day, mode: "offer", time_limit_seconds: 1 });
  assert.equal(plan.status, 201, plan.text);
  // A caregiver not used by the other tests with at least two offers.
  const offers = new Map();
  for (const p of plan.json.proposals.filter((p) => p.status === "pending")) {
    offers.set(p.caregiver.id, [...(offers.get(p.caregiver.id) ?? []), p]);
  }
  const [caregiverId, theirs] = [...offers].find(([id, list]) => ![1, 5, 7].includes(id) && list.length >= 2) ?? [];
  assert.ok(caregiverId, "the plan offers someone two tasks");
  const email = `caregiver${caregiverId}@crowd.demo`;
  const caregiver = await apiAs(server, email);
  assert.equal((await caregiver.get("/v1/me")).json.caregiver_id, caregiverId);
  const [accept, decline] = [...theirs].sort((a, b) => a.planned_start.localeCompare(b.planned_start));

  const page = await openPage(browser, server, "phone");
  await login(page, email);
  const offered = page.getByRole("region", { name: "Offered to you" });
  await offered.locator(`[data-proposal="${accept.id}"]`).waitFor();
  assertNoClientSecrets(await offered.innerText(), [(await caregiver.get("/v1/me")).json.name]);
  await screenshot(page, "caregiver-offers");
  await offered.locator(`[data-proposal="${accept.id}"]`).getByRole("button", { name: /^Accept / }).click();
  await page.getByRole("status").filter({ hasText: "You claimed" }).waitFor();
  await offered.locator(`[data-proposal="${decline.id}"]`).getByRole("button", { name: /^Decline / }).click();
  await page.getByRole("status").filter({ hasText: "You declined" }).waitFor();

  const stored = (await zuid.get(`/v1/plans/${plan.json.id}`)).json.proposals;
  assert.equal(stored.find((p) => p.id === accept.id).status, "accepted");
  assert.equal(stored.find((p) => p.id === decline.id).status, "declined");
  const task = (await zuid.get(`/v1/tasks/${accept.task.id}`)).json;
  assert.deepEqual([task.status, task.caregiver_id], ["claimed", caregiverId]);
  page.assertClean();
  await page.context().close();
});

test("an empty feed says why and where to change it", async () => {
  const page = await openPage(browser, server, "phone");
  const rik = await apiAs(server, "freelancer@crowd.demo");
  // Rik sets his weekly hours to the whole hours he already holds this week (today is a Monday), so
  // nothing more fits: the demo makes him the busiest freelancer, not always one with a full week.
  const me = (await rik.get("/v1/me")).json;
  const week = (await rik.get(`/v1/my/tasks?from=${today}&to=${addDays(today, 6)}`)).json.items;
  const heldMinutes = week.reduce((sum, t) => sum + t.duration_minutes, 0);
  const maxHours = Math.max(1, Math.floor(heldMinutes / 60));
  const before = (await rik.get(`/v1/caregivers/${me.caregiver_id}`)).json.max_hours_week;
  assert.equal((await rik.put(`/v1/caregivers/${me.caregiver_id}`, { max_hours_week: maxHours })).status, 200);
  assert.deepEqual((await rik.get("/v1/feed")).json.items, [], "freelancer@crowd.demo has nothing to claim");
  await login(page, "freelancer@crowd.demo");
  const empty = page.getByRole("status").filter({ hasText: "No open tasks fit you" });
  await empty.waitFor();
  // Rik's week is full: the screen says so, with the hours he set.
  await empty.getByText(new RegExp(`^This week you hold .+ of work of the ${maxHours} h a week you set\\.$`)).waitFor();
  assert.match(await empty.innerText(), /available.*weekly hours.*certificates/s);
  await empty.getByRole("link", { name: "set your availability" }).click();
  await page.getByRole("heading", { name: "Availability", level: 1 }).waitFor();
  await page.goBack();
  await empty.getByRole("link", { name: "my certificates" }).waitFor();
  await empty.getByText(/^This week you hold/).waitFor();
  await screenshot(page, "caregiver-feed-empty");
  page.assertClean();
  await page.context().close();
  assert.equal((await rik.put(`/v1/caregivers/${me.caregiver_id}`, { max_hours_week: before })).status, 200);
});

test("every caregiver screen at desktop size: labelled, with content", async () => {
  const page = await openPage(browser, server, "desktop");
  await login(page, "caregiver5@crowd.demo");
  await page.locator("li[data-task]").first().waitFor();
  assertNoClientSecrets(await page.locator("body").innerText(), ["Daan Bouzid"]);
  await screenshot(page, "caregiver-feed");
  for (const [link, name, ready] of [
    ["My day", "caregiver-day", "li.stop"],
    ["Availability", "caregiver-availability", "fieldset.weekday"],
    ["Certificates", "caregiver-certificates", "li.certificate"],
  ]) {
    await page.getByRole("link", { name: link }).click();
    await page.locator(ready).first().waitFor();
    await assertFormsLabelled(page);
    await screenshot(page, name);
  }
  page.assertClean();
  await page.context().close();
});
