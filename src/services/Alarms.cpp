#include "services/Alarms.h"

#include <cmath>

#include <nlohmann/json.hpp>

#include "market/Interruption.h"
#include "records/AlarmContactRecord.h"
#include "records/AlarmOfferRecord.h"
#include "records/CaregiverRecord.h"
#include "records/CaregiverProfileRecord.h"
#include "records/ClientAccessRecord.h"
#include "records/ClientRecord.h"
#include "records/DeviceRecord.h"
#include "services/Absences.h"
#include "services/AlarmDispatch.h"
#include "services/AuditLog.h"
#include "services/Caregivers.h"
#include "services/Claims.h"
#include "services/InputRules.h"
#include "services/Visits.h"

namespace carecrowd::services {
namespace {

using domain::AlarmStatus;
using domain::OfferStatus;

// An alarm may say it was observed a little after the platform's clock reads (clocks differ), not
// more.
constexpr LocalMinute kObservedAheadMinutes = 5;
constexpr std::size_t kMaxObservations = 32;
constexpr std::int64_t kListLimit = 200;
// What the family's list shows: the alarms of the last day, and the open ones.
constexpr LocalMinute kFamilyLookbackMinutes = kMinutesPerDay;
constexpr std::int64_t kFamilyListLimit = 50;

// How much of an alarm its reader may see (see Alarms.h, need-to-know).
enum class Sight { candidate, centre, contact, full };

// A client's or family member's account: one of the client's informal contacts, when listed.
bool is_family(const Principal& who) { return who.role == Role::client && who.client_id.has_value(); }

bool may_send_alarms(const Principal& who) {
  return (is_care_staff(who) || who.role == Role::alarm_centre) && who.organisation_id.has_value();
}

Error no_such_alarm(std::int64_t id) { return not_found("alarm_id", std::to_string(id), "no such alarm"); }

Error not_now(std::int64_t id, Phrase reason) { return conflict("alarm_id", std::to_string(id), std::move(reason)); }

std::optional<Error> check_input(const AlarmInput& a, LocalMinute now) {
  if (!a.client_id && !a.device_id) return bad_input("client_id", "", "client_id or device_id is required");
  if (auto e = check_text_line(a.source_id, "source_id", 200)) return e;
  if (a.observed_at > now + kObservedAheadMinutes) {
    return bad_input("observed_at", "", say("must not be in the future (the platform's clock reads {})",
                                            format_local_time(now)));
  }
  if (a.observations.size() > kMaxObservations) {
    return bad_input("observations", "", say("must hold at most {} values", kMaxObservations));
  }
  for (const auto& [name, value] : a.observations) {
    if (auto e = check_text_line(name, "observations", 64)) return e;
    if (!std::isfinite(value)) return bad_input("observations." + name, "", "must be a finite number");
  }
  return std::nullopt;
}

// A note that closes an alarm or sends it on: as read, and one line of 1..500 bytes.
std::optional<Error> check_note(const Result<AlarmNote>& note) {
  if (!note) return note.error();
  return check_text_line(note.value().reason, "reason", 500);
}

std::string observations_json(const std::map<std::string, double>& observations) {
  nlohmann::json j = nlohmann::json::object();
  for (const auto& [name, value] : observations) j[name] = value;
  return j.dump();
}

std::map<std::string, double> observations_of(const std::string& stored) {
  std::map<std::string, double> out;
  const auto j = nlohmann::json::parse(stored, nullptr, false);
  if (!j.is_object()) return out;
  for (const auto& [name, value] : j.items()) {
    if (value.is_number()) out[name] = value.get<double>();
  }
  return out;
}

// The alarm as `sight` lets its reader see it, read in `tx`; a full sight of the client is audited.
AlarmView view_in(store::Transaction& tx, const Principal& who, const records::AlarmRecord& alarm, Sight sight) {
  AlarmView view;
  const auto client = records::read_client(tx, alarm.client_id);
  view.area = client ? client->postcode.substr(0, 4) : "";
  if (sight == Sight::candidate) {
    // Only what the offer says: no client, device, observations or source.
    records::AlarmRecord shown;
    shown.id = alarm.id;
    shown.organisation_id = alarm.organisation_id;
    shown.kind = alarm.kind;
    shown.priority = alarm.priority;
    shown.status = alarm.status;
    shown.observed_at = alarm.observed_at;
    shown.created_at = alarm.created_at;
    view.alarm = shown;
    view.asked_only = true;
    if (who.caregiver_id) {
      if (auto own = records::offer_to(tx, alarm.id, *who.caregiver_id)) view.offers.push_back(*own);
    }
    return view;
  }
  view.alarm = alarm;
  if (sight == Sight::contact) {
    if (auto own = records::contact_request_to(tx, alarm.id, who.user_id)) view.contacts.push_back(std::move(*own));
  } else {
    view.offers = records::offers_of(tx, alarm.id);
    view.contacts = records::contact_requests_of(tx, alarm.id);
  }
  view.timeline = records::steps_of(tx, alarm.id);
  if ((sight == Sight::full || sight == Sight::contact) && client) {
    view.full = true;
    view.client = AlarmClient{client->id,  client->name, client->address, client->postcode,
                              client->lat, client->lon, records::access_instructions(tx, client->id)};
    view.observations = observations_of(alarm.observations_json);
    record_audit(tx, who, {"alarm.read", alarm.client_id, alarm.organisation_id, "success",
                           "alarm " + std::to_string(alarm.id) + ": client, access and observations"});
  }
  return view;
}

// What `who` may see of the alarm; nullopt: nothing (404, as for an alarm that does not exist).
std::optional<Sight> sight_of(store::Transaction& tx, const Principal& who, const records::AlarmRecord& alarm) {
  if (is_care_staff(who) && who.in_organisation(alarm.organisation_id)) return Sight::full;
  if (who.role == Role::alarm_centre && who.in_organisation(alarm.organisation_id)) return Sight::centre;
  if (is_caregiver(who)) {
    if (alarm.caregiver_id == who.caregiver_id && domain::is_open(alarm.status)) return Sight::full;
    if (records::offer_to(tx, alarm.id, *who.caregiver_id)) return Sight::candidate;
  }
  if (is_family(who) && alarm.client_id == *who.client_id && records::contact_request_to(tx, alarm.id, who.user_id)) {
    return Sight::contact;
  }
  return std::nullopt;
}

// Runs `change` on the alarm under its turn, in a write; the reader's view after it.
template <class Change>
Result<AlarmView> change_alarm(const Platform& platform, const Principal& who, std::int64_t alarm_id, Change change) {
  return platform.db().write([&](store::Transaction& tx) -> Result<AlarmView> {
    auto alarm = records::take_alarm_turn(tx, alarm_id);
    if (!alarm) return no_such_alarm(alarm_id);
    if (!sight_of(tx, who, *alarm)) return no_such_alarm(alarm_id);
    std::vector<NewEvent> events;
    auto changed = change(tx, *alarm, events);
    if (!changed) return changed.error();
    const auto sight = sight_of(tx, who, changed.value());
    auto view = view_in(tx, who, changed.value(), sight.value_or(Sight::candidate));
    publish_all(tx, platform, events);
    return view;
  });
}

void tell_closed(std::vector<NewEvent>& events, const records::AlarmRecord& alarm, const std::vector<std::int64_t>& caregivers,
                 OfferStatus status) {
  for (const auto caregiver : caregivers) {
    events.push_back({"alarm.offer_closed",
                      {{"alarm_id", alarm.id}, {"status", std::string(domain::to_string(status))}},
                      alarm.organisation_id,
                      caregiver});
  }
}

}  // namespace

Result<AlarmReceived> raise_alarm(const Platform& platform, const Principal& who, const Result<AlarmInput>& input) {
  if (!may_send_alarms(who)) return forbidden("only an alarm centre or an organisation's care staff may send alarms");
  if (!input) return input.error();
  const AlarmInput& a = input.value();
  const LocalMinute now = platform.now();
  if (auto e = check_input(a, now)) return *e;
  const std::int64_t organisation = *who.organisation_id;
  const Sight sight = who.role == Role::alarm_centre ? Sight::centre : Sight::full;
  return platform.db().write([&](store::Transaction& tx) -> Result<AlarmReceived> {
    std::optional<std::int64_t> client_id = a.client_id;
    if (a.device_id) {
      const auto device = records::read_device(tx, *a.device_id);
      if (!device || device->organisation_id != organisation) {
        return not_found("device_id", std::to_string(*a.device_id), "no such device in your organisation");
      }
      if (client_id && *client_id != device->client_id) {
        return bad_input("client_id", std::to_string(*client_id),
                         say("is not the client of device {}", *a.device_id));
      }
      client_id = device->client_id;
    }
    if (!records::read_client_of(tx, organisation, *client_id)) {
      return not_found("client_id", std::to_string(*client_id), "no such client in your organisation");
    }
    // Received before (a retry, or the same alarm through two paths): that alarm, unchanged.
    if (auto known = records::alarm_by_source(tx, organisation, a.source_id)) {
      return AlarmReceived{view_in(tx, who, *known, sight), false};
    }
    records::AlarmRecord received;
    received.organisation_id = organisation;
    received.client_id = *client_id;
    received.device_id = a.device_id;
    received.kind = a.kind;
    received.priority = a.priority;
    received.observed_at = a.observed_at;
    received.observations_json = observations_json(a.observations);
    received.source_id = a.source_id;
    std::vector<NewEvent> events;
    const auto alarm = receive_in(tx, platform, received, who, events);
    if (!alarm) {
      // Another process stored this source id after the look-up above.
      return AlarmReceived{view_in(tx, who, *records::alarm_by_source(tx, organisation, a.source_id), sight), false};
    }
    auto view = view_in(tx, who, *alarm, sight);
    publish_all(tx, platform, events);
    return AlarmReceived{std::move(view), true};
  });
}

Result<AlarmView> read_alarm(const Platform& platform, const Principal& who, std::int64_t alarm_id) {
  // Whoever sees the client is audited in the same transaction as the read: a write. Everyone else
  // reads without taking SQLite's one writer (a caregiver asked may poll).
  const auto sees_client = platform.db().read([&](store::Transaction& tx) -> std::optional<bool> {
    const auto alarm = records::read_alarm(tx, alarm_id);
    if (!alarm) return std::nullopt;
    const auto sight = sight_of(tx, who, *alarm);
    if (!sight) return std::nullopt;
    return *sight == Sight::full || *sight == Sight::contact;
  });
  if (!sees_client) return no_such_alarm(alarm_id);
  const auto read = [&](store::Transaction& tx, bool in_write) -> Result<AlarmView> {
    const auto alarm = records::read_alarm(tx, alarm_id);
    if (!alarm) return no_such_alarm(alarm_id);
    auto sight = sight_of(tx, who, *alarm);
    if (!sight) return no_such_alarm(alarm_id);
    // Accepted between the two reads: shown without the client this once, as nothing audits it here.
    if (*sight == Sight::full && !in_write) sight = Sight::centre;
    if (*sight == Sight::contact && !in_write) return no_such_alarm(alarm_id);
    return view_in(tx, who, *alarm, *sight);
  };
  if (*sees_client) return platform.db().write([&](store::Transaction& tx) { return read(tx, true); });
  return platform.db().read([&](store::Transaction& tx) { return read(tx, false); });
}

Result<std::vector<AlarmView>> list_alarms(const Platform& platform, const Principal& who, bool open_only) {
  if (!is_care_staff(who) && !(who.role == Role::alarm_centre && who.organisation_id)) {
    return forbidden("only an organisation's care staff or alarm centre may list its alarms");
  }
  return platform.db().read([&](store::Transaction& tx) -> Result<std::vector<AlarmView>> {
    std::vector<AlarmView> out;
    // The list names no client (their ids only): a client's details are read one alarm at a time.
    for (const auto& alarm : records::organisation_alarms(tx, *who.organisation_id, open_only, kListLimit)) {
      out.push_back(view_in(tx, who, alarm, Sight::centre));
    }
    return out;
  });
}

Result<std::vector<FamilyAlarmView>> my_alarms(const Platform& platform, const Principal& who) {
  if (who.role != Role::client || !who.client_id) return forbidden("only a client or family account has alarms");
  const LocalMinute now = platform.now();
  return platform.db().write([&](store::Transaction& tx) -> Result<std::vector<FamilyAlarmView>> {
    std::vector<FamilyAlarmView> out;
    for (const auto& a : records::client_alarms(tx, *who.client_id, now - kFamilyLookbackMinutes, kFamilyListLimit)) {
      FamilyAlarmView view;
      view.id = a.id;
      view.kind = a.kind;
      view.status = a.status;
      view.created_at = a.created_at;
      if (a.caregiver_id) {
        if (const auto caregiver = records::read_caregiver_profile(tx, *a.caregiver_id)) {
          view.caregiver_first_name = first_name(caregiver->name);
        }
      }
      for (const auto& request : records::contact_requests_of(tx, a.id)) {
        if (a.contact_user_id == request.user_id) view.contact_first_name = first_name(request.name);
        if (request.user_id != who.user_id) continue;
        view.my_request = request.status;
        if (request.status == OfferStatus::offered && a.status == AlarmStatus::informal_contacts) view.answer_by = a.due_at;
      }
      view.mine = a.contact_user_id == who.user_id && domain::is_open(a.status);
      out.push_back(std::move(view));
    }
    record_audit(tx, who, {"client.alarms_read", who.client_id, who.organisation_id, "success",
                           std::to_string(out.size()) + " alarms"});
    return out;
  });
}

namespace {

// The caregiver's visits of today that answering the alarm makes late (market/Interruption.h): set
// out now, on site for the policy's minutes once they arrive, then on with their day from there.
std::vector<records::TaskRecord> visits_made_late_in(store::Transaction& tx, const records::AlarmRecord& alarm,
                                                     const dispatch::TriagePolicy& policy, std::int64_t caregiver_id,
                                                     LocalMinute now, int predicted_minutes) {
  const auto client = records::read_client(tx, alarm.client_id);
  const auto facts = load_caregiver_facts(tx, caregiver_id);
  if (!client || !facts) return {};
  const DayNumber today = now / kMinutesPerDay;
  const market::Roster roster = load_roster(tx, facts->profile, today, today);
  const LocalMinute free_at = now + predicted_minutes + policy.on_site_minutes;
  std::vector<records::TaskRecord> late;
  for (const std::int64_t id : market::visits_made_late(roster.stops_on(today), domain::Point{client->lon, client->lat},
                                                        now, free_at, market::TravelTimes(facts->profile.travel_mode))) {
    if (auto task = records::read_task(tx, id)) late.push_back(std::move(*task));
  }
  return late;
}

// An informal contact's request of the alarm, open while the alarm asks its informal contacts.
std::optional<Error> check_contact_request(store::Transaction& tx, const Principal& who, const records::AlarmRecord& alarm) {
  const auto request = records::contact_request_to(tx, alarm.id, who.user_id);
  if (!request) return no_such_alarm(alarm.id);
  if (alarm.contact_user_id == who.user_id && domain::is_held(alarm.status)) {
    return not_now(alarm.id, say("you have accepted this alarm already"));
  }
  if (alarm.status != AlarmStatus::informal_contacts) {
    return not_now(alarm.id, domain::is_held(alarm.status)
                                 ? say("someone else is on the way to this alarm")
                                 : say("the alarm no longer asks its informal contacts ({})",
                                       domain::to_string(alarm.status)));
  }
  if (request->status != OfferStatus::offered) {
    return not_now(alarm.id, say("you were asked and answered already ({})", domain::to_string(request->status)));
  }
  return std::nullopt;
}

Result<AlarmView> accept_as_contact(const Platform& platform, const Principal& who, std::int64_t alarm_id) {
  const LocalMinute now = platform.now();
  return change_alarm(platform, who, alarm_id,
                      [&](store::Transaction& tx, records::AlarmRecord& alarm,
                          std::vector<NewEvent>& events) -> Result<records::AlarmRecord> {
                        if (auto e = check_contact_request(tx, who, alarm)) return *e;
                        records::answer_contact_request(tx, alarm_id, who.user_id, OfferStatus::accepted, now);
                        const auto policy = policy_of(tx, alarm);
                        alarm.contact_user_id = who.user_id;
                        auto step = dispatch::accepted_by_contact(policy, now);
                        step.reason = "accepted by " + first_name(who.name) + " (informal contact), on the way";
                        return take_step_in(tx, platform, alarm, policy, step, who, "accepted", events);
                      });
}

Result<AlarmView> decline_as_contact(const Platform& platform, const Principal& who, std::int64_t alarm_id) {
  const LocalMinute now = platform.now();
  return change_alarm(platform, who, alarm_id,
                      [&](store::Transaction& tx, records::AlarmRecord& alarm,
                          std::vector<NewEvent>& events) -> Result<records::AlarmRecord> {
                        if (!records::answer_contact_request(tx, alarm_id, who.user_id, OfferStatus::declined, now)) {
                          return not_now(alarm_id, say("you have no open request of this alarm"));
                        }
                        records::append_step(tx, alarm_id, {now, "declined", alarm.status, alarm_actor(who), "", alarm.escalation});
                        record_audit(tx, who, {"alarm.declined", alarm.client_id, alarm.organisation_id, "success",
                                               "alarm " + std::to_string(alarm_id)});
                        if (alarm.status != AlarmStatus::informal_contacts) return alarm;
                        // The next contact now, not when this one's time runs out.
                        const auto policy = policy_of(tx, alarm);
                        return take_step_in(tx, platform, alarm, policy, dispatch::contact_refused(policy, now), who,
                                            "informal_contacts", events);
                      });
}

}  // namespace

Result<AlarmView> accept_alarm(const Platform& platform, const Principal& who, std::int64_t alarm_id) {
  if (is_family(who)) return accept_as_contact(platform, who, alarm_id);
  if (!is_caregiver(who)) return forbidden("only a caregiver or informal contact asked may accept an alarm");
  const std::int64_t me = *who.caregiver_id;
  const LocalMinute now = platform.now();
  return platform.db().write([&](store::Transaction& tx) -> Result<AlarmView> {
    // The caregiver's turn first (as a claim takes it), then the alarm's: one caregiver's answers run
    // one at a time, so they never hold two alarms.
    records::take_claim_turn(tx, me);
    auto alarm = records::take_alarm_turn(tx, alarm_id);
    if (!alarm) return no_such_alarm(alarm_id);
    const auto offer = records::offer_to(tx, alarm_id, me);
    if (!offer) return no_such_alarm(alarm_id);
    if (alarm->caregiver_id == me && domain::is_held(alarm->status)) {
      return not_now(alarm_id, say("you have accepted this alarm already"));
    }
    if (alarm->status != AlarmStatus::dispatching) {
      return not_now(alarm_id, domain::is_held(alarm->status)
                                   ? say("another caregiver has accepted this alarm")
                                   : say("the alarm is no longer looking for a caregiver ({})",
                                         domain::to_string(alarm->status)));
    }
    if (offer->status != OfferStatus::offered) {
      return not_now(alarm_id, say("your offer was {}", domain::to_string(offer->status)));
    }
    if (const auto held = records::alarm_held_by(tx, me)) {
      return not_now(alarm_id, say("you are answering alarm {}; resolve it first", *held));
    }
    std::vector<NewEvent> events;
    records::answer_offer(tx, alarm_id, me, OfferStatus::accepted, now);
    tell_closed(events, *alarm, records::close_open_offers(tx, alarm_id, OfferStatus::withdrawn, now), OfferStatus::withdrawn);
    // Their offers of other alarms go: those alarms ask others (the sweep finds them with no offer open).
    records::withdraw_other_offers(tx, me, alarm_id, now);
    const auto policy = policy_of(tx, *alarm);
    alarm->caregiver_id = me;
    auto step = dispatch::accepted(policy, now);
    step.reason = "accepted by " + alarm_actor(who) + ", arriving in about " + std::to_string(offer->predicted_minutes) +
                  " minutes";
    const auto made_late = visits_made_late_in(tx, *alarm, policy, me, now, offer->predicted_minutes);
    if (!made_late.empty()) {
      step.reason += "; " + std::to_string(made_late.size()) +
                     (made_late.size() == 1 ? " later visit goes" : " later visits go") + " back to the market";
    }
    const auto taken = take_step_in(tx, platform, *alarm, policy, step, who, "accepted", events);
    auto view = view_in(tx, who, taken, Sight::full);
    // Last, as they publish: every audit event of the transaction comes before its events.
    release_visits_in(tx, platform, who, me, domain::ReleaseCause::alarm, made_late, true);
    publish_all(tx, platform, events);
    return view;
  });
}

Result<AlarmView> decline_alarm(const Platform& platform, const Principal& who, std::int64_t alarm_id) {
  if (is_family(who)) return decline_as_contact(platform, who, alarm_id);
  if (!is_caregiver(who)) return forbidden("only a caregiver or informal contact asked may decline an alarm");
  const std::int64_t me = *who.caregiver_id;
  const LocalMinute now = platform.now();
  return change_alarm(platform, who, alarm_id,
                      [&](store::Transaction& tx, records::AlarmRecord& alarm,
                          std::vector<NewEvent>& events) -> Result<records::AlarmRecord> {
                        if (!records::answer_offer(tx, alarm_id, me, OfferStatus::declined, now)) {
                          return not_now(alarm_id, say("you have no open offer of this alarm"));
                        }
                        records::append_step(tx, alarm_id, {now, "declined", alarm.status, alarm_actor(who), "", alarm.escalation});
                        record_audit(tx, who, {"alarm.declined", alarm.client_id, alarm.organisation_id, "success",
                                               "alarm " + std::to_string(alarm_id)});
                        if (alarm.status != AlarmStatus::dispatching || records::has_open_offer(tx, alarm_id)) return alarm;
                        // The last one asked said no: the next round now, not when the round runs out.
                        const auto policy = policy_of(tx, alarm);
                        const auto step = dispatch::round_refused(policy, alarm.round, now);
                        const bool escalating = step.state.status == AlarmStatus::escalated;
                        return take_step_in(tx, platform, alarm, policy, step, who, escalating ? "escalated" : "dispatching",
                                            events);
                      });
}

Result<AlarmView> report_arrival(const Platform& platform, const Principal& who, std::int64_t alarm_id) {
  if (!is_caregiver(who) && !is_family(who)) {
    return forbidden("only the caregiver or informal contact who accepted an alarm may report arriving");
  }
  return change_alarm(platform, who, alarm_id,
                      [&](store::Transaction& tx, records::AlarmRecord& alarm,
                          std::vector<NewEvent>& events) -> Result<records::AlarmRecord> {
                        // Escalated for lateness, they may still arrive: the alarm is still theirs.
                        const bool theirs =
                            is_caregiver(who) ? alarm.caregiver_id == who.caregiver_id &&
                                                    (alarm.status == AlarmStatus::accepted || alarm.status == AlarmStatus::escalated)
                                              : alarm.contact_user_id == who.user_id && alarm.status == AlarmStatus::accepted;
                        if (!theirs) return not_now(alarm_id, say("only whoever accepted the alarm may arrive"));
                        const auto policy = policy_of(tx, alarm);
                        return take_step_in(tx, platform, alarm, policy,
                                            {{AlarmStatus::on_site, {}, alarm.round, {}}, "arrived", false}, who,
                                            "on_site", events);
                      });
}

Result<AlarmView> resolve_alarm(const Platform& platform, const Principal& who, std::int64_t alarm_id,
                                const Result<AlarmNote>& note) {
  if (!is_caregiver(who) && !is_care_staff(who) && !is_family(who)) {
    return forbidden("only whoever accepted an alarm or care staff may resolve it");
  }
  if (auto e = check_note(note)) return *e;
  const LocalMinute now = platform.now();
  return change_alarm(platform, who, alarm_id,
                      [&](store::Transaction& tx, records::AlarmRecord& alarm,
                          std::vector<NewEvent>& events) -> Result<records::AlarmRecord> {
                        if (!domain::is_open(alarm.status)) return not_now(alarm_id, say("the alarm is resolved "
                                                                                         "already"));
                        const bool responder = (is_caregiver(who) && alarm.caregiver_id == who.caregiver_id) ||
                                               (is_family(who) && alarm.contact_user_id == who.user_id &&
                                                domain::is_held(alarm.status));
                        if (!is_care_staff(who) && !responder) {
                          return not_now(alarm_id, say("only whoever accepted the alarm may resolve it"));
                        }
                        const auto policy = policy_of(tx, alarm);
                        const auto& outcome = note.value().outcome;
                        if (outcome && !dispatch::fits(*outcome, alarm.status)) {
                          return bad_input("outcome", std::string(dispatch::to_string(*outcome)),
                                           say("does not end an alarm that is {}: one of {}",
                                               domain::to_string(alarm.status),
                                               dispatch::outcomes_fitting(alarm.status)));
                        }
                        if (!outcome && policy.outcome_required) {
                          return bad_input("outcome", "",
                                           say("is required by the organisation's policy: one of {}",
                                               dispatch::outcomes_fitting(alarm.status)));
                        }
                        const std::string reason =
                            outcome ? std::string(dispatch::to_string(*outcome)) + ": " + note.value().reason : note.value().reason;
                        if (outcome == dispatch::AlarmOutcome::needs_visit) {
                          const auto step = dispatch::remote_check_failed(policy, now, reason);
                          return take_step_in(tx, platform, alarm, policy, step, who, domain::to_string(step.state.status), events);
                        }
                        tell_closed(events, alarm, records::close_open_offers(tx, alarm_id, OfferStatus::withdrawn, now),
                                    OfferStatus::withdrawn);
                        tell_contacts_closed(events, alarm,
                                             records::close_open_contact_requests(tx, alarm_id, OfferStatus::withdrawn, now),
                                             OfferStatus::withdrawn);
                        return take_step_in(tx, platform, alarm, policy,
                                            {{AlarmStatus::resolved, {}, alarm.round, {}}, reason, false}, who, "resolved",
                                            events);
                      });
}

Result<AlarmView> dispatch_alarm(const Platform& platform, const Principal& who, std::int64_t alarm_id,
                                 const Result<AlarmNote>& note) {
  if (!is_care_staff(who)) return forbidden("only care staff may dispatch an alarm");
  if (auto e = check_note(note)) return *e;
  const LocalMinute now = platform.now();
  return change_alarm(platform, who, alarm_id,
                      [&](store::Transaction& tx, records::AlarmRecord& alarm,
                          std::vector<NewEvent>& events) -> Result<records::AlarmRecord> {
                        if (alarm.status != AlarmStatus::remote_check && alarm.status != AlarmStatus::escalated &&
                            alarm.status != AlarmStatus::informal_contacts) {
                          return not_now(alarm_id, say("only an alarm in its remote check, asking its informal "
                                                       "contacts "
                                                       "or escalated is dispatched by hand (it is {})",
                                                       domain::to_string(alarm.status)));
                        }
                        // Whoever held it (escalated for lateness) no longer does: others are asked.
                        alarm.caregiver_id.reset();
                        tell_contacts_closed(events, alarm,
                                             records::close_open_contact_requests(tx, alarm_id, OfferStatus::withdrawn, now),
                                             OfferStatus::withdrawn);
                        const auto policy = policy_of(tx, alarm);
                        return take_step_in(tx, platform, alarm, policy,
                                            dispatch::offer_round(policy, alarm.round, now, note.value().reason), who,
                                            "dispatching", events);
                      });
}

}  // namespace carecrowd::services
