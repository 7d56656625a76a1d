// A family writes to the care team and the team answers (issue 12: "a message to the coordinating
// nurse"): in Dutch, the family on a phone, the coordinator at a desk. The coordinator's bell names
// whose family wrote and leads to the client; the family sees that the team read their message,
// and the answer arrives without a reload. An empty message is refused at its field.
import { test } from "node:test";
import assert from "node:assert/strict";
import { apiAs, demoWorld, login, openPage, screenshot } from "./harness.mjs";

const world = demoWorld();

test("a family's message reaches the coordinator live, is read and answered, in Dutch", async () => {
  const family = await apiAs(world.server, "family@noord.demo");
  const me = (await family.get("/v1/me")).json;
  const client = (await family.get(`/v1/clients/${me.client_id}`)).json;

  const phone = await openPage(world.browser, world.server, "phone", { locale: "nl-NL" });
  await login(phone, "family@noord.demo", { dutch: true });
  const box = phone.getByLabel("Bericht aan het zorgteam");
  await box.waitFor();

  // Only white space: refused at the field, which keeps the focus.
  await box.fill("   ");
  await phone.getByRole("button", { name: "Versturen" }).click();
  await phone.locator(".client-messages .field-error").waitFor();
  assert.equal(await box.getAttribute("aria-invalid"), "true");
  assert.equal(await box.evaluate((el) => el === document.activeElement), true);

  const desk = await openPage(world.browser, world.server, "desktop", { locale: "nl-NL" });
  await login(desk, "coordinator@noord.demo", { dutch: true });

  const question = "Mijn moeder valt de laatste tijd vaker.\nKan iemand morgen even kijken?";
  await box.fill(question);
  await phone.getByRole("button", { name: "Versturen" }).click();
  await phone.getByRole("status").filter({ hasText: "Verstuurd." }).waitFor();
  await phone.locator(".message.mine").filter({ hasText: "nog niet gelezen" }).waitFor();

  // The coordinator's bell names the client's family and leads to the client's page.
  const bell = desk.getByRole("button", { name: /^Meldingen, 1 ongelezen/ });
  await bell.waitFor({ timeout: 15_000 });
  await bell.click();
  await desk.getByRole("link", { name: `Bericht van de familie van ${client.name}` }).click();
  await desk.getByRole("heading", { name: "Berichten van de familie" }).waitFor();
  const received = desk.locator(".client-messages .message.theirs").last();
  await received.waitFor();
  assert.equal(await received.locator(".message-text").innerText(), question);
  await screenshot(desk, "coordinator-family-message-nl");

  // Read by the team: the family's page says so after it refreshes on the answer.
  await desk.getByLabel("Antwoord aan de familie").fill("Dank voor het melden. Wijkverpleegkundige Anouk komt morgen om 10:00.");
  await desk.getByRole("button", { name: "Versturen" }).click();
  await desk.getByRole("status").filter({ hasText: "Verstuurd." }).waitFor();

  const answer = phone.locator(".client-messages .message.theirs").last();
  await answer.waitFor({ timeout: 15_000 });
  assert.match(await answer.innerText(), /Anouk komt morgen om 10:00/);
  assert.match(await answer.innerText(), /zorgteam/);
  await phone.locator(".message.mine .read-mark").filter({ hasText: /^gelezen / }).waitFor();
  await phone.getByRole("button", { name: /^Meldingen, 1 ongelezen/ }).waitFor();
  await screenshot(phone, "family-messages-nl");

  // Stored as the thread both sides read, oldest first; the audit trail names both.
  const thread = (await family.get(`/v1/clients/${me.client_id}/messages`)).json;
  assert.deepEqual(
    thread.messages.slice(-2).map((m) => [m.from_family, m.text]),
    [
      [true, question],
      [false, "Dank voor het melden. Wijkverpleegkundige Anouk komt morgen om 10:00."],
    ],
  );
  assert.ok(thread.messages.at(-2).read_at, "the family's message was read by the team");
  phone.assertClean();
  desk.assertClean();
  await phone.context().close();
  await desk.context().close();
});
