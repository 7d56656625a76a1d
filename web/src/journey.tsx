// A client's care journey as one timeline of digital and physical steps (blended care), for the
// coordinator's client page and the family's page: each step with its day, time, mode, who holds
// it, and what came of it; a visit made because a digital step failed says which step it stands in
// for. GET /v1/clients/{id}/journey and GET /v1/my/journey answer the same shape.
import { clock, dateLabel, minutes } from "./format";
import type { Schemas } from "./types";
import { Empty } from "./ui";

export type Journey = Schemas["Journey"];
type Step = Schemas["JourneyStep"];

const outcomeNames: Record<NonNullable<Step["outcome"]>, string> = {
  done: "done",
  not_reached: "not reached",
  out_of_range: "measurements out of range",
  missed: "missed",
};

function stateOf(step: Step, family: boolean): string {
  if (step.outcome && step.outcome !== "done") return outcomeNames[step.outcome];
  if (step.status === "done") return "done";
  if (step.status === "claimed") return step.caregiver ? `${family ? "" : "held by "}${step.caregiver}` : "arranged";
  return family ? "we are finding a caregiver" : step.urgent ? "open, urgent" : "open";
}

export function JourneyTimeline({ journey, family = false }: { journey: Journey; family?: boolean }) {
  if (journey.steps.length === 0) {
    return <Empty title="No care steps in this period">The arrangement has no digital or physical steps these days.</Empty>;
  }
  const byId = new Map(journey.steps.map((s) => [s.task_id, s]));
  let lastDay = "";
  return (
    <ol class="journey" aria-label="Care journey">
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
              {s.mode === "digital" ? "digital" : "at home"}, {minutes(s.duration_minutes)}
            </span>{" "}
            <span class={`journey-state${failed ? " risk-text" : ""}`}>· {stateOf(s, family)}</span>
            {s.stands_in_for.length > 0 && (
              <span class="badge"> instead of the {s.stands_in_for.map((id) => byId.get(id)?.type ?? "digital step").join(", ")}</span>
            )}
            {failed && (
              <div class="journey-switch">
                {s.follow_up_task_id
                  ? `→ a visit at home ${followUp ? `before ${clock(followUp.window.end)}` : "is arranged"}`
                  : "→ no visit follows from this step"}
              </div>
            )}
          </li>
        );
      })}
    </ol>
  );
}
