// The client's record on the coordinator's page: the care record (phone, emergency contact, the
// indication and its financing, the care plan) edited with refusals at their fields, and how many
// faces the client saw, as the API counts them.
import { test } from "node:test";
import assert from "node:assert/strict";
import { apiAs, demoWorld, login, openPage, screenshot } from "./harness.mjs";

const world = demoWorld([], { at: "2026-03-02T10:00" });

test("the care record is edited on the client page: a bad phone is refused at its field, then saved and shown", async () => {
  const coordinator = await apiAs(world.server, "coordinator@noord.demo");
  const client = (await coordinator.get("/v1/clients?limit=3")).json.items[1];
  const page = await openPage(world.browser, world.server, "desktop");
  await login(page, "coordinator@noord.demo");
  await page.goto(`/clients/${client.id}`);
  const card = page.locator(".client-care");
  await card.getByRole("button", { name: "Edit care record" }).click();
  const form = card.getByRole("form", { name: "Care record" });
  await form.getByLabel("Phone").fill("bel me");
  await form.getByLabel("Emergency contact").fill("Peter Jansen (zoon), 06-87654321");
  await form.getByLabel("Indicated hours a week").fill("7,5");
  await form.getByLabel("Financing").selectOption("wlz");
  await form.getByLabel("Care plan (summary)").fill("Ochtendzorg: wassen en aankleden, steunkousen aan.");
  await form.getByRole("button", { name: "Save care record" }).click();
  await form.getByText("may hold only digits, spaces and + - ( )").waitFor();
  await form.getByLabel("Phone").fill("+31 6 1234 5678");
  await form.getByRole("button", { name: "Save care record" }).click();
  await card.getByText("The care record was saved.").waitFor();
  // Shown once the record is read again after the save.
  await card.getByTestId("indication").filter({ hasText: "7 h 30 min a week · Wlz (long-term care)" }).waitFor();
  await screenshot(page, "client-care-record");
  page.assertClean();
  await page.context().close();
  const stored = (await coordinator.get(`/v1/clients/${client.id}/care-record`)).json;
  assert.deepEqual(stored, {
    phone: "+31 6 1234 5678",
    emergency_contact: "Peter Jansen (zoon), 06-87654321",
    financing: "wlz",
    indicated_minutes_week: 450,
    care_plan: "Ochtendzorg: wassen en aankleden, steunkousen aan.",
  });
});

test("the client page shows how many faces the client saw, as the API counts them", async () => {
  const coordinator = await apiAs(world.server, "coordinator@noord.demo");
  const clients = (await coordinator.get("/v1/clients?limit=60")).json.items;
  let chosen = null;
  for (const c of clients) {
    const continuity = (await coordinator.get(`/v1/clients/${c.id}/continuity`)).json;
    if (continuity.last_28_days.visits >= 2) {
      chosen = { client: c, continuity };
      break;
    }
  }
  assert.ok(chosen, "a demo client with visits in the last 28 days");
  const page = await openPage(world.browser, world.server, "phone");
  await login(page, "coordinator@noord.demo");
  await page.goto(`/clients/${chosen.client.id}`);
  const card = page.locator(".client-continuity");
  await card.getByRole("heading", { name: "Continuity" }).waitFor();
  const row = card.getByRole("row", { name: /Last 28 days/ });
  await row.waitFor();
  const cells = await row.getByRole("cell").allTextContents();
  const c = chosen.continuity.last_28_days;
  assert.deepEqual(cells, [String(c.visits), String(c.caregivers), c.index === null ? "–" : c.index.toFixed(2)]); // English: a decimal point
  assert.equal(await card.getByTestId("many-faces").count(), chosen.continuity.last_14_days.caregivers >= 4 ? 1 : 0);
  page.assertClean();
  await page.context().close();
});
