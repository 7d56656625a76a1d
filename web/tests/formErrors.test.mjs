// Errors for people on every form (web/src/formErrors.tsx): a refusal's reason is shown next to
// the field the server names, that field is marked (aria-invalid) and described by it
// (aria-describedby), and the focus moves to it; a refusal no field stands for is shown at the top
// of the form and takes the focus. No raw body path ("tasks[0].weekly") is ever shown. Driven by the
// keyboard alone (focus, type, Space, Enter), in English and in Dutch. The server's own words may
// be English or Dutch (they follow Accept-Language): the tests check where they are, not their language.
import { test } from "node:test";
import assert from "node:assert/strict";
import { addDays, shownDate } from "./dates.mjs";
import { apiAs, demoWorld, login, openPage, screenshot, today } from "./harness.mjs";

const world = demoWorld();

// Types into a field as a keyboard would: focus, select what is there, type over it.
async function typeInto(locator, text) {
  await locator.focus();
  await locator.press("Control+A");
  await locator.page().keyboard.type(text);
}

// Presses Enter on a button (submitting its form), as a keyboard user does.
async function press(locator) {
  await locator.focus();
  await locator.press("Enter");
}

// What the focused control says about its error: marked invalid (itself or its group), the text of
// what describes it, and whether that text sits in the same field or group as the control.
async function focusedProblem(page) {
  return page.evaluate(() => {
    const el = document.activeElement;
    const marked = el?.getAttribute("aria-invalid") === "true" ? el : el?.closest('[aria-invalid="true"]');
    const describedBy = marked?.getAttribute("aria-describedby");
    const message = describedBy ? document.getElementById(describedBy) : null;
    const holder = marked?.closest(".field") ?? marked;
    return {
      tag: el?.tagName.toLowerCase(),
      label: (el?.labels?.[0]?.textContent ?? el?.getAttribute("aria-label") ?? "").trim(),
      marked: !!marked,
      text: message?.textContent ?? "",
      beside: !!(message && holder?.contains(message)),
    };
  });
}

async function assertNoRawPath(page) {
  const text = await page.locator("body").innerText();
  assert.doesNotMatch(text, /tasks\[\d+\]|recurring\[\d+\]|\(id [^)]+\):/, "no body path is shown to people");
}

async function waitForFocusedProblem(page) {
  await page.waitForFunction(() => document.activeElement?.closest('[aria-invalid="true"]') || document.activeElement?.getAttribute("aria-invalid") === "true");
  return focusedProblem(page);
}

const words = {
  en: { newArrangement: "New care arrangement", type: "Type of care", days: "Days", save: "Save arrangement", end: "Window end" },
  nl: { newArrangement: "Nieuwe zorgafspraak", type: "Soort zorg", days: "Dagen", save: "Zorgafspraak opslaan", end: "Venster einde" },
};

for (const language of ["en", "nl"]) {
  test(`the arrangement editor (${language}): no days, then a window that ends before it starts, each at its field with the focus`, async () => {
    const w = words[language];
    const coordinator = await apiAs(world.server, "coordinator@noord.demo");
    const [client] = (await coordinator.get("/v1/clients?limit=1")).json.items;
    const stored = async () => (await coordinator.get(`/v1/clients/${client.id}/arrangements`)).json.items.length;
    const before = await stored();
    const page = await openPage(world.browser, world.server, "desktop", language === "nl" ? { locale: "nl-NL" } : {});
    await login(page, "coordinator@noord.demo", { dutch: language === "nl" });
    await page.goto(`/clients/${client.id}`);
    await press(page.getByRole("button", { name: w.newArrangement }));
    await typeInto(page.getByLabel(w.type), "avondzorg");
    // Weekly, but no day ticked.
    await press(page.getByRole("button", { name: w.save }));
    let problem = await waitForFocusedProblem(page);
    assert.equal(problem.tag, "input", "the focus is on the first day's box");
    assert.ok(problem.marked && problem.beside, JSON.stringify(problem));
    assert.match(problem.text, /\S/);
    assert.doesNotMatch(problem.text, /tasks\[|\(id /);
    const days = page.getByRole("group", { name: w.days, exact: true });
    assert.equal(await days.getAttribute("aria-invalid"), "true");
    assert.ok((await days.innerText()).includes(problem.text), "the reason is in the days' group");
    await assertNoRawPath(page);
    await screenshot(page, `form-error-days-${language}`);

    // Monday with Space on the focused box; a window ending before it starts.
    await days.getByRole("checkbox").first().focus();
    await page.keyboard.press("Space");
    await typeInto(page.getByLabel(w.end), "07:00");
    await press(page.getByRole("button", { name: w.save }));
    await page.waitForFunction((label) => document.activeElement?.labels?.[0]?.textContent?.trim() === label, w.end);
    problem = await focusedProblem(page);
    assert.ok(problem.marked && problem.beside, JSON.stringify(problem));
    assert.match(problem.text, /\S/);
    assert.equal(await days.getAttribute("aria-invalid"), null, "the days are fine now");
    await assertNoRawPath(page);
    assert.equal(await stored(), before, "nothing stored");
    page.assertClean();
    await page.context().close();
  });
}

test("a new client with a postcode that is not one (nl): the reason under Postcode, which has the focus", async () => {
  const page = await openPage(world.browser, world.server, "desktop", { locale: "nl-NL" });
  await login(page, "coordinator@noord.demo", { dutch: true });
  await page.goto("/clients");
  await press(page.getByRole("button", { name: "Cliënt toevoegen" }));
  await typeInto(page.getByLabel("Naam", { exact: true }), "Mevrouw Fout");
  await typeInto(page.getByLabel("Adres"), "Oudegracht 1");
  await typeInto(page.getByLabel("Postcode"), "35 AB");
  await typeInto(page.getByLabel("Breedtegraad"), "52,09");
  await typeInto(page.getByLabel("Lengtegraad"), "5,12");
  await press(page.getByRole("form", { name: "Een cliënt toevoegen" }).getByRole("button", { name: "Cliënt toevoegen" }));
  const problem = await waitForFocusedProblem(page);
  assert.equal(problem.label, "Postcode");
  assert.ok(problem.marked && problem.beside, JSON.stringify(problem));
  assert.match(problem.text, /3511 AB/, "the server's reason, with its example");
  await assertNoRawPath(page);
  await screenshot(page, "form-error-postcode-nl");
  page.assertClean();
  await page.context().close();
});

test("the analyst's targets (en): a share over 100% is refused by the server at its field, with the focus", async () => {
  const page = await openPage(world.browser, world.server, "desktop");
  await login(page, "analyst@noord.demo");
  await page.getByTestId("coverage").waitFor();
  const summary = page.getByText("Targets", { exact: true });
  await summary.focus();
  await page.keyboard.press("Enter");
  await typeInto(page.getByLabel("Coverage, at least (%)"), "150");
  await press(page.getByRole("button", { name: "Save targets" }));
  const problem = await waitForFocusedProblem(page);
  assert.equal(problem.label, "Coverage, at least (%)");
  assert.ok(problem.marked && problem.beside, JSON.stringify(problem));
  assert.match(problem.text, /share from 0 to 1|aandeel/);
  page.assertClean();
  await page.context().close();
});

test("a family's message of white space only (en): refused at the message box, which has the focus", async () => {
  const page = await openPage(world.browser, world.server, "phone");
  await login(page, "family@noord.demo");
  const box = page.getByLabel("Message to the care team");
  await typeInto(box, "   ");
  await press(page.getByRole("button", { name: "Send", exact: true }));
  const problem = await waitForFocusedProblem(page);
  assert.equal(problem.tag, "textarea");
  assert.ok(problem.marked && problem.beside, JSON.stringify(problem));
  assert.match(problem.text, /\S/);
  page.assertClean();
  await page.context().close();
});

test("a certificate's BIG number of ten digits (nl, phone): refused at its field, which has the focus", async () => {
  const page = await openPage(world.browser, world.server, "phone", { locale: "nl-NL" });
  await login(page, "freelancer@crowd.demo", { dutch: true });
  await page.goto("/certificates");
  await typeInto(page.getByLabel("Geldig tot"), shownDate(addDays(today, 365)));
  await page.getByLabel("Document (foto of PDF)").setInputFiles({ name: "diploma.pdf", mimeType: "application/pdf", buffer: Buffer.from("%PDF-1.4\n%%EOF\n") });
  await typeInto(page.getByLabel("BIG-nummer (als het van toepassing is)"), "1901234560");
  await press(page.getByRole("button", { name: "Certificaat uploaden" }));
  const problem = await waitForFocusedProblem(page);
  assert.equal(problem.label, "BIG-nummer (als het van toepassing is)");
  assert.ok(problem.marked && problem.beside, JSON.stringify(problem));
  assert.match(problem.text, /11/);
  await screenshot(page, "form-error-big-nl");
  page.assertClean();
  await page.context().close();
});

test("a wrong password (nl): no field is at fault, so the reason is at the top of the form and takes the focus", async () => {
  const page = await openPage(world.browser, world.server, "phone", { locale: "nl-NL" });
  await page.goto("/");
  await typeInto(page.getByLabel("E-mailadres"), "coordinator@noord.demo");
  await typeInto(page.getByLabel("Wachtwoord"), "niet-het-wachtwoord");
  await page.keyboard.press("Enter");
  const alert = page.getByRole("form", { name: "Inloggen" }).getByRole("alert");
  await alert.waitFor();
  assert.equal(await alert.evaluate((el) => el === document.activeElement), true, "the message has the focus");
  assert.match(await alert.innerText(), /\S/);
  page.assertClean();
  await page.context().close();
});
