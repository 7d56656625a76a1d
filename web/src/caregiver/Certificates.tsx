// My certificates with their state (verified, waiting for an organisation to verify, withdrawn,
// expired) and the document each stands on, uploading one with its document (a photo or PDF from
// the phone), and what each certificate I do not hold validly would open up near me: the open
// tasks, hours and pay the feed keeps from me today for lack of it.
import { useState } from "preact/hooks";
import { ApiError, get, post } from "../api";
import { DateField } from "../DateTimeFields";
import { EvidenceButton, evidenceTypes, maxEvidenceBytes, readEvidence } from "../Evidence";
import { dateLabel, dateWithYear, euros, fileSize, kilometres, minutes } from "../format";
import { useT, type Translate } from "../i18n/language";
import { useLiveRefresh } from "../live";
import type { ScreenProps } from "../screenProps";
import { usePlatformToday, useSession } from "../session";
import { Form, ownProblem, useProblem } from "../formErrors";
import { asApiError, Empty, Field, Loaded, Notice, Select, useFieldId, useLoad } from "../ui";
import "./caregiver.css";
import type { Caregiver, Certificate, CertificateCode, CertificateProspects } from "./shapes";
import { certificateCodes, certificateName } from "./shapes";

export function Certificates(_props: ScreenProps) {
  const { t } = useT();
  const { me } = useSession();
  const profile = useLoad(() => get<Caregiver>(`/v1/caregivers/${me.caregiver_id}`), [me.caregiver_id]);
  const prospects = useLoad(() => get<CertificateProspects>("/v1/my/certificate-prospects"), []);
  const [notice, setNotice] = useState<string | null>(null);
  // A verification or its withdrawal changes a certificate's state and what it unlocks.
  useLiveRefresh(["certificate.verified", "certificate.withdrawn"], () => true, () => {
    profile.reload();
    prospects.reload();
  });

  return (
    <div class="caregiver-screen">
      <h1>{t("certificates.title")}</h1>
      {notice && <Notice kind="success">{notice}</Notice>}
      <Loaded state={profile} what={t("certificates.loading")}>
        {(p) => (
          <>
            <p class="muted intro">
              {p.kind === "volunteer" ? t("certificates.levelVolunteer", { level: p.level }) : t("certificates.level", { level: p.level })}{" "}
              {t("certificates.counts")}
            </p>
            <CertificateList caregiverId={p.id} certificates={p.certificates} />
          </>
        )}
      </Loaded>
      <h2 id="prospects-heading">{t("certificates.unlockHeading")}</h2>
      <Prospects state={prospects} />
      <AddCertificate
        caregiverId={me.caregiver_id!}
        onAdded={(c) => {
          setNotice(t("certificates.uploaded", { name: certificateName(c.code), date: dateWithYear(c.expires) }));
          profile.reload();
          prospects.reload();
        }}
      />
    </div>
  );
}

// A verification withdrawn from the document the certificate still stands on (a new upload starts
// afresh and waits for its own check).
export function withdrawnVerification(c: Certificate) {
  const v = c.verification;
  return !c.verified && v && v.withdrawn_at && c.evidence && v.evidence_id === c.evidence.id ? v : null;
}

function certificateState(c: Certificate, today: string, t: Translate): { text: string; kind: string } {
  if (c.expires < today) return { text: t("certificates.state.expired"), kind: "danger" };
  if (c.valid) return { text: t("certificates.state.verified"), kind: "ok" };
  if (withdrawnVerification(c)) return { text: t("certificates.state.withdrawn"), kind: "danger" };
  if (!c.verified && !c.evidence) return { text: t("certificates.state.noEvidence"), kind: "warn" };
  if (!c.verified) return { text: t("certificates.state.waiting"), kind: "warn" };
  return { text: t("certificates.state.invalid"), kind: "danger" };
}

function CertificateList({ caregiverId, certificates }: { caregiverId: number; certificates: Certificate[] }) {
  const { t } = useT();
  const today = usePlatformToday();
  if (!certificates.length) {
    return <Empty title={t("certificates.none.title")}>{t("certificates.none.text")}</Empty>;
  }
  const sorted = [...certificates].sort((a, b) => certificateName(a.code).localeCompare(certificateName(b.code)));
  return (
    <ul class="cards certificate-list" aria-label={t("certificates.mine")}>
      {sorted.map((c) => {
        const state = certificateState(c, today, t);
        return (
          <li class="card certificate" key={c.code} data-certificate={c.code}>
            <div class="task-head">
              <h3>{certificateName(c.code)}</h3>
              <span class={`badge ${state.kind}`}>{state.text}</span>
            </div>
            <p class="muted">
              {c.expires < today
                ? t("certificates.expiredOn", { date: dateWithYear(c.expires) })
                : t("certificates.validUntil", { date: dateWithYear(c.expires) })}
              {c.verified && c.verified_at ? ` · ${t("certificates.verifiedOn", { date: dateLabel(c.verified_at.slice(0, 10)) })}` : ""}
            </p>
            <CertificateEvidence caregiverId={caregiverId} certificate={c} />
          </li>
        );
      })}
    </ul>
  );
}

// The document, the registrations and, once withdrawn, why.
function CertificateEvidence({ caregiverId, certificate: c }: { caregiverId: number; certificate: Certificate }) {
  const { t } = useT();
  const withdrawn = withdrawnVerification(c);
  return (
    <>
      {c.evidence ? (
        <p class="evidence">
          {t("certificates.evidence.label")}{" "}
          <EvidenceButton
            caregiverId={caregiverId}
            evidence={c.evidence}
            label={t("certificates.evidence.openLabel", { certificate: certificateName(c.code) })}
          />
        </p>
      ) : (
        <p class="evidence-missing">{t("certificates.evidence.none")}</p>
      )}
      {(c.big_number || c.duo_reference) && (
        <p class="muted">
          {c.big_number && t("certificates.bigNumber", { number: c.big_number })}
          {c.big_number && c.duo_reference && " · "}
          {c.duo_reference && t("certificates.duoReference", { reference: c.duo_reference })}
        </p>
      )}
      {withdrawn && (
        <p class="field-error" data-withdrawn>
          {t("certificates.withdrawn", {
            date: dateLabel((withdrawn.withdrawn_at ?? "").slice(0, 10)),
            reason: withdrawn.withdrawal_reason ?? "",
          })}
        </p>
      )}
    </>
  );
}

// Whole hours read better for a prospect ("69 h"); under an hour, minutes.
function roughHours(total: number): string {
  return total < 60 ? minutes(Math.round(total)) : minutes(Math.round(total / 60) * 60);
}

const heldWords: Record<string, string> = {
  unverified: "certificates.held.unverified",
  expired: "certificates.held.expired",
};

function Prospects(props: {
  state: { data: CertificateProspects | undefined; error: ApiError | null; loading: boolean };
}) {
  const { state } = props;
  const { t } = useT();
  return (
    <Loaded state={state} what={t("certificates.unlockLoading")}>
      {(data) => {
        const rows = [...data.items].sort(
          (a, b) => b.minutes - a.minutes || b.tasks - a.tasks || a.code.localeCompare(b.code),
        );
        if (!rows.length) {
          return <Empty title={t("certificates.nothing.title")}>{t("certificates.nothing.text")}</Empty>;
        }
        return (
          <>
            <p class="muted">
              {t("certificates.unlockIntro", { from: dateLabel(data.from), to: dateLabel(data.to), distance: kilometres(data.radius_metres) })}
            </p>
            <ul class="cards prospects" aria-labelledby="prospects-heading">
              {rows.map((r) => (
                <li class="card prospect" key={r.code} data-certificate={r.code}>
                  <h3>{certificateName(r.code)}</h3>
                  {r.tasks > 0 ? (
                    <p class="prospect-figures">
                      <strong>{t("certificates.openTasks", { count: r.tasks })}</strong>
                      , <span class="nowrap">{roughHours(r.minutes)}</span>,{" "}
                      <span class="nowrap">{euros(r.pay_cents)}</span> {t("certificates.nearYou")}
                      <span class="muted"> {t("certificates.perWeek", { time: roughHours(r.per_week.hours * 60) })}</span>
                    </p>
                  ) : (
                    <p class="muted">{t("certificates.noneNeeded")}</p>
                  )}
                  {heldWords[r.held] && <p class="muted">{t(heldWords[r.held])}</p>}
                </li>
              ))}
            </ul>
          </>
        );
      }}
    </Loaded>
  );
}

function AddCertificate(props: { caregiverId: number; onAdded: (c: Certificate) => void }) {
  const { t } = useT();
  const [code, setCode] = useState<CertificateCode>("wound-care");
  const [expires, setExpires] = useState("");
  const [file, setFile] = useState<File | null>(null);
  const [bigNumber, setBigNumber] = useState("");
  const [duoReference, setDuoReference] = useState("");
  const [error, setError] = useState<ApiError | null>(null);
  const [saving, setSaving] = useState(false);
  const [formKey, setFormKey] = useState(0);

  // What the server would refuse anyway, said before a phone sends megabytes for nothing.
  function fileProblem(chosen: File | null): string | null {
    if (!chosen) return t("certificates.upload.fileMissing");
    if (!(evidenceTypes as readonly string[]).includes(chosen.type)) return t("certificates.upload.fileType");
    return null;
  }
  const tooLarge = (size: number) =>
    t("certificates.upload.fileTooLarge", { size: fileSize(size), max: fileSize(maxEvidenceBytes) });

  async function submit(e: Event) {
    e.preventDefault();
    setError(null);
    const problem = fileProblem(file);
    if (problem) {
      setError(ownProblem("evidence", problem));
      return;
    }
    setSaving(true);
    try {
      // A large photo is made smaller first; what is still too large is not sent.
      const { evidence, size } = await readEvidence(file!);
      if (size > maxEvidenceBytes) {
        setError(ownProblem("evidence", tooLarge(size)));
        return;
      }
      const stored = await post<Certificate>(`/v1/caregivers/${props.caregiverId}/certificates`, {
        code,
        expires,
        ...(bigNumber.trim() ? { big_number: bigNumber.trim() } : {}),
        ...(duoReference.trim() ? { duo_reference: duoReference.trim() } : {}),
        evidence,
      });
      setExpires("");
      setFile(null);
      setBigNumber("");
      setDuoReference("");
      setFormKey((k) => k + 1);  // a new, empty file field
      props.onAdded(stored);
    } catch (err) {
      setError(asApiError(err));
    } finally {
      setSaving(false);
    }
  }

  return (
    <Form error={error} class="card add-certificate" onSubmit={submit} key={formKey}>
      <h2>{t("certificates.upload.title")}</h2>
      <p class="muted">{t("certificates.upload.replaces")}</p>
      <Select
        label={t("certificates.upload.certificate")}
        value={code}
        problem="code"
        options={certificateCodes.map((value) => ({ value, label: certificateName(value) }))}
        onChange={(e) => setCode((e.target as HTMLSelectElement).value as CertificateCode)}
      />
      <DateField
        label={t("certificates.upload.validUntil")}
        value={expires}
        problem="expires"
        onValue={setExpires}
      />
      <DocumentField file={file} onFile={setFile} />
      <Field
        label={t("certificates.upload.bigNumber")}
        hint={t("certificates.upload.bigHint")}
        inputMode="numeric"
        autoComplete="off"
        maxLength={11}
        value={bigNumber}
        problem="big_number"
        onInput={(e) => setBigNumber(e.currentTarget.value)}
      />
      <Field
        label={t("certificates.upload.duoReference")}
        hint={t("certificates.upload.duoHint")}
        autoComplete="off"
        value={duoReference}
        problem="duo_reference"
        onInput={(e) => setDuoReference(e.currentTarget.value)}
      />
      <button type="submit" class="primary wide" disabled={saving}>
        {saving ? t("certificates.upload.busy") : t("certificates.upload.submit")}
      </button>
    </Form>
  );
}

// The document to upload: the browser's own file control speaks the browser's language, so the
// control is a labelled button in the app's language over a visually hidden input (which keeps
// the keyboard and the phone's camera and files), with the chosen file's name and size.
function DocumentField(props: { file: File | null; onFile: (file: File | null) => void }) {
  const { t } = useT();
  const id = useFieldId("document");
  const error = useProblem("evidence");
  const described = error ? `${id}-error` : `${id}-hint`;
  return (
    <div class="field document-field">
      <span class="label" id={`${id}-label`}>
        {t("certificates.upload.file")}
      </span>
      <input
        id={id}
        class="visually-hidden"
        type="file"
        accept={evidenceTypes.join(",")}
        aria-labelledby={`${id}-label`}
        aria-describedby={described}
        aria-invalid={error ? "true" : undefined}
        onChange={(e) => props.onFile(e.currentTarget.files?.[0] ?? null)}
      />
      <label for={id} class="button document-choose">
        {props.file ? t("certificates.upload.fileOther") : t("certificates.upload.fileChoose")}
      </label>
      <span class="document-chosen">
        {props.file ? `${props.file.name} (${fileSize(props.file.size)})` : t("certificates.upload.fileNone")}
      </span>
      {error ? (
        <small id={`${id}-error`} class="field-error">
          {error}
        </small>
      ) : (
        <small id={`${id}-hint`} class="muted">
          {t("certificates.upload.fileHint", { max: fileSize(maxEvidenceBytes) })}
        </small>
      )}
    </div>
  );
}
