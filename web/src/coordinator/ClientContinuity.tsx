// How many faces a client saw, on the client's page: the visits held or done over the last 14 and
// 28 days, the distinct caregivers, and the continuity of care index (Bice-Boxerman: 1 when one
// caregiver did every visit, 0 when each visit had another). Four or more caregivers in two weeks is
// flagged, as coordinators look for exactly that.
import { get } from "../api";
import { Loaded, useLoad } from "../ui";
import type { Answer, Schemas } from "../types";
import { useT } from "../i18n/language";
import { fixed } from "../format";

type Continuity = Schemas["Continuity"];

// 0,42: the index with a decimal comma, as every number in the app is written.
function indexText(index: number | null): string {
  return index === null ? "–" : fixed(index, 2);
}

function Period({ label, c }: { label: string; c: Continuity }) {
  return (
    <tr>
      <th scope="row">{label}</th>
      <td>{c.visits}</td>
      <td>{c.caregivers}</td>
      <td>{indexText(c.index)}</td>
    </tr>
  );
}

export function ClientContinuity({ clientId }: { clientId: number }) {
  const { t } = useT();
  const continuity = useLoad(
    () => get<Answer<"/v1/clients/{id}/continuity">>(`/v1/clients/${clientId}/continuity`),
    [clientId],
  );
  return (
    <div class="card client-continuity">
      <h2>{t("continuity.title")}</h2>
      <Loaded state={continuity} what={t("continuity.loading")}>
        {(c) => (
          <>
            {c.last_14_days.caregivers >= 4 && (
              <p class="badge warn" data-testid="many-faces">
                {t("continuity.manyFaces", { count: c.last_14_days.caregivers })}
              </p>
            )}
            <div class="table-wrap">
              <table>
                <caption class="visually-hidden">{t("continuity.caption")}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t("continuity.period")}</th>
                    <th scope="col">{t("day.summary.visits")}</th>
                    <th scope="col">{t("nav.caregivers")}</th>
                    <th scope="col">{t("continuity.index")}</th>
                  </tr>
                </thead>
                <tbody>
                  <Period label={t("continuity.last", { count: 14 })} c={c.last_14_days} />
                  <Period label={t("continuity.last", { count: 28 })} c={c.last_28_days} />
                </tbody>
              </table>
            </div>
            <p class="muted">{t("continuity.explain")}</p>
          </>
        )}
      </Loaded>
    </div>
  );
}
