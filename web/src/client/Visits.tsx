// The client's (or a family member's) view, headed with whose it is: the coming visits, who is
// coming (first name only), the visits done in the last four weeks (who came, when, how long), the
// alarms of the last day and who goes (an informal contact answers theirs here: FamilyAlarms),
// digital visits marked as video calls, the care journey of the last week and the next (digital
// steps and visits at home, and a visit arranged when a video call was missed), and who looked at
// the record (NEN 7513 access log).
import { ClientMessages } from "../ClientMessages";
import { get } from "../api";
import { clock, dateLabel, day, instant, minuteOfDay, minutes } from "../format";
import { useT } from "../i18n/language";
import type { ScreenProps } from "../screenProps";
import { useSession } from "../session";
import { Empty, Loaded, useLoad } from "../ui";
import type { Answer, Schemas } from "../types";
import { JourneyTimeline, type Journey } from "../journey";
import { FamilyAlarms } from "./FamilyAlarms";
import { CalendarFeed } from "../CalendarFeed";

type Visit = Schemas["Visit"];

// What each audited event means to the family (the access log), and who did it: keys of the
// catalogues (access.event.*, access.role.*); an event the app does not know yet reads as its code.
const knownEvents = new Set([
  "client.visits_read",
  "client.message",
  "client.messages_read",
  "client.read",
  "client.update",
  "client.create",
  "client.list",
  "client.account_create",
  "client.access_overview",
  "arrangement.list",
  "arrangement.read",
  "arrangement.create",
  "arrangement.update",
  "arrangement.end",
  "board.read",
  "task.list",
  "task.read",
  "task.claim",
  "task.assign",
  "task.release",
  "task.reopen",
  "task.check_in",
  "task.check_out",
  "task.outcome",
  "client.alarms_read",
  "client.continuity_read",
  "client.care_read",
  "client.care_update",
  "client.informal_contacts_update",
  "alarm.read",
  "client.access_read",
  "client.access_update",
  "client.journey_read",
  "plan.create",
  "plan.read",
  "plan.send",
  "plan.discard",
  "calendar.link",
  "calendar.revoke",
]);

const knownRoles = new Set(["coordinator", "org_admin", "caregiver", "client", "analyst", "platform_admin"]);

export function Visits(_props: ScreenProps) {
  const { t } = useT();
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
      <h1>{record.data ? t("family.upcomingFor", { name: record.data.name }) : t("family.upcoming")}</h1>
      <Loaded state={visits} what={t("family.loadingVisits")}>
        {(data) =>
          data.items.length === 0 ? (
            <Empty title={t("family.none.title")}>{t("family.none.text")}</Empty>
          ) : (
            <VisitDays visits={data.items} />
          )
        }
      </Loaded>

      {me.client_id && <ClientMessages clientId={me.client_id} side="family" />}

      <h2>{t("family.done")}</h2>
      <Loaded state={history} what={t("family.loadingDone")}>
        {(data) =>
          data.items.length === 0 ? (
            <p class="muted">{t("family.noneDone")}</p>
          ) : (
            <ul class="cards visits-done">
              {data.items.map((v) => (
                <li class="card" key={v.id} data-testid="visit-done">
                  <strong>{v.type}</strong> {dateLabel(day(v.window.start))}
                  <div>
                    {v.check_in && v.check_out
                      ? t("family.came", {
                          who: v.caregiver ?? t("family.aCaregiver"),
                          from: clock(v.check_in),
                          to: clock(v.check_out),
                          length: minutes(minuteOfDay(v.check_out) - minuteOfDay(v.check_in)),
                        })
                      : t("family.cameOnly", { who: v.caregiver ?? t("family.aCaregiver") })}
                  </div>
                </li>
              ))}
            </ul>
          )
        }
      </Loaded>

      <h2>{t("journey.title")}</h2>
      <p class="muted">{t("family.journeyIntro")}</p>
      <Loaded state={journey} what={t("family.loadingJourney")}>
        {(j) => <JourneyTimeline journey={j} family />}
      </Loaded>

      <CalendarFeed />

      <h2>{t("family.log.title")}</h2>
      <p class="muted">{t("family.log.intro")}</p>
      <Loaded state={log} what={t("family.log.loading")}>
        {(data) =>
          data.items.length === 0 ? (
            <Empty title={t("family.log.nobody")} />
          ) : (
            <ul class="cards access-log">
              {data.items.slice(0, 20).map((e) => (
                <li class="card" key={e.seq}>
                  <strong>{e.user_name}</strong> ({knownRoles.has(e.role) ? t(`access.role.${e.role}`) : e.role}){" "}
                  {knownEvents.has(e.event) ? t(`access.event.${e.event.replace(".", "_")}`) : e.event}
                  <div class="muted">
                    <time dateTime={e.at}>{instant(e.at)}</time>
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
  const { t } = useT();
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
                  {v.digital && <span class="badge digital">{t("family.videoCall")}</span>}{" "}
                  {v.double_staffed && <span class="badge">{t("task.badge.double")}</span>}
                  <ul class="facts">
                    <li>{minutes(v.duration_minutes)}</li>
                    <li data-testid="who">
                      {v.caregiver
                        ? t("family.coming", { name: v.caregiver })
                        : v.status === "open"
                          ? t("family.finding")
                          : t("family.toBeConfirmed")}
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
