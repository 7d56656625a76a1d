// Which screens each role gets, in menu order; the first is the role's home. The server still
// decides every permission: a screen a role does not get here would only show 403s.
import type { FunctionComponent } from "preact";
import { AlarmCentre } from "./alarms/AlarmCentre";
import { AlarmPolicy } from "./alarms/AlarmPolicy";
import { MyAlarm } from "./alarms/MyAlarm";
import { Kpis } from "./analyst/Kpis";
import { Organisations } from "./admin/Organisations";
import { Availability } from "./caregiver/Availability";
import { Certificates } from "./caregiver/Certificates";
import { Feed } from "./caregiver/Feed";
import { MyDay } from "./caregiver/MyDay";
import { Visits } from "./client/Visits";
import { Board } from "./coordinator/Board";
import { CaregiverCertificates } from "./coordinator/CaregiverCertificates";
import { Clients } from "./coordinator/Clients";
import { Planner } from "./coordinator/Planner";
import { RouteMap } from "./coordinator/RouteMap";
import type { ScreenProps } from "./screenProps";
import type { Role } from "./types";

export interface Screen {
  path: string;
  label: string; // a key of the catalogues (nav.*)
  component: FunctionComponent<ScreenProps>;
}

const byRole: Record<Role, Screen[]> = {
  coordinator: [
    { path: "/board", label: "nav.board", component: Board },
    { path: "/alarms", label: "nav.alarms", component: AlarmCentre },
    { path: "/map", label: "nav.map", component: RouteMap },
    { path: "/clients", label: "nav.clients", component: Clients },
    { path: "/planner", label: "nav.planner", component: Planner },
    { path: "/caregivers", label: "nav.caregivers", component: CaregiverCertificates },
  ],
  org_admin: [
    { path: "/caregivers", label: "nav.caregivers", component: CaregiverCertificates },
    { path: "/clients", label: "nav.clients", component: Clients },
    { path: "/alarms", label: "nav.alarms", component: AlarmCentre },
    { path: "/alarm-policy", label: "nav.alarmPolicy", component: AlarmPolicy },
    { path: "/kpis", label: "nav.kpis", component: Kpis },
  ],
  caregiver: [
    { path: "/feed", label: "nav.feed", component: Feed },
    { path: "/day", label: "nav.day", component: MyDay },
    { path: "/availability", label: "nav.availability", component: Availability },
    { path: "/certificates", label: "nav.certificates", component: Certificates },
    { path: "/alarm", label: "nav.alarm", component: MyAlarm },
  ],
  client: [{ path: "/visits", label: "nav.visits", component: Visits }],
  analyst: [{ path: "/kpis", label: "nav.kpis", component: Kpis }],
  platform_admin: [{ path: "/organisations", label: "nav.organisations", component: Organisations }],
  // An alarm receiving centre or device gateway speaks to the API; it has no screens.
  alarm_centre: [],
};

export function screensFor(role: Role): Screen[] {
  return byRole[role] ?? [];
}
