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
  label: string;
  component: FunctionComponent<ScreenProps>;
}

const byRole: Record<Role, Screen[]> = {
  coordinator: [
    { path: "/board", label: "Board", component: Board },
    { path: "/alarms", label: "Alarms", component: AlarmCentre },
    { path: "/map", label: "Map", component: RouteMap },
    { path: "/clients", label: "Clients", component: Clients },
    { path: "/planner", label: "Planner", component: Planner },
    { path: "/caregivers", label: "Caregivers", component: CaregiverCertificates },
  ],
  org_admin: [
    { path: "/caregivers", label: "Caregivers", component: CaregiverCertificates },
    { path: "/clients", label: "Clients", component: Clients },
    { path: "/alarms", label: "Alarms", component: AlarmCentre },
    { path: "/alarm-policy", label: "Alarm policy", component: AlarmPolicy },
    { path: "/kpis", label: "Key figures", component: Kpis },
  ],
  caregiver: [
    { path: "/feed", label: "Open tasks", component: Feed },
    { path: "/day", label: "My day", component: MyDay },
    { path: "/availability", label: "Availability", component: Availability },
    { path: "/certificates", label: "Certificates", component: Certificates },
    { path: "/alarm", label: "Alarm", component: MyAlarm },
  ],
  client: [{ path: "/visits", label: "Visits", component: Visits }],
  analyst: [{ path: "/kpis", label: "Key figures", component: Kpis }],
  platform_admin: [{ path: "/organisations", label: "Organisations", component: Organisations }],
  // An alarm receiving centre or device gateway speaks to the API; it has no screens.
  alarm_centre: [],
};

export function screensFor(role: Role): Screen[] {
  return byRole[role] ?? [];
}
