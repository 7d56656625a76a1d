// What a task asks, opened on its card before a claim: the care, how long, who may do it, when, what
// it pays, how far and how long the trip is by the caregiver's own travel mode, and a map of the
// area. Only what the server gives: a task type is a name (the data holds no description of it);
// the feed and an offer both name the task's level and certificates.
import { euros, kilometres, minutes } from "../format";
import { useT } from "../i18n/language";
import { AreaMap } from "./AreaMap";
import type { Caregiver, FeedTask, Proposal } from "./shapes";
import { certificateName, travelWords } from "./shapes";
import { windowLabel } from "./TaskFacts";
import { travelMinutes } from "./travelTime";

// A task as either list gives it: the feed's (with its distance) or an offer's (without).
export type DetailedTask = Pick<FeedTask, "type" | "mode" | "window" | "duration_minutes" | "pay_cents" | "area"> &
  Partial<Pick<FeedTask, "distance_metres" | "extra_travel_minutes" | "double_staffed" | "area_bounds">> &
  Pick<Proposal["task"], "level" | "certificates">;

export function TaskDetails({ task, profile, id }: { task: DetailedTask; profile: Caregiver | undefined; id: string }) {
  const { t } = useT();
  const distance = task.distance_metres ?? null;
  const digital = task.mode === "digital";
  const volunteer = profile?.kind === "volunteer";
  return (
    <section id={id} class="task-details" aria-label={t("feed.details.label", { type: task.type })}>
      <dl>
        <div>
          <dt>{t("feed.details.care")}</dt>
          <dd class="care">
            {task.type}
            {digital && ` · ${t("task.badge.digital")}`}
            {task.double_staffed && ` · ${t("task.badge.double")}`}
          </dd>
        </div>
        <div>
          <dt>{t("task.duration")}</dt>
          <dd>{minutes(task.duration_minutes)}</dd>
        </div>
        <div>
          <dt>{t("feed.details.qualification")}</dt>
          <dd>
            {t("feed.details.levelNamed", {
              level: task.level,
              certificates: task.certificates.length ? task.certificates.map(certificateName).join(", ") : t("feed.details.noCertificates"),
            })}
          </dd>
        </div>
        <div>
          <dt>{t("feed.details.window")}</dt>
          <dd>{windowLabel(task.window)}</dd>
        </div>
        <div>
          <dt>{volunteer ? t("feed.details.allowance") : t("task.pay")}</dt>
          <dd>{euros(task.pay_cents)}</dd>
        </div>
        {digital ? (
          <div>
            <dt>{t("feed.details.travel")}</dt>
            <dd>{t("task.noTravel")}</dd>
          </div>
        ) : distance === null ? null : (
          <>
            <div>
              <dt>{t("feed.details.distance")}</dt>
              <dd>{t("feed.details.straight", { distance: kilometres(distance) })}</dd>
            </div>
            <div>
              <dt>{t("feed.details.travel")}</dt>
              <dd>
                {profile
                  ? t("feed.details.travelAbout", {
                      time: minutes(travelMinutes(distance, profile.travel_mode)),
                      mode: t(travelWords[profile.travel_mode]),
                    })
                  : "–"}
                {!!task.extra_travel_minutes && task.extra_travel_minutes > 0 && (
                  <span class="muted"> ({t("feed.details.extraInDay", { time: minutes(task.extra_travel_minutes) })})</span>
                )}
              </dd>
            </div>
          </>
        )}
      </dl>
      {!digital && distance !== null && task.area_bounds && (
        <AreaMap area={task.area} bounds={task.area_bounds} distance={distance} home={profile?.home} />
      )}
    </section>
  );
}
