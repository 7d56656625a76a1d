// A notice in words, in the language chosen now (a notice keeps facts, not sentences, so switching
// language switches the list too).
import { kindLabel } from "../alarms/alarmText";
import { clock, dateLabel, dateTime } from "../format";
import type { Translate } from "../i18n/language";
import type { Notice } from "./inbox";

export function noticeText(n: Notice, t: Translate): string {
  const date = n.day ? dateLabel(n.day) : "";
  const window = n.window ? `${clock(n.window.start)}–${clock(n.window.end)}` : "";
  switch (n.kind) {
    case "offer":
      return t("notifications.offer", { type: n.taskType ?? "", date, time: n.plannedStart ? clock(n.plannedStart) : window });
    case "urgent":
      return t("notifications.urgent", { type: n.taskType ?? "", date, window });
    case "assigned":
      return t("notifications.assigned", { date, window });
    case "rescheduled":
      return t("notifications.rescheduled", { date, time: n.plannedStart ? clock(n.plannedStart) : window });
    case "reopened":
      return t("notifications.reopened", { date, window });
    case "contactAsked":
      return t("notifications.contactAsked", { kind: kindLabel(n.alarmKind ?? ""), time: n.until ? clock(n.until) : "" });
    case "atRisk":
      // One visit names its window; several of a day are counted.
      return t(n.reason === "not_checked_in" ? "notifications.atRiskNotCheckedIn" : "notifications.atRiskUnclaimed", { count: n.count, date, window });
    case "released":
      return t("notifications.released", { count: n.count, date, window });
    case "followUp":
      return t("notifications.followUp", { date, window });
    case "familyMessage":
      return t("notifications.familyMessage", { name: n.clientName ?? "" });
    case "teamAnswer":
      return t("notifications.teamAnswer");
    default:
      return "";
  }
}

// When it arrived: the time on the day it arrived, date and time before that (24-hour either way).
export function noticeTime(n: Notice, today: string): string {
  return n.at.slice(0, 10) === today ? clock(n.at) : dateTime(n.at);
}
