// The caregivers working for the organisation and their certificates; an uploaded certificate
// counts for tasks only once someone of an organisation has verified it (seen the document).
import { useRef, useState } from "preact/hooks";
import { ApiError, post } from "../api";
import { dateWithYear } from "../format";
import type { ScreenProps } from "../screenProps";
import { usePlatformToday, useSession } from "../session";
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

export function CaregiverCertificates(_props: ScreenProps) {
  const { t } = useT();
  const { me } = useSession();
  const today = usePlatformToday();
  const state = useLoad(() => loadCaregivers(me.organisation_id ?? 0), [me.organisation_id]);
  const [onlyUnverified, setOnlyUnverified] = useState(false);
  const [search, setSearch] = useState("");
  const [verified, setVerified] = useState<Map<string, Certificate>>(new Map());
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<{ key: string; error: ApiError } | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const noticeRef = useRef<HTMLDivElement>(null);

  async function verify(c: CaregiverSummary, code: string) {
    const key = `${c.id}/${code}`;
    setBusy(key);
    setError(null);
    setNotice(null);
    try {
      const cert = await post<Certificate>(`/v1/caregivers/${c.id}/certificates/${encodeURIComponent(code)}/verify`);
      setVerified((before) => new Map(before).set(key, cert));
      setNotice(t("caregivers.verified", { certificate: certificateName(code), name: c.name }));
      // The Verify button is gone: the focus goes to the notice that says what happened.
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
          // Certificates verified here since the list was loaded show as verified.
          const current = list.map((c) => ({
            ...c,
            certificates: c.certificates.map((x) => verified.get(`${c.id}/${x.code}`) ?? x),
          }));
          const waiting = current.filter((c) => needsVerification(c, today)).length;
          const term = search.trim().toLowerCase();
          const shown = current
            .filter((c) => !onlyUnverified || needsVerification(c, today) || c.certificates.some((x) => verified.has(`${c.id}/${x.code}`)))
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
                                    <li>
                                      <strong>{certificateName(x.code)}</strong>
                                      <span class="muted">{t("caregivers.until", { date: dateWithYear(x.expires) })}</span>
                                      {expired ? (
                                        <span class="badge danger">{t("certificates.state.expired")}</span>
                                      ) : x.verified ? (
                                        <span class="badge ok">✓ {x.valid ? t("caregivers.verifiedValid") : t("certificates.state.verified")}</span>
                                      ) : (
                                        <span class="badge warn">{t("caregivers.notVerified")}</span>
                                      )}
                                      {!x.verified && !expired && (
                                        <button
                                          type="button"
                                          disabled={busy === key}
                                          aria-label={t("caregivers.verifyLabel", { certificate: certificateName(x.code), name: c.name })}
                                          onClick={() => verify(c, x.code)}
                                        >
                                          {t("caregivers.verify")}
                                        </button>
                                      )}
                                      {error?.key === key && <ErrorMessage error={error.error} />}
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
