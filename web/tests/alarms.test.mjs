// The alarm screens, live: a coordinator has the alarm centre open when an alarm centre sends an
// alarm through the API, and it appears without a reload, its timer running; a caregiver on a
// phone is offered an alarm live, accepts it and sees the client's address and how to get in; the
// analyst sees the alarms' key figures. The server's clock is a Monday at 10:00, when the demo's
// caregivers are on duty.
import { test } from "node:test";
import assert from "node:assert/strict";
import { apiAs, demoWorld, login, openPage, screenshot } from "./harness.mjs";
import { addDays } from "./dates.mjs";
import { responseSchema, schemaDifferences } from "./schemaCheck.mjs";

const at = "2026-03-02T10:00";
const today = at.slice(0, 10);
const world = demoWorld([], { at });
const settle = (ms) => new Promise((r) => setTimeout(r, ms));

// An alarm centre's key for Noord, made by its admin, and a way to send alarms with it.
async function alarmCentre(server) {
  const admin = await apiAs(server, "admin@noord.demo");
  const me = (await admin.get("/v1/me")).json;
  const made = await admin.post(`/v1/organisations/${me.organisation_id}/alarm-keys`, { label: "browser test centrale" });
  assert.equal(made.status, 201, made.text);
  return async (body) => {
    const reply = await fetch(`${server.url}/v1/alarms`, {
      method: "POST",
      headers: { Authorization: `Bearer ${made.json.key}`, "Content-Type": "application/json" },
      body: JSON.stringify(body),
    });
    const json = await reply.json();
    assert.equal(reply.status, 201, JSON.stringify(json));
    return json;
  };
}

let sent = 0;
async function fallOf(coordinator, clientId) {
  const now = (await coordinator.get("/v1/me")).json.now;
  return { client_id: clientId, kind: "fall", priority: "high", observed_at: now, source_id: `browser-${++sent}-${Date.now()}` };
}

// A client of Noord whose falls are offered to caregivers (someone on duty lives near).
async function clientWithResponders(coordinator) {
  const clients = (await coordinator.get("/v1/clients?limit=40")).json.items;
  for (const client of clients) {
    const probe = await coordinator.post("/v1/alarms", await fallOf(coordinator, client.id));
    assert.equal(probe.status, 201, probe.text);
    await coordinator.post(`/v1/alarms/${probe.json.id}/resolve`, { reason: "test probe: who would be asked" });
    if (probe.json.offers.length > 0) return { client, offered: probe.json.offers.map((o) => o.caregiver_id) };
  }
  assert.fail("no demo client of Noord has a caregiver on duty near them at 10:00");
}

test("an alarm sent by the alarm centre appears live in the coordinator's alarm centre, its timer running", async () => {
  const coordinator = await apiAs(world.server, "coordinator@noord.demo");
  const send = await alarmCentre(world.server);
  const { client } = await clientWithResponders(coordinator);
  for (const size of ["desktop", "phone"]) {
    const page = await openPage(world.browser, world.server, size);
    // The landing screen (the board) may open the one event stream before the alarm centre does,
    // and the stream stays open between screens: wait for it from before the login.
    const streamOpen = page.waitForResponse((r) => new URL(r.url()).pathname === "/v1/events");
    await login(page, "coordinator@noord.demo");
    await page.getByRole("link", { name: "Alarms" }).click();
    await page.getByRole("heading", { name: "Alarm centre" }).waitFor();
    await streamOpen;
    const listLoads = { n: 0 };
    page.on("request", (r) => {
      if (new URL(r.url()).pathname === "/v1/alarms") listLoads.n++;
    });

    const alarm = await send(await fallOf(coordinator, client.id));
    const row = page.locator(`li.alarm-row[data-alarm-id="${alarm.id}"]`);
    await row.waitFor({ timeout: 10000 });
    assert.ok(listLoads.n >= 1, "the list was loaded again for the event");
    assert.equal(new URL(page.url()).pathname, "/alarms", "no page reload or navigation");
    const age = row.getByTestId("alarm-age");
    const first = await age.innerText();
    assert.match(first, /^\d+:\d\d$/);
    await settle(2100);
    assert.notEqual(await age.innerText(), first, "the timer runs");
    assert.match(await row.innerText(), /Fall/);

    await row.getByRole("link").click();
    await page.waitForURL((url) => url.pathname === `/alarms/${alarm.id}`);
    await page.getByRole("heading", { name: /Fall/ }).waitFor();
    await page.getByText(client.address).first().waitFor();
    const candidates = page.locator("table tbody tr[data-caregiver-id]");
    await candidates.first().waitFor();
    assert.equal(await candidates.count(), alarm.offers.length);
    assert.equal(await page.locator(".alarm-map .candidate").count(), alarm.offers.length);
    await page.getByRole("heading", { name: "Caregivers asked" }).waitFor();
    await screenshot(page, "alarm-centre");

    // Resolved from the screen: it moves to the resolved list, and the timeline says why.
    await page.getByLabel("Reason").fill("Daughter is with her, no visit needed");
    await page.getByRole("button", { name: "Resolve" }).click();
    await page.getByTestId("alarm-status").filter({ hasText: "Resolved" }).waitFor();
    await page.getByText("Daughter is with her, no visit needed").first().waitFor();
    page.assertClean();
    await page.context().close();
  }
});

test("a caregiver on a phone is offered an alarm live, accepts it, sees the client's address and arrives", async () => {
  const coordinator = await apiAs(world.server, "coordinator@noord.demo");
  const send = await alarmCentre(world.server);
  const { client, offered } = await clientWithResponders(coordinator);
  // The demo login of the caregiver asked first.
  let email = null;
  for (let n = 1; n <= 80 && !email; n++) {
    const me = (await (await apiAs(world.server, `caregiver${n}@crowd.demo`)).get("/v1/me")).json;
    if (me.caregiver_id === offered[0]) email = `caregiver${n}@crowd.demo`;
  }
  assert.ok(email, "the caregiver asked has a demo login");
  const access = `Key safe by the back door, code ${1000 + (client.id % 9000)}`;
  assert.equal((await coordinator.put(`/v1/clients/${client.id}/access`, { instructions: access })).status, 200);

  const page = await openPage(world.browser, world.server, "phone");
  const streamOpen = page.waitForResponse((r) => new URL(r.url()).pathname === "/v1/events");
  await login(page, email);
  await streamOpen;
  const alarm = await send(await fallOf(coordinator, client.id));
  assert.ok(alarm.offers.some((o) => o.caregiver_id === offered[0]), "the same caregiver is asked again");

  const offer = page.getByRole("alertdialog", { name: "Alarm: Fall" });
  await offer.waitFor({ timeout: 10000 });
  await offer.getByText(/there in about \d+ min/).waitFor();
  assert.ok(!(await offer.innerText()).includes(client.address), "no address before accepting");
  await screenshot(page, "alarm-offer");
  await offer.getByRole("button", { name: "Accept" }).click();

  await page.waitForURL((url) => url.pathname === `/alarm/${alarm.id}`);
  const details = page.getByTestId("alarm-client");
  await details.waitFor();
  assert.ok((await details.innerText()).includes(client.address), "the address once accepted");
  assert.ok((await details.innerText()).includes(access), "how to get in once accepted");
  const navigate = page.getByRole("link", { name: "Navigate" });
  assert.equal(await navigate.getAttribute("href"), `geo:${client.lat},${client.lon}?q=${client.lat},${client.lon}`);
  await page.getByText("You are on your way").waitFor();
  await screenshot(page, "alarm-accepted");

  await page.getByRole("button", { name: "I have arrived" }).click();
  await page.getByTestId("alarm-status").filter({ hasText: "Caregiver on site" }).waitFor();
  await page.getByLabel("What happened").fill("Helped up, no injury");
  await page.getByRole("button", { name: "Resolve" }).click();
  await page.getByText("The alarm is resolved. Thank you.").waitFor();
  const seen = (await coordinator.get(`/v1/alarms/${alarm.id}`)).json;
  assert.deepEqual(
    seen.timeline.map((s) => s.event),
    ["created", "triaged", "dispatching", "accepted", "on_site", "resolved"],
  );
  page.assertClean();
  await page.context().close();
});

test("the analyst sees the alarms' key figures, and the CSV has them", async () => {
  const analyst = await apiAs(world.server, "analyst@noord.demo");
  // The screen's default period: from the first day with data in the last four weeks to today.
  const recent = (await analyst.get(`/v1/kpis?from=${addDays(today, -27)}&to=${today}`)).json;
  const from = recent.days.find((d) => d.due > 0 || d.done > 0 || d.check_ins > 0 || d.alarms > 0).day;
  const to = today;
  const kpis = (await analyst.get(`/v1/kpis?from=${from}&to=${to}`)).json;
  assert.ok(kpis.alarms.received >= 4, "the demo's alarms of the last two days");
  assert.ok(kpis.alarms.resolved_remotely >= 1 && kpis.alarms.arrival.alarms >= 1, "resolved remotely and on site");
  for (const size of ["desktop", "phone"]) {
    const page = await openPage(world.browser, world.server, size);
    await login(page, "analyst@noord.demo");
    await page.getByRole("heading", { name: "Alarms" }).waitFor();
    await page.getByTestId("alarms-received").filter({ hasText: String(kpis.alarms.received) }).waitFor();
    const remote = await page.getByTestId("alarms-remote-share").innerText();
    assert.equal(remote, `${String(Math.round(kpis.alarms.remote_share * 1000) / 10)}%`); // English: a decimal point
    const arrival = page.locator('tr[data-step="arrival"]');
    assert.match(await arrival.innerText(), new RegExp(`${kpis.alarms.arrival.alarms}`));
    await page.getByRole("img", { name: "Alarms, per day" }).waitFor();
    await page.getByRole("heading", { name: "Alarms" }).scrollIntoViewIfNeeded();
    await screenshot(page, "analyst-alarms");
    page.assertClean();
    await page.context().close();
  }
  const csv = (await analyst.get(`/v1/kpis?from=${from}&to=${to}&format=csv`)).text;
  const header = csv.split("\r\n")[0].split(",");
  for (const column of ["alarms", "alarms_fall", "alarms_remote_share", "first_contact_p50", "arrival_p95", "arrival_share_within_45", "alarms_advised_112"]) {
    assert.ok(header.includes(column), `${column} in the CSV header`);
  }
  const total = csv.trim().split("\r\n").at(-1).split(",");
  assert.equal(total[header.indexOf("alarms")], String(kpis.alarms.received));
});

// Checks an answer against the document's schema for `pattern`.
function shaped(reply, pattern, method = "get", status = 200) {
  assert.equal(reply.status, status, reply.text.slice(0, 300));
  assert.deepEqual(schemaDifferences(reply.json, responseSchema(pattern, method, status)), [], `${method} ${pattern}`);
  return reply.json;
}

test("the alarm answers the screens read are as the document describes them", async () => {
  const coordinator = await apiAs(world.server, "coordinator@noord.demo");
  const { client, offered } = await clientWithResponders(coordinator);
  const sent = shaped(await coordinator.post("/v1/alarms", await fallOf(coordinator, client.id)), "/v1/alarms", "post", 201);
  const list = shaped(await coordinator.get("/v1/alarms?open=false"), "/v1/alarms");
  assert.ok(list.items.some((a) => a.id === sent.id));
  const full = shaped(await coordinator.get(`/v1/alarms/${sent.id}`), "/v1/alarms/{id}");
  assert.equal(typeof full.client.lat, "number");
  assert.ok(full.timeline.every((s) => "escalation" in s));
  let caregiver = null;
  for (let n = 1; n <= 80 && !caregiver; n++) {
    const api = await apiAs(world.server, `caregiver${n}@crowd.demo`);
    if ((await api.get("/v1/me")).json.caregiver_id === offered[0]) caregiver = api;
  }
  assert.ok(caregiver, "the caregiver asked has a demo login");
  const asked = shaped(await caregiver.get(`/v1/alarms/${sent.id}`), "/v1/alarms/{id}");
  assert.equal(asked.client, undefined, "no client before accepting");
  const accepted = shaped(await caregiver.post(`/v1/alarms/${sent.id}/accept`), "/v1/alarms/{id}/accept", "post");
  assert.equal(accepted.client.id, client.id);
  shaped(await caregiver.post(`/v1/alarms/${sent.id}/arrived`), "/v1/alarms/{id}/arrived", "post");
  shaped(await caregiver.post(`/v1/alarms/${sent.id}/resolve`, { reason: "fine" }), "/v1/alarms/{id}/resolve", "post");
  const analyst = await apiAs(world.server, "analyst@noord.demo");
  const kpis = shaped(await analyst.get(`/v1/kpis?from=${addDays(today, -3)}&to=${today}`), "/v1/kpis");
  assert.ok(kpis.alarms.arrival.alarms >= 1);
});
