// My certificates with their state (verified, waiting for an organisation to verify, expired),
// uploading one, and what each certificate I do not hold validly would open up near me: the open
// tasks, hours and pay the feed keeps from me today for lack of it.
import { useState } from "preact/hooks";
import { ApiError, get, post } from "../api";
import { DateField } from "../DateTimeFields";
import { dateLabel, dateWithYear, euros, kilometres, minutes } from "../format";
import { useT, type Translate } from "../i18n/language";
import type { ScreenProps } from "../screenProps";
import { usePlatformToday, useSession } from "../session";
import { asApiError, Empty, ErrorMessage, fieldError, Loaded, Notice, Select, useLoad } from "../ui";
import "./caregiver.css";
import type { Caregiver, Certificate, CertificateCode, CertificateProspects } from "./shapes";
import { certificateCodes, certificateName } from "./shapes";

export function Certificates(_props: ScreenProps) {
  const { t } = useT();
  const { me } = useSession();
  const profile = useLoad(() => get<Caregiver>(`/v1/caregivers/${me.caregiver_id}`), [me.caregiver_id]);
  const prospects = useLoad(() => get<CertificateProspects>("/v1/my/certificate-prospects"), []);
  const [notice, setNotice] = useState<string | null>(null);

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
            <CertificateList certificates={p.certificates} />
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

function certificateState(c: Certificate, today: string, t: Translate): { text: string; kind: string } {
  if (c.expires < today) return { text: t("certificates.state.expired"), kind: "danger" };
  if (c.valid) return { text: t("certificates.state.verified"), kind: "ok" };
  if (!c.verified) return { text: t("certificates.state.waiting"), kind: "warn" };
  return { text: t("certificates.state.invalid"), kind: "danger" };
}

function CertificateList({ certificates }: { certificates: Certificate[] }) {
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
          </li>
        );
      })}
    </ul>
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
  const [error, setError] = useState<ApiError | null>(null);
  const [saving, setSaving] = useState(false);

  async function submit(e: Event) {
    e.preventDefault();
    setSaving(true);
    setError(null);
    try {
      const stored = await post<Certificate>(`/v1/caregivers/${props.caregiverId}/certificates`, { code, expires });
      setExpires("");
      props.onAdded(stored);
    } catch (err) {
      setError(asApiError(err));
    } finally {
      setSaving(false);
    }
  }

  const codeError = fieldError(error, "code");
  const expiresError = fieldError(error, "expires");
  return (
    <form class="card add-certificate" onSubmit={submit} noValidate>
      <h2>{t("certificates.upload.title")}</h2>
      <p class="muted">{t("certificates.upload.replaces")}</p>
      {error && !codeError && !expiresError && <ErrorMessage error={error} />}
      <Select
        label={t("certificates.upload.certificate")}
        value={code}
        options={certificateCodes.map((value) => ({ value, label: certificateName(value) }))}
        onChange={(e) => setCode((e.target as HTMLSelectElement).value as CertificateCode)}
      />
      {codeError && <p class="field-error">{codeError}</p>}
      <DateField
        label={t("certificates.upload.validUntil")}
        value={expires}
        error={expiresError ?? (error?.field === "body" ? error.detail : null)}
        onValue={setExpires}
      />
      <button type="submit" class="primary wide" disabled={saving}>
        {saving ? t("certificates.upload.busy") : t("certificates.upload.submit")}
      </button>
    </form>
  );
}
