// Alarms: home-monitoring alarms received, triaged, answered and resolved (issue 11). The timed
// machinery, who is asked and the sweep are AlarmDispatch.h's; the states are domain/Alarm.h's.
//
// Who does what:
//  - an alarm receiving centre or device gateway (role alarm_centre) sends its organisation's
//    alarms; a coordinator or organisation admin may enter one by hand (one phoned in), with the
//    same input. Receiving is idempotent by source id: the same source id again answers the alarm
//    received the first time and changes nothing;
//  - care staff run the remote check (resolve it, or dispatch when the check fails), take an
//    escalated alarm (resolve it), and see everything about their organisation's alarms;
//  - a caregiver offered an alarm accepts or declines it; the one who accepted reports arriving
//    and resolves it;
//  - an informal contact of the client (services/InformalContacts.h, signed in with their family
//    account) asked to go accepts or declines it the same way; the one who accepted reports arriving
//    and resolves it (or caregivers are sent when they are not on site in time).
//
// Need-to-know: the client and their family see that an alarm is being handled and the first name of
// the caregiver who accepted it. A caregiver asked sees only the kind, priority, their distance and the client's
// 4-digit postcode area; the caregiver who accepted sees the client's name, address, access
// instructions and the observations while the alarm is theirs and open, and every such read is
// audited (alarm.read with the client). Care staff see all of it, audited the same way. An informal
// contact asked sees the alarm, the client, the access instructions and the timeline (they are
// family and hold a key), audited too, but not the caregivers asked. Anyone else, and any other
// organisation, gets 404.
//
// Inputs are typed (the http edge reads them, http/AlarmJson.h); expected failures are values:
// bad input names the field, a state that does not allow the action is a conflict naming alarm_id.
//
// Thread safety: stateless functions over the Platform; safe from any number of request threads
// and processes (AlarmDispatch.h says how changes of one alarm serialise).
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "core/Error.h"
#include "dispatch/AlarmOutcome.h"
#include "domain/Alarm.h"
#include "records/AlarmContactRecord.h"
#include "records/AlarmOfferRecord.h"
#include "records/AlarmRecord.h"
#include "records/AlarmTimeline.h"
#include "services/Platform.h"
#include "services/Principal.h"

namespace carecrowd::services {

struct AlarmInput {
  std::optional<std::int64_t> client_id;  // the client, or
  std::optional<std::int64_t> device_id;  // the device that raised it (both: they must agree)
  domain::AlarmKind kind = domain::AlarmKind::button;
  domain::AlarmPriority priority = domain::AlarmPriority::high;
  LocalMinute observed_at = 0;
  std::map<std::string, double> observations;  // name (1..64 bytes) -> value; at most 32
  std::string source_id;                       // 1..200 bytes, one line
};

// The client as the alarm's responder needs them.
struct AlarmClient {
  std::int64_t id = 0;
  std::string name, address, postcode;
  double lat = 0, lon = 0;  // where the responder goes (the map, the navigation link)
  std::string access_instructions;
};

// An alarm as its reader may see it (see need-to-know above): what a caregiver asked sees is
// `kind`, `priority`, `status`, `area` and their own offer; the rest is empty for them.
struct AlarmView {
  records::AlarmRecord alarm;  // for a caregiver asked: only id, kind, priority, status and times
  std::string area;            // the client's 4-digit postcode area
  std::optional<AlarmClient> client;
  std::optional<std::map<std::string, double>> observations;
  std::vector<records::AlarmOfferRecord> offers;  // care staff: all; a caregiver: their own
  std::vector<records::AlarmContactRequest> contacts;  // care staff: all; an informal contact: their own
  std::vector<records::AlarmStep> timeline;       // care staff, the alarm centre and the responder
  bool full = false;                              // the reader sees the client (staff, the responder)
  bool asked_only = false;                        // the reader is a caregiver asked, and sees only that
};

struct AlarmReceived {
  AlarmView view;
  bool created = false;  // false: this source id was received before
};

Result<AlarmReceived> raise_alarm(const Platform& platform, const Principal& who, const Result<AlarmInput>& input);
Result<AlarmView> read_alarm(const Platform& platform, const Principal& who, std::int64_t alarm_id);
// Care staff: their organisation's alarms, newest first (open ones only when asked), at most 200.
Result<std::vector<AlarmView>> list_alarms(const Platform& platform, const Principal& who, bool open_only);

// An alarm as the client and their family see it: that it is being handled, and by whom (the first
// name of the caregiver who accepted it).
struct FamilyAlarmView {
  std::int64_t id = 0;
  domain::AlarmKind kind = domain::AlarmKind::button;
  domain::AlarmStatus status = domain::AlarmStatus::created;
  LocalMinute created_at = 0;
  std::optional<std::string> caregiver_first_name;  // the caregiver who accepted it, or
  std::optional<std::string> contact_first_name;    // the informal contact who accepted it
  bool mine = false;                                // the reader is the informal contact who holds it
  // The reader is one of the client's informal contacts, asked about this alarm: their request.
  std::optional<domain::OfferStatus> my_request;
  std::optional<LocalMinute> answer_by;  // while their request is open: until when they may accept
};
// A client's (or family member's) alarms of the last 24 hours and the open ones, and for an
// informal contact what they were asked; audited (client.alarms_read).
Result<std::vector<FamilyAlarmView>> my_alarms(const Platform& platform, const Principal& who);

// A caregiver's or an informal contact's answers. A caregiver's acceptance wins only while the
// alarm is dispatching and their offer is open; the first acceptance takes it (the others' offers
// are withdrawn), and a caregiver holds at most one alarm at a time. An informal contact's wins
// while the alarm is asking its informal contacts and their request is open; a decline asks the
// next contact at once (none left: caregivers are sent). Accepting gives back to the market, open and urgent, the caregiver's
// visits of today that the response makes late (market/Interruption.h; released for the cause
// `alarm`, services/Absences.h release_visits_in); the rest of their day stays theirs.
Result<AlarmView> accept_alarm(const Platform& platform, const Principal& who, std::int64_t alarm_id);
Result<AlarmView> decline_alarm(const Platform& platform, const Principal& who, std::int64_t alarm_id);
Result<AlarmView> report_arrival(const Platform& platform, const Principal& who, std::int64_t alarm_id);

// What closes an alarm, or sends it on: in words (1..500 bytes, one line) for the timeline, and
// what came of it as a code (required on a resolve when the organisation's policy says so).
struct AlarmNote {
  AlarmNote() = default;
  explicit AlarmNote(std::string why, std::optional<dispatch::AlarmOutcome> what = std::nullopt)
      : reason(std::move(why)), outcome(what) {}

  std::string reason;
  std::optional<dispatch::AlarmOutcome> outcome;
};
// The responder (a caregiver or an informal contact who accepted it, or is on site) or care staff
// (any open alarm) resolve it. An outcome must fit
// the alarm's state (dispatch/AlarmOutcome.h); the timeline's reason starts with it. "needs-visit"
// from a remote check does not close it: caregivers are asked, as dispatch_alarm does.
Result<AlarmView> resolve_alarm(const Platform& platform, const Principal& who, std::int64_t alarm_id,
                                const Result<AlarmNote>& note);
// Care staff: the remote check failed, or the informal contacts are not to wait for (or the
// coordinator re-dispatches an escalated alarm): a round of offers to caregivers now.
Result<AlarmView> dispatch_alarm(const Platform& platform, const Principal& who, std::int64_t alarm_id,
                                 const Result<AlarmNote>& note);

}  // namespace carecrowd::services
