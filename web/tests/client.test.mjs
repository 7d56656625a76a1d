// A client's family member: upcoming visits with the first name of who is coming, digital visits
// marked, and who looked at the record.
import { test } from "node:test";
import assert from "node:assert/strict";
import { apiAs, assertFormsLabelled, demoWorld, login, openPage, screenshot, today } from "./harness.mjs";
import { addDays } from "./dates.mjs";

const world = demoWorld();

test("the family sees each coming visit, who is coming by first name, and video calls marked", async () => {
  // The coordinator adds a daily video call to the client's care, so there is a digital visit.
  const coordinator = await apiAs(world.server, "coordinator@noord.demo");
  const family = await apiAs(world.server, "family@noord.demo");
  const me = (await family.get("/v1/me")).json;
  const arrangement = await coordinator.post(`/v1/clients/${me.client_id}/arrangements`, {
    valid_from: addDays(today, 1),
    tasks: [
      {
        key: "video",
        type: "medication check by video",
        rrule: "FREQ=DAILY",
        window: { start: "12:00", end: "13:00" },
        duration_minutes: 15,
        level: 2,
        mode: "digital",
        pay_cents: 900,
      },
    ],
  });
  assert.equal(arrangement.status, 201, arrangement.text);
  const visits = (await family.get("/v1/my/visits")).json.items;
  const claimed = visits.filter((v) => v.caregiver);
  assert.ok(claimed.length > 0, "the demo has visits with a caregiver");
  assert.ok(visits.some((v) => v.digital), "the new video call is among the visits");

  const done = (await family.get("/v1/my/visits/history")).json.items;
  const whose = (await family.get(`/v1/clients/${(await family.get("/v1/me")).json.client_id}`)).json.name;
  for (const size of ["phone", "desktop"]) {
    const page = await openPage(world.browser, world.server, size);
    await login(page, "family@noord.demo");
    await page.getByRole("heading", { name: `Upcoming visits for ${whose}` }).waitFor();
    // The visits done, each with who came and for how long.
    await page.getByRole("heading", { name: "Visits done" }).waitFor();
    assert.equal(await page.getByTestId("visit-done").count(), done.length);
    for (const v of done.filter((d) => d.caregiver && d.check_in)) {
      await page.getByTestId("visit-done").filter({ hasText: `${v.caregiver} came ${v.check_in.slice(11)}` }).first().waitFor();
    }
    const cards = page.getByTestId("visit");
    await cards.first().waitFor();
    assert.equal(await cards.count(), visits.length);
    const text = (await cards.allInnerTexts()).join("\n");
    for (const v of claimed) assert.ok(text.includes(`${v.caregiver} is coming`), v.caregiver);
    // First names only: no caregiver's full name appears anywhere on the page.
    const crew = (await coordinator.get(`/v1/organisations/${me.organisation_id}/caregivers?limit=500`)).json.items;
    assert.ok(crew.length > 0);
    for (const c of crew) assert.ok(!text.includes(c.name), `${c.name} is shown by first name only`);
    const digitalCards = cards.filter({ hasText: "medication check by video" });
    assert.equal(await digitalCards.count(), visits.filter((v) => v.digital).length);
    assert.equal(await digitalCards.filter({ hasText: "Video call" }).count(), await digitalCards.count());
    const openCount = visits.filter((v) => v.status === "open").length;
    assert.equal(await cards.filter({ hasText: "we are still finding a caregiver" }).count(), openCount);
    // The access log lists the family member's own look at the visits.
    await page.getByRole("heading", { name: "Who looked at your record" }).waitFor();
    await page.locator(".access-log").getByText("looked at the visits").first().waitFor();
    await assertFormsLabelled(page);
    await screenshot(page, "client-visits");
    page.assertClean();
    await page.context().close();
  }
});

test("a client sees no screens of other roles: the board address shows their visits instead", async () => {
  const page = await openPage(world.browser, world.server, "phone");
  await login(page, "client@noord.demo");
  await page.goto("/board");
  await page.getByRole("heading", { name: "Upcoming visits" }).waitFor();
  assert.equal(new URL(page.url()).pathname, "/visits");
  const nav = await page.getByRole("navigation", { name: "Main" }).innerText();
  assert.ok(!nav.includes("Board") && !nav.includes("Clients"));
  page.assertClean();
  await page.context().close();
});
