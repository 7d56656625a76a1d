// The caregivers working for the organisation and their certificates; an uploaded certificate
// counts for tasks only once someone of an organisation has verified it against its document. The
// coordinator opens the document, verifies after confirming what they looked at, and withdraws a
// verification with a reason (the certificate stops counting at once).
import { useRef, useState } from "preact/hooks";
import { ApiError, post } from "../api";
import { EvidenceButton, evidenceLabel } from "../Evidence";
import { dateLabel, dateWithYear } from "../format";
import type { ScreenProps } from "../screenProps";
import { usePlatformToday, useSession } from "../session";
import { Form } from "../formErrors";
import { Empty, ErrorMessage, Field, Loaded, Notice, asApiError, useLoad } from "../ui";
import { certificateName, loadCaregivers, type CaregiverSummary, type Certificate } from "./data";
import { useT, translatedTable } from "../i18n/language";
import "./coordinator.css";

const kindNames: Record<CaregiverSummary["kind"], string> = translatedTable({
  employee: "caregivers.kind.employee",
  freelancer: "caregivers.kind.freelancer",
  volunteer: "caregivers.kind.volunteer",
});

function needsVerification(c: CaregiverSummary, today: string) {
  return c.certificates.some((x) => !x.verified && x.expires >= today);
}

// What the coordinator is about to do to one certificate, waiting for their confirmation.
type Pending = { key: string; action: "verify" | "withdraw" };

export function CaregiverCertificates(_props: ScreenProps) {
  const { t } = useT();
  const { me } = useSession();
  const today = usePlatformToday();
  const state = useLoad(() => loadCaregivers(me.organisation_id ?? 0), [me.organisation_id]);
  const [onlyUnverified, setOnlyUnverified] = useState(false);
  const [search, setSearch] = useState("");
  // Certificates verified or withdrawn here since the list was loaded, as the server answered.
  const [changed, setChanged] = useState<Map<string, Certificate>>(new Map());
  const [pending, setPending] = useState<Pending | null>(null);
  const [reason, setReason] = useState("");
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<{ key: string; error: ApiError } | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const noticeRef = useRef<HTMLDivElement>(null);

  function ask(key: string, action: Pending["action"]) {
    setPending({ key, action });
    setReason("");
    setError(null);
    setNotice(null);
  }

  async function confirm(c: CaregiverSummary, x: Certificate) {
    if (!pending) return;
    const key = `${c.id}/${x.code}`;
    const base = `/v1/caregivers/${c.id}/certificates/${encodeURIComponent(x.code)}`;
    setBusy(key);
    setError(null);
    try {
      const cert =
        pending.action === "verify"
          ? await post<Certificate>(`${base}/verify`, { evidence_id: x.evidence?.id })
          : await post<Certificate>(`${base}/withdraw`, { reason: reason.trim() });
      setChanged((before) => new Map(before).set(key, cert));
      const what = { certificate: certificateName(x.code), name: c.name };
      setNotice(pending.action === "verify" ? t("caregivers.verified", what) : t("caregivers.withdrawn", what));
      setPending(null);
      // The buttons are gone: the focus goes to the notice that says what happened.
      setTimeout(() => noticeRef.current?.focus(), 0);
    } catch (e) {
      setError({ key, error: asApiError(e) });
    } finally {
      setBusy(null);
    }
  }

  return (
    <section class="coordinator caregivers-screen">
      <h1>{t("nav.caregivers")}</h1>
      <div class="toolbar">
        <Field label={t("clients.search")} type="search" value={search} onInput={(e) => setSearch(e.currentTarget.value)} />
        <label class="check">
          <input type="checkbox" checked={onlyUnverified} onChange={() => setOnlyUnverified(!onlyUnverified)} />
          {t("caregivers.onlyUnverified")}
        </label>
      </div>
      {notice && (
        <div ref={noticeRef} tabIndex={-1}>
          <Notice kind="success">{notice}</Notice>
        </div>
      )}
      <Loaded state={state} what={t("caregivers.loading")}>
        {(list) => {
          // Certificates verified or withdrawn here since the list was loaded show as they are now.
          const current = list.map((c) => ({
            ...c,
            certificates: c.certificates.map((x) => changed.get(`${c.id}/${x.code}`) ?? x),
          }));
          const waiting = current.filter((c) => needsVerification(c, today)).length;
          const term = search.trim().toLowerCase();
          const shown = current
            .filter((c) => !onlyUnverified || needsVerification(c, today) || c.certificates.some((x) => changed.has(`${c.id}/${x.code}`)))
            .filter((c) => !term || c.name.toLowerCase().includes(term))
            .sort((a, b) => a.name.localeCompare(b.name));
          return (
            <>
              <p class="muted" role="status">
                {t("caregivers.count", { count: list.length })}; {t("caregivers.waiting", { count: waiting })}
              </p>
              {shown.length === 0 ? (
                <Empty title={onlyUnverified ? t("caregivers.nothing.title") : t("caregivers.none.title")}>
                  {onlyUnverified
                    ? t("caregivers.nothing.text")
                    : term
                      ? t("caregivers.noMatch")
                      : t("caregivers.none.text")}
                </Empty>
              ) : (
                <div class="table-wrap">
                  <table class="caregivers stack-on-phone">
                    <caption class="visually-hidden">{t("caregivers.caption")}</caption>
                    <thead>
                      <tr>
                        <th scope="col">{t("clientForm.name")}</th>
                        <th scope="col">{t("caregivers.kindLabel")}</th>
                        <th scope="col">{t("details.level")}</th>
                        <th scope="col">{t("nav.certificates")}</th>
                      </tr>
                    </thead>
                    <tbody>
                      {shown.map((c) => (
                        <tr data-caregiver-id={c.id}>
                          <th scope="row">{c.name}</th>
                          <td data-label={t("caregivers.kindLabel")}>
                            {kindNames[c.kind]}
                            {c.employed && <span class="badge ok"> {t("caregivers.employed")}</span>}
                          </td>
                          <td data-label={t("details.level")}>{c.level}</td>
                          <td data-label={t("nav.certificates")}>
                            {c.certificates.length === 0 ? (
                              <span class="muted">{t("client.none")}</span>
                            ) : (
                              <ul class="cert-list">
                                {c.certificates.map((x) => {
                                  const key = `${c.id}/${x.code}`;
                                  const expired = x.expires < today;
                                  return (
                                    <li data-certificate={x.code}>
                                      <strong>{certificateName(x.code)}</strong>
                                      <span class="muted">{t("caregivers.until", { date: dateWithYear(x.expires) })}</span>
                                      {expired ? (
                                        <span class="badge danger">{t("certificates.state.expired")}</span>
                                      ) : x.verified ? (
                                        <span class="badge ok">✓ {x.valid ? t("caregivers.verifiedValid") : t("certificates.state.verified")}</span>
                                      ) : (
                                        <span class="badge warn">{t("caregivers.notVerified")}</span>
                                      )}
                                      <CertificateFacts caregiverId={c.id} name={c.name} certificate={x} />
                                      {!x.verified && !expired && x.evidence && pending?.key !== key && (
                                        <button
                                          type="button"
                                          disabled={busy === key}
                                          aria-label={t("caregivers.verifyLabel", { certificate: certificateName(x.code), name: c.name })}
                                          onClick={() => ask(key, "verify")}
                                        >
                                          {t("caregivers.verify")}
                                        </button>
                                      )}
                                      {x.verified && pending?.key !== key && (
                                        <button
                                          type="button"
                                          class="danger"
                                          disabled={busy === key}
                                          aria-label={t("caregivers.withdrawLabel", { certificate: certificateName(x.code), name: c.name })}
                                          onClick={() => ask(key, "withdraw")}
                                        >
                                          {t("caregivers.withdraw")}
                                        </button>
                                      )}
                                      {pending?.key === key && pending.action === "verify" && x.evidence && (
                                        <div class="confirm-panel" role="group" aria-label={t("caregivers.confirmVerify")}>
                                          <p>
                                            {t("caregivers.confirmVerifyText", {
                                              certificate: certificateName(x.code),
                                              name: c.name,
                                              file: evidenceLabel(x.evidence),
                                            })}
                                          </p>
                                          <p class="muted hash">{t("caregivers.hash", { hash: x.evidence.sha256 })}</p>
                                          <div class="actions">
                                            <button type="button" class="primary" disabled={busy === key} onClick={() => confirm(c, x)}>
                                              {t("caregivers.confirmVerifyButton")}
                                            </button>
                                            <button type="button" onClick={() => setPending(null)}>
                                              {t("common.cancel")}
                                            </button>
                                          </div>
                                        </div>
                                      )}
                                      {pending?.key === key && pending.action === "withdraw" && (
                                        <Form
                                          error={error?.key === key ? error.error : null}
                                          class="confirm-panel"
                                          aria-label={t("caregivers.confirmWithdraw")}
                                          onSubmit={(e) => {
                                            e.preventDefault();
                                            confirm(c, x);
                                          }}
                                        >
                                          <p>{t("caregivers.confirmWithdrawText", { certificate: certificateName(x.code), name: c.name })}</p>
                                          <Field
                                            label={t("caregivers.withdrawReason")}
                                            value={reason}
                                            maxLength={500}
                                            problem="reason"
                                            onInput={(e) => setReason(e.currentTarget.value)}
                                          />
                                          <div class="actions">
                                            <button type="submit" class="danger" disabled={busy === key}>
                                              {t("caregivers.confirmWithdrawButton")}
                                            </button>
                                            <button type="button" onClick={() => setPending(null)}>
                                              {t("common.cancel")}
                                            </button>
                                          </div>
                                        </Form>
                                      )}
                                      {/* A refusal to verify (the withdrawal's shows in its form). */}
                                      {error?.key === key && !(pending?.key === key && pending.action === "withdraw") && (
                                        <ErrorMessage error={error.error} />
                                      )}
                                    </li>
                                  );
                                })}
                              </ul>
                            )}
                          </td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                </div>
              )}
            </>
          );
        }}
      </Loaded>
    </section>
  );
}

// The document a certificate stands on, its registrations, and who verified it (or withdrew that).
function CertificateFacts(props: { caregiverId: number; name: string; certificate: Certificate }) {
  const { t } = useT();
  const x = props.certificate;
  const v = x.verification;
  return (
    <div class="certificate-facts">
      {x.evidence ? (
        <EvidenceButton
          caregiverId={props.caregiverId}
          evidence={x.evidence}
          label={t("caregivers.openEvidenceLabel", { certificate: certificateName(x.code), name: props.name })}
        />
      ) : (
        <span class="evidence-missing">{t("caregivers.noEvidence")}</span>
      )}
      {x.big_number && <span class="muted"> {t("certificates.bigNumber", { number: x.big_number })}</span>}
      {x.duo_reference && <span class="muted"> {t("certificates.duoReference", { reference: x.duo_reference })}</span>}
      {v && x.verified && !v.withdrawn_at && (
        <p class="muted">{t("caregivers.verifiedBy", { name: v.verified_by_name, date: dateLabel(v.verified_at.slice(0, 10)) })}</p>
      )}
      {v && !x.verified && v.withdrawn_at && x.evidence && v.evidence_id === x.evidence.id && (
        <p class="muted" data-withdrawn>
          {t("caregivers.withdrawnBecause", { date: dateLabel(v.withdrawn_at.slice(0, 10)), reason: v.withdrawal_reason ?? "" })}
        </p>
      )}
    </div>
  );
}
