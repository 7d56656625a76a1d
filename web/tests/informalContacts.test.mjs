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
