// The caregivers working for the organisation and their certificates; an uploaded certificate
// counts for tasks only once someone of an organisation has verified it (seen the document).
import { useRef, useState } from "preact/hooks";
import { ApiError, post } from "../api";
import { dateLabel } from "../format";
import type { ScreenProps } from "../screenProps";
import { usePlatformToday, useSession } from "../session";
import { Empty, ErrorMessage, Field, Loaded, Notice, asApiError, useLoad } from "../ui";
import { certificateName, loadCaregivers, type CaregiverSummary, type Certificate } from "./data";
import "./coordinator.css";

const kindNames: Record<CaregiverSummary["kind"], string> = {
  employee: "Employee",
  freelancer: "Freelancer",
  volunteer: "Volunteer",
};

function needsVerification(c: CaregiverSummary, today: string) {
  return c.certificates.some((x) => !x.verified && x.expires >= today);
}

export function CaregiverCertificates(_props: ScreenProps) {
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
      setNotice(`${certificateName(code)} of ${c.name} is verified.`);
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
      <h1>Caregivers</h1>
      <div class="toolbar">
        <Field label="Search by name" type="search" value={search} onInput={(e) => setSearch(e.currentTarget.value)} />
        <label class="check">
          <input type="checkbox" checked={onlyUnverified} onChange={() => setOnlyUnverified(!onlyUnverified)} />
          Only caregivers whose certificates need verification
        </label>
      </div>
      {notice && (
        <div ref={noticeRef} tabIndex={-1}>
          <Notice kind="success">{notice}</Notice>
        </div>
      )}
      <Loaded state={state} what="caregivers">
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
                {list.length} caregivers work for the organisation; {waiting} {waiting === 1 ? "has" : "have"} certificates waiting
                for verification.
              </p>
              {shown.length === 0 ? (
                <Empty title={onlyUnverified ? "Nothing to verify" : "No caregivers"}>
                  {onlyUnverified
                    ? "Every certificate of the organisation's caregivers has been verified."
                    : term
                      ? "No caregiver's name matches the search."
                      : "No caregiver works for the organisation yet."}
                </Empty>
              ) : (
                <div class="table-wrap">
                  <table class="caregivers stack-on-phone">
                    <caption class="visually-hidden">Caregivers and their certificates</caption>
                    <thead>
                      <tr>
                        <th scope="col">Name</th>
                        <th scope="col">Kind</th>
                        <th scope="col">Level</th>
                        <th scope="col">Certificates</th>
                      </tr>
                    </thead>
                    <tbody>
                      {shown.map((c) => (
                        <tr data-caregiver-id={c.id}>
                          <th scope="row">{c.name}</th>
                          <td data-label="Kind">
                            {kindNames[c.kind]}
                            {c.employed && <span class="badge ok"> employed here</span>}
                          </td>
                          <td data-label="Level">{c.level}</td>
                          <td data-label="Certificates">
                            {c.certificates.length === 0 ? (
                              <span class="muted">none</span>
                            ) : (
                              <ul class="cert-list">
                                {c.certificates.map((x) => {
                                  const key = `${c.id}/${x.code}`;
                                  const expired = x.expires < today;
                                  return (
                                    <li>
                                      <strong>{certificateName(x.code)}</strong>
                                      <span class="muted">until {dateLabel(x.expires)} {x.expires.slice(0, 4)}</span>
                                      {expired ? (
                                        <span class="badge danger">Expired</span>
                                      ) : x.verified ? (
                                        <span class="badge ok">✓ Verified{x.valid ? ", valid" : ""}</span>
                                      ) : (
                                        <span class="badge warn">Not verified</span>
                                      )}
                                      {!x.verified && !expired && (
                                        <button
                                          type="button"
                                          disabled={busy === key}
                                          aria-label={`Verify ${certificateName(x.code)} of ${c.name}`}
                                          onClick={() => verify(c, x.code)}
                                        >
                                          Verify
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
