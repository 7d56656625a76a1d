// How many faces a client saw, on the client's page: the visits held or done over the last 14 and
// 28 days, the distinct caregivers, and the continuity of care index (Bice-Boxerman: 1 when one
// caregiver did every visit, 0 when each visit had another). Four or more caregivers in two weeks is
// flagged, as coordinators look for exactly that.
import { get } from "../api";
import { Loaded, useLoad } from "../ui";
import type { Answer, Schemas } from "../types";

type Continuity = Schemas["Continuity"];

// 0,42: the index with a decimal comma, as every number in the app is written.
function indexText(index: number | null): string {
  return index === null ? "–" : index.toFixed(2).replace(".", ",");
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
  const continuity = useLoad(
    () => get<Answer<"/v1/clients/{id}/continuity">>(`/v1/clients/${clientId}/continuity`),
    [clientId],
  );
  return (
    <div class="card client-continuity">
      <h2>Continuity</h2>
      <Loaded state={continuity} what="the continuity">
        {(c) => (
          <>
            {c.last_14_days.caregivers >= 4 && (
              <p class="badge warn" data-testid="many-faces">
                {c.last_14_days.caregivers} different caregivers in two weeks
              </p>
            )}
            <div class="table-wrap">
              <table>
                <caption class="visually-hidden">Visits, caregivers and continuity index per period</caption>
                <thead>
                  <tr>
                    <th scope="col">Period</th>
                    <th scope="col">Visits</th>
                    <th scope="col">Caregivers</th>
                    <th scope="col">Continuity index</th>
                  </tr>
                </thead>
                <tbody>
                  <Period label="Last 14 days" c={c.last_14_days} />
                  <Period label="Last 28 days" c={c.last_28_days} />
                </tbody>
              </table>
            </div>
            <p class="muted">The index is 1 when one caregiver did every visit and 0 when each visit had another.</p>
          </>
        )}
      </Loaded>
    </div>
  );
}
