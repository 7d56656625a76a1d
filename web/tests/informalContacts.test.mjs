// Informal contacts: Peter (family@noord.demo) holds a key to his mother's home and is her first
// informal contact in the demo. The coordinator sees him listed on her page; an alarm whose first
// step for her is the informal contacts reaches his phone live on the family page, he says he is
// going, reports arriving and closes it with what happened; the coordinator's alarm shows who went.
import { test } from "node:test";
import assert from "node:assert/strict";
import { apiAs, demoWorld, login, openPage, screenshot } from "./harness.mjs";

const world = demoWorld([], { at: "2026-03-02T10:00" });

test("a family carer holding a key is asked on the phone, goes, arrives and closes the alarm", async () => {
  const coordinator = await apiAs(world.server, "coordinator@noord.demo");
  const peter = await apiAs(world.server, "family@noord.demo");
  const me = (await peter.get("/v1/me")).json;
  const clientId = me.client_id;
  const contacts = await coordinator.get(`/v1/clients/${clientId}/informal-contacts`);
  assert.equal(contacts.status, 200, contacts.text);
  assert.deepEqual(
    contacts.json.items.map((c) => c.user_id),
    [me.id],
    "the demo lists Peter as the first informal contact",
  );

  // The coordinator sees him on the client's page.
  const desk = await openPage(world.browser, world.server, "desktop");
  await login(desk, "coordinator@noord.demo");
  await desk.goto(`/clients/${clientId}`);
  const card = desk.locator(".informal-contacts");
  await card.getByRole("heading", { name: "Informal contacts for alarms" }).waitFor();
  await card.locator(`li[data-user-id="${contacts.json.items[0].user_id}"]`).waitFor();
  desk.assertClean();
  await desk.context().close();

  // For her, a button alarm goes to the informal contacts first.
  const steps = await coordinator.put(`/v1/clients/${clientId}/alarm-steps`, { first_step: { button: { high: "informal_contacts" } } });
  assert.equal(steps.status, 200, steps.text);

  const page = await openPage(world.browser, world.server, "phone");
  const streamOpen = page.waitForResponse((r) => new URL(r.url()).pathname === "/v1/events");
  await login(page, "family@noord.demo");
  await page.getByRole("heading", { name: "Upcoming visits" }).waitFor();
  await streamOpen;

  const now = (await coordinator.get("/v1/me")).json.now;
  const sent = await coordinator.post("/v1/alarms", {
    client_id: clientId,
    kind: "button",
    priority: "high",
    observed_at: now,
    source_id: `family-browser-${Date.now()}`,
  });
  assert.equal(sent.status, 201, sent.text);
  assert.equal(sent.json.status, "informal_contacts");
  assert.equal(sent.json.contacts.length, 1);

  // It appears without a reload, asking him.
  const item = page.locator(`li.family-alarm[data-alarm-id="${sent.json.id}"]`);
  const ask = item.getByRole("group", { name: "Can you go?" });
  await ask.waitFor({ timeout: 10000 });
  await screenshot(page, "family-alarm-asked");
  await ask.getByRole("button", { name: "I am going" }).click();
  await item.getByTestId("family-alarm-status").filter({ hasText: "You are on your way" }).waitFor();
  await item.getByRole("button", { name: "I have arrived" }).click();
  await item.getByTestId("family-alarm-status").filter({ hasText: "You are with them" }).waitFor();
  await item.getByLabel("What happened", { exact: true }).fill("Helped her up, no injury");
  await item.getByRole("button", { name: "Done: close the alarm" }).click();
  await item.getByTestId("family-alarm-status").filter({ hasText: "Resolved" }).waitFor();
  page.assertClean();
  await page.context().close();

  const after = (await coordinator.get(`/v1/alarms/${sent.json.id}`)).json;
  assert.equal(after.status, "resolved");
  assert.equal(after.contacts[0].status, "accepted");
  assert.equal(after.offers.length, 0, "no caregiver was asked");
  assert.deepEqual(
    after.timeline.map((s) => s.event),
    ["created", "triaged", "informal_contacts", "accepted", "on_site", "resolved"],
  );
  assert.match(after.timeline.at(-1).reason, /Helped her up/);
});

test("the organisation's admin edits the alarm policy on a screen: a bad number is refused at its field, a save is a new version", async () => {
  const admin = await apiAs(world.server, "admin@noord.demo");
  const before = (await admin.get("/v1/alarm-policy")).json;
  const page = await openPage(world.browser, world.server, "desktop");
  await login(page, "admin@noord.demo");
  await page.getByRole("link", { name: "Alarm policy" }).click();
  await page.getByRole("heading", { name: "Alarm policy" }).waitFor();
  await page.getByLabel("Fall, Medium").selectOption("informal_contacts");
  await page.getByLabel("When a remote check fails").selectOption("dispatch");
  const minutes = page.getByLabel("Informal contact: minutes to accept");
  await minutes.fill("0");
  await page.getByRole("button", { name: "Save as a new version" }).click();
  await page.getByText("must be between 1 and 1440, not 0").first().waitFor();
  await minutes.fill("4");
  await page.getByRole("button", { name: "Save as a new version" }).click();
  await page.getByText(/Saved as version \d+/).waitFor();
  await screenshot(page, "alarm-policy");
  page.assertClean();
  await page.context().close();
  const after = (await admin.get("/v1/alarm-policy")).json;
  assert.equal(after.version, before.version + 1);
  assert.equal(after.first_step.fall.medium, "informal_contacts");
  assert.equal(after.after_remote_check, "dispatch");
  assert.equal(after.contact_minutes, 4);
  assert.equal(after.first_step.fall.high, before.first_step.fall.high, "the rest stays");
});

test("a client's alarm set-up on the client page: a family account made by the admin becomes a contact; access, a device and an own step", async () => {
  const coordinator = await apiAs(world.server, "coordinator@noord.demo");
  const peterClient = (await (await apiAs(world.server, "family@noord.demo")).get("/v1/me")).json.client_id;
  const client = (await coordinator.get("/v1/clients?limit=5")).json.items.find((c) => c.id !== peterClient);
  const page = await openPage(world.browser, world.server, "desktop");
  await login(page, "admin@noord.demo");
  await page.goto(`/clients/${client.id}`);
  const contacts = page.locator(".informal-contacts");
  await contacts.getByText("The client has no family account yet").waitFor();
  const form = contacts.getByRole("form", { name: "New family account" });
  const email = `dochter-${Date.now()}@family.demo`;
  await form.getByLabel("Name").fill("Sanne Dochter");
  await form.getByLabel("Email").fill(email);
  await form.getByLabel("First password").fill("short");
  await form.getByRole("button", { name: "Make the account" }).click();
  await form.getByText("must be at least 8 characters").waitFor();
  await form.getByLabel("First password").fill("een-goed-wachtwoord");
  await form.getByRole("button", { name: "Make the account" }).click();
  await form.getByRole("status").filter({ hasText: email }).waitFor();
  await contacts.getByLabel("Family account", { exact: true }).selectOption({ label: `Sanne Dochter (${email})` });
  await contacts.getByRole("button", { name: "Add as informal contact" }).click();
  await contacts.locator("ol.contact-order li").filter({ hasText: "Sanne Dochter" }).waitFor();

  const setup = page.locator(".client-alarm-setup");
  await setup.getByLabel("How to get in", { exact: true }).fill("Key safe by the garden gate, code 2468");
  await setup.getByRole("button", { name: "Save how to get in" }).click();
  await setup.getByRole("status").filter({ hasText: "Saved." }).waitFor();
  await setup.getByLabel("Device", { exact: true }).selectOption("fall-detector");
  await setup.getByLabel("Where or what").fill("wrist band");
  await setup.getByRole("button", { name: "Register the device" }).click();
  await setup.getByText("Fall detector: wrist band").waitFor();
  await setup.getByLabel("Kind", { exact: true }).selectOption("no-activity");
  await setup.getByLabel("Priority", { exact: true }).selectOption("medium");
  await setup.getByLabel("First step", { exact: true }).selectOption("dispatch");
  await setup.getByRole("button", { name: "Set this step" }).click();
  await setup.getByText("No activity, Medium: Caregivers at once").waitFor();
  await screenshot(page, "client-alarm-setup");
  page.assertClean();
  await page.context().close();

  const listed = (await coordinator.get(`/v1/clients/${client.id}/informal-contacts`)).json;
  assert.deepEqual(listed.items.map((c) => c.email), [email]);
  assert.equal((await coordinator.get(`/v1/clients/${client.id}/access`)).json.instructions, "Key safe by the garden gate, code 2468");
  assert.deepEqual((await coordinator.get(`/v1/clients/${client.id}/devices`)).json.items.map((d) => d.kind), ["fall-detector"]);
  assert.equal((await coordinator.get(`/v1/clients/${client.id}/alarm-steps`)).json.first_step["no-activity"].medium, "dispatch");
});
