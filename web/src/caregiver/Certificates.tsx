// My certificates with their state (verified, waiting for an organisation to verify, expired),
// uploading one, and what each certificate I do not hold validly would open up near me: the open
// tasks, hours and pay the feed keeps from me today for lack of it.
import { useState } from "preact/hooks";
import { ApiError, get, post } from "../api";
import { dateLabel, euros, kilometres, minutes } from "../format";
import type { ScreenProps } from "../screenProps";
import { usePlatformToday, useSession } from "../session";
import { asApiError, Empty, ErrorMessage, Field, fieldError, Loaded, Notice, Select, useLoad } from "../ui";
import "./caregiver.css";
import type { Caregiver, Certificate, CertificateCode, CertificateProspects } from "./shapes";
import { certificateName, certificateNames } from "./shapes";

export function Certificates(_props: ScreenProps) {
  const { me } = useSession();
  const profile = useLoad(() => get<Caregiver>(`/v1/caregivers/${me.caregiver_id}`), [me.caregiver_id]);
  const prospects = useLoad(() => get<CertificateProspects>("/v1/my/certificate-prospects"), []);
  const [notice, setNotice] = useState<string | null>(null);

  return (
    <div class="caregiver-screen">
      <h1>Certificates</h1>
      {notice && <Notice kind="success">{notice}</Notice>}
      <Loaded state={profile} what="your certificates">
        {(p) => (
          <>
            <p class="muted intro">
              Care level {p.level}
              {p.kind === "volunteer" ? " (volunteer)" : ""}. A certificate counts once an organisation you work for has
              verified it, until it expires.
            </p>
            <CertificateList certificates={p.certificates} />
          </>
        )}
      </Loaded>
      <h2 id="prospects-heading">What a certificate would unlock</h2>
      <Prospects state={prospects} />
      <AddCertificate
        caregiverId={me.caregiver_id!}
        onAdded={(c) => {
          setNotice(
            `${certificateName(c.code)} uploaded, valid until ${dateLabel(c.expires)} ${c.expires.slice(0, 4)}. ` +
              "It counts once an organisation has verified it.",
          );
          profile.reload();
          prospects.reload();
        }}
      />
    </div>
  );
}

function certificateState(c: Certificate, today: string): { label: string; kind: string } {
  if (c.expires < today) return { label: "Expired", kind: "danger" };
  if (c.valid) return { label: "Verified", kind: "ok" };
  if (!c.verified) return { label: "Waiting for verification", kind: "warn" };
  return { label: "Not valid", kind: "danger" };
}

function CertificateList({ certificates }: { certificates: Certificate[] }) {
  const today = usePlatformToday();
  if (!certificates.length) {
    return (
      <Empty title="No certificates yet">
        Some tasks (injections, catheter care, wound care…) need a certificate. Upload one below.
      </Empty>
    );
  }
  const sorted = [...certificates].sort((a, b) => certificateName(a.code).localeCompare(certificateName(b.code)));
  return (
    <ul class="cards certificate-list" aria-label="My certificates">
      {sorted.map((c) => {
        const state = certificateState(c, today);
        return (
          <li class="card certificate" key={c.code} data-certificate={c.code}>
            <div class="task-head">
              <h3>{certificateName(c.code)}</h3>
              <span class={`badge ${state.kind}`}>{state.label}</span>
            </div>
            <p class="muted">
              {c.expires < today ? "Expired on" : "Valid until"} {dateLabel(c.expires)} {c.expires.slice(0, 4)}
              {c.verified && c.verified_at ? ` · verified ${dateLabel(c.verified_at.slice(0, 10))}` : ""}
            </p>
          </li>
        );
      })}
    </ul>
  );
}

// Whole hours read better for a prospect ("69 h"); under an hour, minutes.
function roughHours(total: number): string {
  return total < 60 ? minutes(Math.round(total)) : `${Math.round(total / 60)} h`;
}

const heldWords: Record<string, string> = {
  unverified: "You uploaded it; it counts once verified.",
  expired: "Yours has expired: upload the renewed one.",
};

function Prospects(props: {
  state: { data: CertificateProspects | undefined; error: ApiError | null; loading: boolean };
}) {
  const { state } = props;
  return (
    <Loaded state={state} what="what certificates would unlock">
      {(data) => {
        const rows = [...data.items].sort(
          (a, b) => b.minutes - a.minutes || b.tasks - a.tasks || a.code.localeCompare(b.code),
        );
        if (!rows.length) {
          return <Empty title="Nothing more to unlock">You hold every certificate, verified and valid.</Empty>;
        }
        return (
          <>
            <p class="muted">
              Open tasks from {dateLabel(data.from)} to {dateLabel(data.to)} within {kilometres(data.radius_metres)} of
              home that only this certificate keeps from you.
            </p>
            <ul class="cards prospects" aria-labelledby="prospects-heading">
              {rows.map((r) => (
                <li class="card prospect" key={r.code} data-certificate={r.code}>
                  <h3>{certificateName(r.code)}</h3>
                  {r.tasks > 0 ? (
                    <p class="prospect-figures">
                      <strong>
                        {r.tasks} open task{r.tasks === 1 ? "" : "s"}
                      </strong>
                      , <span class="nowrap">{roughHours(r.minutes)}</span>,{" "}
                      <span class="nowrap">{euros(r.pay_cents)}</span> near you
                      <span class="muted"> (about {roughHours(r.per_week.hours * 60)} a week)</span>
                    </p>
                  ) : (
                    <p class="muted">No open tasks near you need it right now.</p>
                  )}
                  {heldWords[r.held] && <p class="muted">{heldWords[r.held]}</p>}
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
  const today = usePlatformToday();
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
      <h2>Upload a certificate</h2>
      <p class="muted">Uploading a certificate you already have replaces it; it is then verified again.</p>
      {error && !codeError && !expiresError && <ErrorMessage error={error} />}
      <Select
        label="Certificate"
        value={code}
        options={Object.entries(certificateNames).map(([value, label]) => ({ value, label }))}
        onChange={(e) => setCode((e.target as HTMLSelectElement).value as CertificateCode)}
      />
      {codeError && <p class="field-error">{codeError}</p>}
      <Field
        label="Valid until"
        type="date"
        min={today}
        value={expires}
        error={expiresError ?? (error?.field === "body" ? error.detail : null)}
        onInput={(e) => setExpires((e.target as HTMLInputElement).value)}
      />
      <button type="submit" class="primary wide" disabled={saving}>
        {saving ? "Uploading…" : "Upload certificate"}
      </button>
    </form>
  );
}
