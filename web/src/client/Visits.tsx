// The client's (or a family member's) view, headed with whose it is: the coming visits, who is
// coming (first name only), the visits done in the last four weeks (who came, when, how long), the
// alarms of the last day and who goes (an informal contact answers theirs here: FamilyAlarms),
// digital visits marked as video calls, the care journey of the last week and the next (digital
// steps and visits at home, and a visit arranged when a video call was missed), and who looked at
// the record (NEN 7513 access log).
import { get } from "../api";
import { clock, dateLabel, day, minuteOfDay, minutes } from "../format";
import type { ScreenProps } from "../screenProps";
import { useSession } from "../session";
import { Empty, Loaded, useLoad } from "../ui";
import type { Answer, Schemas } from "../types";
import { JourneyTimeline, type Journey } from "../journey";
import { FamilyAlarms } from "./FamilyAlarms";

type Visit = Schemas["Visit"];

const eventNames: Record<string, string> = {
  "client.visits_read": "looked at the visits",
  "client.read": "read the record",
  "client.update": "changed the record",
  "client.create": "created the record",
  "client.list": "saw you in the client list",
  "client.account_create": "made a login for the record",
  "client.access_overview": "looked at this access log",
  "arrangement.list": "looked at the care arrangements",
  "arrangement.read": "read a care arrangement",
  "arrangement.create": "set a care arrangement",
  "arrangement.update": "changed a care arrangement",
  "arrangement.end": "ended a care arrangement",
  "board.read": "saw your visits on the planning board",
  "task.list": "saw your visits in the planning",
  "task.read": "read a visit",
  "task.claim": "took on a visit",
  "task.assign": "was assigned a visit",
  "task.release": "gave back a visit",
  "task.reopen": "took a visit back into planning",
  "task.check_in": "checked in at a visit",
  "task.check_out": "checked out of a visit",
  "task.outcome": "noted what came of a video call or measurement",
  "client.alarms_read": "looked at the alarms",
  "client.continuity_read": "looked at how many caregivers came",
  "client.care_read": "read the care record",
  "client.care_update": "changed the care record",
  "client.informal_contacts_update": "set who is asked to go when an alarm goes off",
  "alarm.read": "read an alarm",
  "client.access_read": "looked at how to get in",
  "client.access_update": "changed how to get in",
  "client.journey_read": "looked at the care journey",
  "plan.create": "planned your visits",
  "plan.read": "reviewed a planning run",
  "plan.send": "offered your visits to caregivers",
  "plan.discard": "discarded a planning run",
};

const roleNames: Record<string, string> = {
  coordinator: "care coordinator",
  org_admin: "organisation admin",
  caregiver: "caregiver",
  client: "client or family",
  analyst: "analyst",
  platform_admin: "platform admin",
};

export function Visits(_props: ScreenProps) {
  const { me } = useSession();
  const visits = useLoad(() => get<Answer<"/v1/my/visits">>("/v1/my/visits"), []);
  const journey = useLoad(() => get<Journey>("/v1/my/journey"), []);
  const history = useLoad(() => get<Answer<"/v1/my/visits/history">>("/v1/my/visits/history"), []);
  const record = useLoad(
    () => get<Answer<"/v1/clients/{id}">>(`/v1/clients/${me.client_id}`),
    [me.client_id],
  );
  const log = useLoad(
    () => get<Answer<"/v1/clients/{id}/access-log">>(`/v1/clients/${me.client_id}/access-log`),
    [me.client_id],
  );

  return (
    <div class="client-visits">
      <FamilyAlarms />
      <h1>Upcoming visits{record.data ? ` for ${record.data.name}` : ""}</h1>
      <Loaded state={visits} what="your visits">
        {(data) =>
          data.items.length === 0 ? (
            <Empty title="No visits planned">
              There are no visits in the next two weeks. Your care organisation can tell you more.
            </Empty>
          ) : (
            <VisitDays visits={data.items} />
          )
        }
      </Loaded>

      <h2>Visits done</h2>
      <Loaded state={history} what="the visits done">
        {(data) =>
          data.items.length === 0 ? (
            <p class="muted">No visits done in the last four weeks.</p>
          ) : (
            <ul class="cards visits-done">
              {data.items.map((v) => (
                <li class="card" key={v.id} data-testid="visit-done">
                  <strong>{v.type}</strong> {dateLabel(day(v.window.start))}
                  <div>
                    {v.caregiver ?? "A caregiver"}
                    {v.check_in && v.check_out
                      ? ` came ${clock(v.check_in)}–${clock(v.check_out)} (${minutes(minuteOfDay(v.check_out) - minuteOfDay(v.check_in))})`
                      : " came"}
                  </div>
                </li>
              ))}
            </ul>
          )
        }
      </Loaded>

      <h2>Care journey</h2>
      <p class="muted">Video calls and visits at home of the last week and the next. When a video call is missed, a visit at home is arranged.</p>
      <Loaded state={journey} what="your care journey">
        {(j) => <JourneyTimeline journey={j} family />}
      </Loaded>

      <h2>Who looked at your record</h2>
      <p class="muted">
        Every time someone reads or changes your care record, it is written down here. The latest 20:
      </p>
      <Loaded state={log} what="the access log">
        {(data) =>
          data.items.length === 0 ? (
            <Empty title="Nobody yet" />
          ) : (
            <ul class="cards access-log">
              {data.items.slice(0, 20).map((e) => (
                <li class="card" key={e.seq}>
                  <strong>{e.user_name}</strong> ({roleNames[e.role] ?? e.role}) {eventNames[e.event] ?? e.event}
                  <div class="muted">
                    <time dateTime={e.at}>{new Date(e.at).toLocaleString("en-GB")}</time>
                    {e.outcome !== "success" && ` · ${e.outcome}`}
                  </div>
                </li>
              ))}
            </ul>
          )
        }
      </Loaded>
    </div>
  );
}

function VisitDays({ visits }: { visits: Visit[] }) {
  const days = new Map<string, Visit[]>();
  for (const v of [...visits].sort((a, b) => a.window.start.localeCompare(b.window.start))) {
    const d = day(v.window.start);
    days.set(d, [...(days.get(d) ?? []), v]);
  }
  return (
    <>
      {[...days.entries()].map(([date, list]) => (
        <section key={date} aria-labelledby={`day-${date}`}>
          <h2 id={`day-${date}`}>{dateLabel(date)}</h2>
          <ul class="cards">
            {list.map((v) => (
              <li class="card visit" key={v.id} data-testid="visit">
                <div class="visit-time">
                  {clock(v.window.start)}–{clock(v.window.end)}
                </div>
                <div>
                  <strong>{v.type}</strong>{" "}
                  {v.digital && <span class="badge digital">Video call</span>}{" "}
                  {v.double_staffed && <span class="badge">Two caregivers</span>}
                  <ul class="facts">
                    <li>{minutes(v.duration_minutes)}</li>
                    <li data-testid="who">
                      {v.caregiver
                        ? `${v.caregiver} is coming`
                        : v.status === "open"
                          ? "We are still finding a caregiver; the care team makes sure someone comes"
                          : "Caregiver to be confirmed"}
                    </li>
                  </ul>
                </div>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </>
  );
}
