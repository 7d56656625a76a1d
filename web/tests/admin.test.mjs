// The platform admin: adds a care organisation and its first organisation admin, who can then log
// in; the platform admin's screens never show client data.
import { test } from "node:test";
import assert from "node:assert/strict";
import { apiAs, assertFormsLabelled, demoWorld, login, logout, openPage, screenshot } from "./harness.mjs";

const world = demoWorld();

test("the platform admin adds an organisation and its first admin, who then logs in", async () => {
  const page = await openPage(world.browser, world.server, "desktop");
  await login(page, "platform@carecrowd.demo");
  await page.getByRole("heading", { name: "Organisations" }).waitFor();
  const form = page.getByRole("form", { name: "Add an organisation" });
  // A name that is taken is refused next to the field.
  await form.getByLabel("Name").fill("Thuiszorg Utrecht Noord");
  await form.getByRole("button", { name: "Add organisation" }).click();
  await form.locator(".field-error").waitFor();
  assert.equal(await form.getByLabel("Name").getAttribute("aria-invalid"), "true");

  await form.getByLabel("Name").fill("Buurtzorg Leidsche Rijn");
  await form.getByRole("button", { name: "Add organisation" }).click();
  await page.getByRole("status").filter({ hasText: "Buurtzorg Leidsche Rijn was added." }).waitFor();
  const platform = await apiAs(world.server, "platform@carecrowd.demo");
  const made = (await platform.get("/v1/organisations")).json.items.find((o) => o.name === "Buurtzorg Leidsche Rijn");
  assert.ok(made, "the organisation is stored");

  await page.getByText("Add a user to Buurtzorg Leidsche Rijn").click();
  const userForm = page.getByRole("form", { name: "Add a user to Buurtzorg Leidsche Rijn" });
  await assertFormsLabelled(page);
  await userForm.getByLabel("Name").fill("Anouk de Groot");
  await userForm.getByLabel("Email").fill("anouk@leidscherijn.example");
  await userForm.getByLabel("First password").fill("a-long-password");
  await userForm.getByLabel("Role").selectOption("org_admin");
  await userForm.getByRole("button", { name: "Add user" }).click();
  await userForm.getByRole("status").filter({ hasText: "can now log in" }).waitFor();
  await screenshot(page, "admin-organisations");
  const text = await page.locator("main").innerText();
  assert.ok(!text.includes("Jacobus"), "no client data on the platform admin's screens");
  await logout(page);

  await page.getByLabel("Email").fill("anouk@leidscherijn.example");
  await page.getByLabel("Password").fill("a-long-password");
  await page.getByRole("button", { name: "Log in" }).click();
  await page.getByTestId("user-name").filter({ hasText: "Anouk de Groot" }).waitFor();
  assert.equal(new URL(page.url()).pathname, "/caregivers");
  page.assertClean();
  await page.context().close();
});
