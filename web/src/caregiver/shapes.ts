// What the server sends a caregiver, named from the types generated from docs/openapi.json
// (FeedTask, HeldTask, CaregiverProposal, Caregiver, Availability, CertificateProspects). Before a
// claim a task never carries a client's name or address; the document, and so these types, have no
// place for one, so a screen cannot show it by mistake.
import { t } from "../i18n/language";
import type { Schemas } from "../types";

export type FeedTask = Schemas["FeedTask"];
export type Feed = Schemas["Feed"];
export type OrganisationRef = FeedTask["organisation"];
export type TaskMode = FeedTask["mode"];
export type HeldTask = Schemas["HeldTask"];
export type MyTasks = Schemas["MyTasks"];
export type Proposal = Schemas["CaregiverProposal"];
export type Certificate = Schemas["Certificate"];
export type CertificateCode = Certificate["code"];
export type Caregiver = Schemas["Caregiver"];
export type TravelMode = Caregiver["travel_mode"];
export type Availability = Schemas["Availability"];
export type Weekday = Availability["recurring"][number]["weekday"];
// GET /v1/my/certificate-prospects: for each certificate I do not hold validly, the open tasks
// near me (from..to, within radius_metres) that it alone keeps from me.
export type CertificateProspects = Schemas["CertificateProspects"];

export const certificateCodes: CertificateCode[] = ["injection", "catheter", "tube-feeding", "wound-care", "medication"];

// A certificate's name in the chosen language; a code the app does not know yet reads as it is.
export function certificateName(code: string): string {
  return certificateCodes.includes(code as CertificateCode) ? t(`certificate.${code}`) : code;
}

export const travelWords: Record<TravelMode, string> = {
  walk: "travel.walk",
  bike: "travel.bike",
  ebike: "travel.ebike",
  car: "travel.car",
};
