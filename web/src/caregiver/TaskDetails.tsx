// What a feed task asks, opened on its card before a claim: the care, how long, who may do it, when,
// what it pays, how far and how long the trip is by the caregiver's own travel mode, and a map of
// the area. Only what the feed gives: a task type is a name (the data holds no description of it),
// and the feed lists only tasks the caregiver is qualified for, without naming the task's own level
// and certificates, so that is what the details say.
import { euros, kilometres, minutes } from "../format";
import { useT } from "../i18n/language";
import { AreaMap } from "./AreaMap";
import type { Caregiver, FeedTask } from "./shapes";
import { travelWords } from "./shapes";
import { windowLabel } from "./TaskFacts";
import { travelMinutes } from "./travelTime";

export function TaskDetails({ task, profile, id }: { task: FeedTask; profile: Caregiver | undefined; id: string }) {
  const { t } = useT();
  const digital = task.mode === "digital";
  const volunteer = profile?.kind === "volunteer";
  return (
    <section id={id} class="task-details" aria-label={t("feed.details.label", { type: task.type })}>
      <dl>
        <div>
          <dt>{t("feed.details.care")}</dt>
          <dd>
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
            {profile ? t("feed.details.levelWithin", { level: profile.level }) : t("feed.details.levelFits")}
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
        {digital || task.distance_metres === null ? (
          <div>
            <dt>{t("feed.details.travel")}</dt>
            <dd>{t("task.noTravel")}</dd>
          </div>
        ) : (
          <>
            <div>
              <dt>{t("feed.details.distance")}</dt>
              <dd>{t("feed.details.straight", { distance: kilometres(task.distance_metres) })}</dd>
            </div>
            <div>
              <dt>{t("feed.details.travel")}</dt>
              <dd>
                {profile
                  ? t("feed.details.travelAbout", {
                      time: minutes(travelMinutes(task.distance_metres, profile.travel_mode)),
                      mode: t(travelWords[profile.travel_mode]),
                    })
                  : "–"}
                {task.extra_travel_minutes > 0 && (
                  <span class="muted"> ({t("feed.details.extraInDay", { time: minutes(task.extra_travel_minutes) })})</span>
                )}
              </dd>
            </div>
          </>
        )}
      </dl>
      {!digital && task.distance_metres !== null && <AreaMap area={task.area} distance={task.distance_metres} />}
    </section>
  );
}
