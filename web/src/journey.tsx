// A client's care journey as one timeline of digital and physical steps (blended care), for the
// coordinator's client page and the family's page: each step with its day, time, mode, who holds
// it, and what came of it; a visit made because a digital step failed says which step it stands in
// for. GET /v1/clients/{id}/journey and GET /v1/my/journey answer the same shape.
import { clock, dateLabel, minutes } from "./format";
import { useT, type Translate } from "./i18n/language";
import type { Schemas } from "./types";
import { Empty } from "./ui";

export type Journey = Schemas["Journey"];
type Step = Schemas["JourneyStep"];

const outcomeNames: Record<NonNullable<Step["outcome"]>, string> = {
  done: "journey.state.done",
  not_reached: "journey.state.not_reached",
  out_of_range: "journey.state.out_of_range",
  missed: "journey.state.missed",
};

function stateOf(step: Step, family: boolean, t: Translate): string {
  if (step.outcome && step.outcome !== "done") return t(outcomeNames[step.outcome]);
  if (step.status === "done") return t("journey.state.done");
  if (step.status === "claimed") {
    if (!step.caregiver) return t("journey.state.arranged");
    return family ? step.caregiver : t("journey.state.heldBy", { name: step.caregiver });
  }
  return family ? t("journey.state.finding") : step.urgent ? t("journey.state.openUrgent") : t("journey.state.open");
}

export function JourneyTimeline({ journey, family = false }: { journey: Journey; family?: boolean }) {
  const { t } = useT();
  if (journey.steps.length === 0) {
    return <Empty title={t("journey.empty.title")}>{t("journey.empty.text")}</Empty>;
  }
  const byId = new Map(journey.steps.map((s) => [s.task_id, s]));
  let lastDay = "";
  return (
    <ol class="journey" aria-label={t("journey.title")}>
      {journey.steps.map((s) => {
        const newDay = s.day !== lastDay;
        lastDay = s.day;
        const failed = s.outcome === "not_reached" || s.outcome === "missed" || s.outcome === "out_of_range";
        const followUp = s.follow_up_task_id ? byId.get(s.follow_up_task_id) : undefined;
        return (
          <li class={`journey-step ${s.mode}${failed ? " failed" : ""}`} data-task-id={s.task_id}>
            {newDay && <h4 class="journey-day">{dateLabel(s.day)}</h4>}
            <span class="journey-mode" aria-hidden="true">
              {s.mode === "digital" ? "☎" : "⌂"}
            </span>
            <span class="journey-time">
              {s.check_in ? clock(s.check_in) : `${clock(s.window.start)}–${clock(s.window.end)}`}
            </span>{" "}
            <strong>{s.type}</strong>{" "}
            <span class="muted">
              {s.mode === "digital" ? t("journey.digital") : t("journey.atHome")}, {minutes(s.duration_minutes)}
            </span>{" "}
            <span class={`journey-state${failed ? " risk-text" : ""}`}>· {stateOf(s, family, t)}</span>
            {s.stands_in_for.length > 0 && (
              <span class="badge">
                {" "}
                {t("journey.insteadOf", {
                  steps: s.stands_in_for.map((id) => byId.get(id)?.type ?? t("journey.digitalStep")).join(", "),
                })}
              </span>
            )}
            {failed && (
              <div class="journey-switch">
                {s.follow_up_task_id
                  ? followUp
                    ? t("journey.followUpBefore", { time: clock(followUp.window.end) })
                    : t("journey.followUpArranged")
                  : t("journey.noFollowUp")}
              </div>
            )}
          </li>
        );
      })}
    </ol>
  );
}
