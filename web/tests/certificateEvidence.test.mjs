// Certificate evidence (issue 12), in Dutch: a caregiver on a phone uploads a certificate with a
// photo or PDF of it (a file of the wrong kind is refused at the field), sees it waiting for a
// check; the coordinator opens the document, verifies it after confirming, then withdraws the
// verification with a reason; the caregiver sees it withdrawn with the reason. The API confirms
// what the screens did: the verification names the document's hash, and the organisation's audit
// log holds the opening, the verification and the withdrawal.
import { test } from "node:test";
import assert from "node:assert/strict";
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { addDays } from "./dates.mjs";
import { apiAs, assertFormsLabelled, demoWorld, login, openPage, screenshot, today } from "./harness.mjs";

const world = demoWorld();

// dd-mm-jjjj, as the Dutch date fields take a date.
const dutchDate = (iso) => `${iso.slice(8, 10)}-${iso.slice(5, 7)}-${iso.slice(0, 4)}`;

// A small, real PDF: what a caregiver would send from their phone.
const pdf = Buffer.from(
  "%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\n" +
    "trailer << /Root 1 0 R >>\n%%EOF\n",
);

test("a certificate uploaded with its document, verified against it and withdrawn, with its audit events", async () => {
  const { server, browser } = world;
  const coordinatorApi = await apiAs(server, "coordinator@noord.demo");
  const adminApi = await apiAs(server, "admin@noord.demo");
  const organisation = (await coordinatorApi.get("/v1/me")).json.organisation_id;
  // The demo employee works for Noord; a certificate he does not hold yet.
  const caregiverApi = await apiAs(server, "employee@crowd.demo");
  const me = (await caregiverApi.get("/v1/me")).json;
  const profile = (await caregiverApi.get(`/v1/caregivers/${me.caregiver_id}`)).json;
  assert.ok(profile.organisations.some((o) => o.id === organisation), "the demo employee works for Noord");
  const lacking = ["injection", "catheter", "tube-feeding", "wound-care", "medication"].filter(
    (c) => !profile.certificates.some((h) => h.code === c),
  );
  assert.ok(lacking.length >= 2, "the demo employee lacks two certificates");
  const [code, photoCode] = lacking;
  const names = { injection: "Injecties", catheter: "Katheterzorg", "tube-feeding": "Sondevoeding", "wound-care": "Wondzorg", medication: "Medicatie" };

  // --- The caregiver, on a phone, in Dutch ---
  const phone = await openPage(browser, server, "phone", { locale: "nl-NL" });
  await login(phone, me.email, { dutch: true });
  await phone.getByRole("link", { name: "Certificaten" }).click();
  await phone.getByRole("heading", { name: "Certificaten", level: 1 }).waitFor();
  await phone.getByLabel("Certificaat", { exact: true }).selectOption(code);
  await phone.getByLabel("Geldig tot").fill(dutchDate(addDays(today, 365)));
  const file = phone.getByLabel("Document (foto of PDF)");
  // A text file is refused before anything is sent; a "PDF" that is not one by the server.
  await file.setInputFiles({ name: "diploma.txt", mimeType: "text/plain", buffer: Buffer.from("mijn diploma") });
  await phone.getByRole("button", { name: "Certificaat uploaden" }).click();
  await phone.getByText("Kies een PDF, PNG of JPEG.").waitFor();
  await file.setInputFiles({ name: "diploma.pdf", mimeType: "application/pdf", buffer: Buffer.from("<html>geen pdf</html>") });
  await phone.getByRole("button", { name: "Certificaat uploaden" }).click();
  await phone.locator(".field-error").filter({ hasText: "is geen pdf-, png- of jpeg-document" }).waitFor();
  // A BIG number of ten digits is refused at its field.
  await file.setInputFiles({ name: "diploma.pdf", mimeType: "application/pdf", buffer: pdf });
  await phone.getByLabel("BIG-nummer (als het van toepassing is)").fill("1901234560");
  await phone.getByRole("button", { name: "Certificaat uploaden" }).click();
  await phone.locator(".field-error").filter({ hasText: "11 cijfers" }).waitFor();
  await phone.getByLabel("BIG-nummer (als het van toepassing is)").fill("19012345601");
  await phone.getByRole("button", { name: "Certificaat uploaden" }).click();
  await phone.getByRole("status").filter({ hasText: "is geüpload" }).waitFor();
  const mine = phone.getByRole("list", { name: "Mijn certificaten" }).locator(`[data-certificate="${code}"]`);
  await mine.filter({ hasText: "Wacht op controle" }).waitFor();
  assert.match(await mine.innerText(), /diploma\.pdf/);
  assert.match(await mine.innerText(), /BIG-nummer 19012345601/);
  await assertFormsLabelled(phone);
  await screenshot(phone, "certificate-evidence-uploaded");

  // A phone's photo over the limit is made smaller before it is sent, and then accepted.
  const photo = Buffer.from(
    await phone.evaluate(async () => {
      const canvas = document.createElement("canvas");
      canvas.width = 3000;
      canvas.height = 2250;
      const context = canvas.getContext("2d");
      const image = context.createImageData(canvas.width, canvas.height);
      for (let i = 0; i < image.data.length; i++) image.data[i] = i % 4 === 3 ? 255 : Math.random() * 256;
      context.putImageData(image, 0, 0);
      const blob = await new Promise((resolve) => canvas.toBlob(resolve, "image/jpeg", 0.95));
      const bytes = new Uint8Array(await blob.arrayBuffer());
      let text = "";
      for (let i = 0; i < bytes.length; i += 0x8000) text += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
      return btoa(text);
    }),
    "base64",
  );
  assert.ok(photo.length > 5 * 1024 * 1024, `the photo is over the limit (${photo.length} bytes)`);
  await phone.getByLabel("Certificaat", { exact: true }).selectOption(photoCode);
  await phone.getByLabel("Geldig tot").fill(dutchDate(addDays(today, 365)));
  await file.setInputFiles({ name: "foto-diploma.jpeg", mimeType: "image/jpeg", buffer: photo });
  await phone.getByRole("button", { name: "Certificaat uploaden" }).click();
  const photoCard = phone.getByRole("list", { name: "Mijn certificaten" }).locator(`[data-certificate="${photoCode}"]`);
  await photoCard.filter({ hasText: "Wacht op controle" }).waitFor();
  const sent = (await caregiverApi.get(`/v1/caregivers/${me.caregiver_id}`)).json.certificates.find((c) => c.code === photoCode);
  assert.equal(sent.evidence.media_type, "image/jpeg");
  assert.equal(sent.evidence.file_name, "foto-diploma.jpg");
  assert.ok(sent.evidence.size_bytes <= 5 * 1024 * 1024 && sent.evidence.size_bytes < photo.length, `${sent.evidence.size_bytes} bytes`);

  const uploaded = (await caregiverApi.get(`/v1/caregivers/${me.caregiver_id}`)).json.certificates.find((c) => c.code === code);
  assert.equal(uploaded.evidence.sha256, createHash("sha256").update(pdf).digest("hex"), "stored with the hash of what was sent");
  assert.equal(uploaded.evidence.size_bytes, pdf.length);
  assert.equal(uploaded.verified, false);

  // --- The coordinator, at a desk, in Dutch ---
  const desk = await openPage(browser, server, "desktop", { locale: "nl-NL" });
  await login(desk, "coordinator@noord.demo", { dutch: true });
  await desk.getByRole("link", { name: "Zorgverleners" }).click();
  await desk.getByLabel("Zoeken op naam").fill(profile.name);
  const row = desk.locator(`tr[data-caregiver-id="${me.caregiver_id}"] li[data-certificate="${code}"]`);
  await row.waitFor();
  // The document opens as the file the caregiver sent.
  const [download] = await Promise.all([
    desk.waitForEvent("download"),
    row.getByRole("button", { name: `Bewijs van ${names[code]} van ${profile.name} openen` }).click(),
  ]);
  assert.equal(download.suggestedFilename(), "diploma.pdf");
  assert.deepEqual(readFileSync(await download.path()), pdf);

  // Verifying asks for confirmation first; cancelling changes nothing.
  await row.getByRole("button", { name: `${names[code]} van ${profile.name} controleren` }).click();
  const confirm = row.getByRole("group", { name: "Controle bevestigen" });
  await confirm.waitFor();
  assert.match(await confirm.innerText(), new RegExp(uploaded.evidence.sha256));
  await screenshot(desk, "certificate-evidence-confirm");
  await confirm.getByRole("button", { name: "Annuleren" }).click();
  assert.equal((await coordinatorApi.get(`/v1/caregivers/${me.caregiver_id}`)).json.certificates.find((c) => c.code === code).verified, false);
  await row.getByRole("button", { name: `${names[code]} van ${profile.name} controleren` }).click();
  await row.getByRole("button", { name: "Ja, gecontroleerd" }).click();
  await desk.getByRole("status").filter({ hasText: "is gecontroleerd" }).waitFor();
  await row.filter({ hasText: "Gecontroleerd door" }).waitFor();
  await screenshot(desk, "certificate-evidence-verified");
  const verified = (await coordinatorApi.get(`/v1/caregivers/${me.caregiver_id}`)).json.certificates.find((c) => c.code === code);
  assert.equal(verified.valid, true);
  assert.equal(verified.verification.evidence_id, uploaded.evidence.id);
  assert.equal(verified.verification.evidence_sha256, uploaded.evidence.sha256);

  // Withdrawing asks why; without a reason it is refused at the field.
  await row.getByRole("button", { name: `Controle van ${names[code]} van ${profile.name} intrekken` }).click();
  const withdraw = row.getByRole("form", { name: "Controle intrekken" });
  await withdraw.getByRole("button", { name: "Controle intrekken" }).click();
  await withdraw.locator(".field-error").waitFor();
  const reason = "Diploma staat niet in het DUO-register";
  await withdraw.getByLabel("Reden").fill(reason);
  await withdraw.getByRole("button", { name: "Controle intrekken" }).click();
  await desk.getByRole("status").filter({ hasText: "is ingetrokken" }).waitFor();
  await row.filter({ hasText: reason }).waitFor();
  await screenshot(desk, "certificate-evidence-withdrawn");
  desk.assertClean();
  await desk.context().close();

  // The caregiver sees it withdrawn, with the reason; the admission rule no longer counts it.
  await phone.reload();
  await mine.filter({ hasText: "Controle ingetrokken" }).waitFor();
  assert.match(await mine.innerText(), new RegExp(reason));
  await screenshot(phone, "certificate-evidence-withdrawn");
  phone.assertClean();
  await phone.context().close();
  const after = (await caregiverApi.get(`/v1/caregivers/${me.caregiver_id}`)).json.certificates.find((c) => c.code === code);
  assert.deepEqual([after.verified, after.valid, after.verification.withdrawal_reason], [false, false, reason]);
  const prospects = (await caregiverApi.get("/v1/my/certificate-prospects")).json.items;
  assert.ok(prospects.some((p) => p.code === code), "a withdrawn certificate is a prospect again");

  // The organisation's audit log: the document opened, verified against its hash, withdrawn.
  const audit = (await adminApi.get("/v1/audit?limit=200")).json.items;
  const events = (name) => audit.filter((e) => e.event === name && e.detail.includes(`certificate ${code}`));
  assert.equal(events("certificate.evidence_read").length, 1);
  assert.equal(events("certificate.verify").length, 1);
  assert.ok(events("certificate.verify")[0].detail.includes(uploaded.evidence.sha256), events("certificate.verify")[0].detail);
  assert.equal(events("certificate.withdraw").length, 1);
  assert.ok(!events("certificate.withdraw")[0].detail.includes(reason), "the reason stays out of the audit detail");
  // Another organisation's coordinator cannot open the document.
  const zuid = await apiAs(server, "coordinator@zuid.demo");
  assert.equal((await zuid.get(`/v1/caregivers/${me.caregiver_id}/evidence/${uploaded.evidence.id}`)).status, 404);
});

test("in English: a coordinator verifies a demo caregiver's waiting certificate against its document, then withdraws it", async () => {
  const { server, browser } = world;
  const coordinatorApi = await apiAs(server, "coordinator@noord.demo");
  const organisation = (await coordinatorApi.get("/v1/me")).json.organisation_id;
  // A caregiver of Noord with a certificate the demo uploaded (with its document) and nobody verified.
  const crowd = (await coordinatorApi.get(`/v1/organisations/${organisation}/caregivers?limit=500`)).json.items;
  let caregiver = null;
  let waiting = null;
  for (const c of crowd) {
    waiting = c.certificates.find((x) => !x.verified && x.evidence && x.expires >= today);
    if (waiting) {
      caregiver = c;
      break;
    }
  }
  assert.ok(caregiver, "a demo caregiver's certificate waits for verification");
  const names = { injection: "Injections", catheter: "Catheter care", "tube-feeding": "Tube feeding", "wound-care": "Wound care", medication: "Medication" };
  const certificate = names[waiting.code];

  const desk = await openPage(browser, server, "desktop");
  await login(desk, "coordinator@noord.demo");
  await desk.getByRole("link", { name: "Caregivers" }).click();
  await desk.getByLabel("Search by name").fill(caregiver.name);
  const row = desk.locator(`tr[data-caregiver-id="${caregiver.id}"] li[data-certificate="${waiting.code}"]`);
  await row.getByRole("button", { name: `Verify ${certificate} of ${caregiver.name}` }).click();
  const confirm = row.getByRole("group", { name: "Confirm the verification" });
  assert.match(await confirm.innerText(), new RegExp(waiting.evidence.file_name.replace(".", "\\.")));
  await confirm.getByRole("button", { name: "Yes, verified" }).click();
  await desk.getByRole("status").filter({ hasText: "is verified" }).waitFor();
  await row.getByRole("button", { name: `Withdraw the verification of ${certificate} of ${caregiver.name}` }).click();
  const withdraw = row.getByRole("form", { name: "Withdraw the verification" });
  await withdraw.getByLabel("Reason").fill("Scan unreadable");
  await withdraw.getByRole("button", { name: "Withdraw the verification" }).click();
  await row.filter({ hasText: "Verification withdrawn" }).waitFor();
  await screenshot(desk, "certificate-evidence-withdrawn-english");
  desk.assertClean();
  await desk.context().close();

  const after = (await coordinatorApi.get(`/v1/caregivers/${caregiver.id}`)).json.certificates.find((x) => x.code === waiting.code);
  assert.deepEqual([after.verified, after.verification.evidence_id, after.verification.withdrawal_reason], [false, waiting.evidence.id, "Scan unreadable"]);
});
