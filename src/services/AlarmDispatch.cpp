#include "services/AlarmDispatch.h"

#include <algorithm>
#include <set>

#include "market/Admission.h"
#include "market/Availability.h"
#include "market/TravelTimes.h"
#include "records/AlarmContactRecord.h"
#include "records/AlarmOfferRecord.h"
#include "records/AlarmPolicyRecord.h"
#include "records/AlarmTimeline.h"
#include "records/CaregiverHome.h"
#include "records/CaregiverPositionRecord.h"
#include "records/CaregiverRecord.h"
#include "records/ClientRecord.h"
#include "records/OnCallRecord.h"
#include "records/TaskRecord.h"
#include "services/AuditLog.h"
#include "services/Caregivers.h"
#include "services/Claims.h"
#include "services/LastKnownPosition.h"
#include "services/OnCall.h"
#include "services/Visits.h"

namespace carecrowd::services {
namespace {

using domain::AlarmStatus;
using nlohmann::json;

json board_event_data(const records::AlarmRecord& a, const std::string& reason) {
  return {{"alarm_id", a.id},
          {"status", std::string(domain::to_string(a.status))},
          {"escalation", a.escalation ? json(std::string(domain::to_string(*a.escalation))) : json()},
          {"kind", std::string(domain::to_string(a.kind))},
          {"priority", std::string(domain::to_string(a.priority))},
          {"caregiver_id", a.caregiver_id ? json(*a.caregiver_id) : json()},
          {"reason", reason}};
}

// What a caregiver asked is told: no name, no address; the 4-digit postcode area and how far.
json offer_event_data(const records::AlarmRecord& a, const std::string& area, const dispatch::RankedResponder& r,
                      LocalMinute expires_at) {
  return {{"alarm_id", a.id},
          {"kind", std::string(domain::to_string(a.kind))},
          {"priority", std::string(domain::to_string(a.priority))},
          {"area", area},
          {"distance_metres", market::TravelTimes::shown_metres(r.metres)},
          {"predicted_minutes", r.predicted_minutes},
          {"expires_at", format_local_time(expires_at)}};
}

// The response as the admission rule judges it: a visit of `on_site_minutes` at the client's home,
// starting when the caregiver would arrive, at the policy's level, today.
market::TaskOnOffer response_on_offer(const records::AlarmRecord& alarm, const records::ClientRecord& client,
                                      const dispatch::TriagePolicy& policy, LocalMinute arrival) {
  market::TaskOnOffer offer;
  offer.id = alarm.id;
  offer.care_task_id = 0;  // no care task: no other slot of it can be held
  offer.status = domain::TaskStatus::open;
  offer.demand = {alarm.organisation_id, arrival / kMinutesPerDay, policy.response_level, {}};
  offer.stop.window_start = arrival;
  offer.stop.window_end = arrival;
  offer.stop.duration_minutes = policy.on_site_minutes;
  offer.stop.location = domain::Point{client.lon, client.lat};
  return offer;
}

}  // namespace

dispatch::TriagePolicy current_policy_in(store::Transaction& tx, std::int64_t organisation_id) {
  return records::latest_policy(tx, organisation_id).value_or(dispatch::default_policy());
}

dispatch::TriagePolicy policy_of(store::Transaction& tx, const records::AlarmRecord& alarm) {
  if (alarm.policy_version == 0) return dispatch::default_policy();
  return records::policy_version(tx, alarm.organisation_id, alarm.policy_version).value_or(dispatch::default_policy());
}

std::string alarm_actor(const Principal& who) {
  if (who.user_id == 0) return "platform";
  if (who.caregiver_id) return "caregiver:" + std::to_string(*who.caregiver_id);
  // A family account acts on an alarm only as one of the client's informal contacts.
  if (who.role == Role::client) return "informal_contact:" + std::to_string(who.user_id);
  return std::string(to_string(who.role)) + ":" + std::to_string(who.user_id);
}

bool acted_by_care_staff(std::string_view actor) {
  const auto colon = actor.find(':');
  if (colon == std::string_view::npos) return false;  // the platform's timer
  const auto role = parse_role(actor.substr(0, colon));
  return role && is_care_staff_role(*role);
}

Principal platform_timer() {
  Principal who;
  who.user_id = 0;
  who.role = Role::platform_admin;
  who.name = "platform";
  who.source = "timer";
  return who;
}

std::vector<dispatch::RankedResponder> responders_for(store::Transaction& tx, const Platform& platform,
                                                      const records::AlarmRecord& alarm,
                                                      const dispatch::TriagePolicy& policy) {
  const auto client = records::read_client(tx, alarm.client_id);
  if (!client) return {};
  const LocalMinute now = platform.now();
  const DayNumber today = now / kMinutesPerDay;
  const domain::Point at_client{client->lon, client->lat};
  std::set<std::int64_t> asked;
  for (const auto& o : records::offers_of(tx, alarm.id)) asked.insert(o.caregiver_id);
  // The carer who did not arrive is not the one to send.
  if (alarm.task_id) {
    if (const auto visit = records::read_task(tx, *alarm.task_id); visit && visit->caregiver_id) {
      asked.insert(*visit->caregiver_id);
    }
  }

  records::CaregiverSearch search;
  search.organisation_id = alarm.organisation_id;
  search.level = policy.response_level;
  search.day = today;
  search.on_call_counts = true;
  search.positions_since = now - kFreshPositionMinutes;
  const auto box = market::TravelTimes::box_around(at_client, policy.radius_metres);
  search.home_within = records::CaregiverSearch::Box{box[0], box[1], box[2], box[3], client->lat, client->lon};

  std::vector<std::int64_t> ids;
  for (const std::int64_t id : records::caregivers_to_judge(tx, search, kAlarmResponderSearch)) {
    if (!asked.count(id)) ids.push_back(id);
  }
  // Where each sets out from (the client of the visit they are checked in at, else a fresh last
  // known position, else home) and so when they would arrive, for all of them in three statements.
  const auto places = records::checked_in_places(tx, ids);
  const auto positions = records::last_positions(tx, ids);
  struct Candidate {
    dispatch::Responder responder;
    dispatch::RankedResponder arrival;
  };
  std::vector<Candidate> candidates;
  for (const auto& home : records::homes_of(tx, ids)) {
    domain::TravelMode mode = domain::TravelMode::bike;
    if (!domain::parse_travel_mode(home.travel_mode, mode)) continue;
    domain::Point from{home.lon, home.lat};
    if (const auto place = places.find(home.caregiver_id); place != places.end()) {
      from = domain::Point{place->second.lon, place->second.lat};
    } else if (const auto position = positions.find(home.caregiver_id); position != positions.end()) {
      from = fresh_position(position->second, now).value_or(from);
    }
    dispatch::Responder responder{home.caregiver_id, from, mode};
    const auto arrival = dispatch::predict_arrival(responder, at_client);
    if (arrival.metres > policy.radius_metres) continue;
    candidates.push_back({responder, arrival});
  }
  // Judged soonest first: once a round's worth is admitted, a caregiver arriving later than the
  // last of them can rank no higher (arrival ranks first, Responders.h), so judging stops there.
  std::stable_sort(candidates.begin(), candidates.end(), [](const Candidate& a, const Candidate& b) {
    return a.arrival.predicted_minutes < b.arrival.predicted_minutes;
  });
  const auto enough = static_cast<std::size_t>(std::max(1, policy.offers_per_round));
  std::vector<dispatch::Responder> admitted;
  int last_admitted_minutes = 0;
  for (auto& [responder, arrival] : candidates) {
    if (admitted.size() >= enough && arrival.predicted_minutes > last_admitted_minutes) break;
    const std::int64_t id = responder.caregiver_id;
    if (records::alarm_held_by(tx, id)) continue;
    const auto facts = load_caregiver_facts(tx, id);
    if (!facts) continue;
    const auto offer = response_on_offer(alarm, *client, policy, now + arrival.predicted_minutes);
    // On call for the organisation: on duty as if their availability said so.
    auto one_off = facts->one_off;
    for (const auto& entry : on_call_as_availability(records::on_call_between(
             tx, alarm.organisation_id, today * kMinutesPerDay, (today + 2) * kMinutesPerDay, id))) {
      one_off.push_back(entry);
    }
    // The day after too: a response late in the evening may run past midnight.
    const market::AvailabilityCalendar calendar(facts->recurring, one_off, today, today + 1);
    const market::Roster roster = load_roster(tx, facts->profile, today, today);
    if (market::why_not_admitted_apart_from_the_day({facts->profile, calendar, roster}, offer, now)) continue;
    // The rule's last check, the day's fit, does not refuse an alarm: it ranks (Responders.h).
    responder.disrupts_day = !roster.fit(offer.demand.day, offer.stop).feasible;
    admitted.push_back(responder);
    last_admitted_minutes = arrival.predicted_minutes;
  }
  return dispatch::rank_responders(admitted, at_client);
}

records::AlarmRecord take_step_in(store::Transaction& tx, const Platform& platform, records::AlarmRecord alarm,
                                  const dispatch::TriagePolicy& policy, dispatch::AlarmStep step, const Principal& who,
                                  std::string_view event, std::vector<NewEvent>& events) {
  const LocalMinute now = platform.now();
  std::string timeline_event(event);
  if (step.ask_contact) {
    if (const auto next = records::next_contact_to_ask(tx, alarm.id, alarm.client_id)) {
      records::AlarmContactRequest request = *next;
      request.status = domain::OfferStatus::offered;
      request.asked_at = now;
      records::insert_contact_request(tx, request);
      // They are family: the client is theirs to know; what happened and until when to answer.
      events.push_back({"alarm.contact_asked",
                        {{"alarm_id", alarm.id},
                         {"kind", std::string(domain::to_string(alarm.kind))},
                         {"priority", std::string(domain::to_string(alarm.priority))},
                         {"expires_at", format_local_time(*step.state.due_at)}},
                        alarm.organisation_id,
                        std::nullopt,
                        request.user_id});
      step.reason += "; asked " + first_name(request.name) + " (informal contact " + std::to_string(request.position) + ")";
    } else {
      const bool none_at_all = records::contact_requests_of(tx, alarm.id).empty();
      step = dispatch::no_contact_left(
          policy, now, step.reason + (none_at_all ? "; the client has no informal contact" : "; no informal contact left to ask"));
      timeline_event = "dispatching";
    }
  }
  if (step.offer_round) {
    auto ranked = responders_for(tx, platform, alarm, policy);
    if (ranked.empty()) {
      step = dispatch::no_one_to_ask(policy, now, step.reason + "; no caregiver on duty left to ask");
      timeline_event = "escalated";
    } else {
      if (static_cast<int>(ranked.size()) > policy.offers_per_round) ranked.resize(policy.offers_per_round);
      const auto client = records::read_client(tx, alarm.client_id);
      const std::string area = client ? client->postcode.substr(0, 4) : "";
      for (const auto& r : ranked) {
        // Stored as shown: nobody needs the exact distance.
        records::insert_offer(tx, {alarm.id, r.caregiver_id, step.state.round, domain::OfferStatus::offered,
                                   r.predicted_minutes, market::TravelTimes::shown_metres(r.metres), now,
                                   std::nullopt});
        events.push_back({"alarm.offered", offer_event_data(alarm, area, r, *step.state.due_at), alarm.organisation_id,
                          r.caregiver_id});
      }
      step.reason += "; offered to " + std::to_string(ranked.size()) + (ranked.size() == 1 ? " caregiver" : " caregivers");
    }
  }
  // Escalated to the coordinator: the one on call by the organisation's on-call shifts, if any.
  if (step.state.escalation == domain::Escalation::coordinator && alarm.escalation != domain::Escalation::coordinator) {
    if (const auto on_call = records::coordinator_on_call(tx, alarm.organisation_id, now)) {
      step.reason += "; the coordinator on call: " + on_call->name;
    }
  }
  alarm.status = step.state.status;
  alarm.escalation = step.state.escalation;
  if (step.state.status == AlarmStatus::dispatching) alarm.round = step.state.round;
  alarm.due_at = step.state.due_at;
  records::store_standing(tx, alarm.id,
                          {alarm.status, alarm.escalation, alarm.round, alarm.due_at, alarm.caregiver_id, alarm.contact_user_id});
  records::append_step(tx, alarm.id, {now, timeline_event, alarm.status, alarm_actor(who), step.reason, alarm.escalation});
  std::string detail = "alarm " + std::to_string(alarm.id) + ": " + std::string(domain::to_string(alarm.status));
  if (alarm.escalation) detail += " (" + std::string(domain::to_string(*alarm.escalation)) + ")";
  record_audit(tx, who, {"alarm." + timeline_event, alarm.client_id, alarm.organisation_id, "success", detail});
  events.push_back({"alarm.changed", board_event_data(alarm, step.reason), alarm.organisation_id, std::nullopt});
  // The caregiver who holds it hears of every step they did not take themselves (the coordinator
  // resolved it, or escalated it while they were on their way).
  if (alarm.caregiver_id && alarm.caregiver_id != who.caregiver_id) {
    events.push_back({"alarm.changed", board_event_data(alarm, step.reason), alarm.organisation_id, alarm.caregiver_id});
  }
  if (alarm.contact_user_id && alarm.contact_user_id != who.user_id) {
    events.push_back(
        {"alarm.changed", board_event_data(alarm, step.reason), alarm.organisation_id, std::nullopt, alarm.contact_user_id});
  }
  return alarm;
}

std::optional<records::AlarmRecord> receive_in(store::Transaction& tx, const Platform& platform, records::AlarmRecord alarm,
                                               const Principal& who, std::vector<NewEvent>& events) {
  const LocalMinute now = platform.now();
  const auto own_steps = records::client_first_steps(tx, alarm.client_id);
  const auto policy = dispatch::for_client(current_policy_in(tx, alarm.organisation_id), own_steps);
  alarm.policy_version = policy.version;
  alarm.created_at = now;
  const auto id = records::insert_alarm(tx, alarm, who.user_id);
  if (!id) return std::nullopt;
  auto stored = *records::take_alarm_turn(tx, *id);
  stored = take_step_in(tx, platform, stored, policy, {{AlarmStatus::created, {}, 0, {}}, "received", false}, who,
                        "created", events);
  const auto first = dispatch::first_step(policy, stored.kind, stored.priority);
  stored = take_step_in(tx, platform, stored, policy,
                        {{AlarmStatus::triaged, {}, 0, {}},
                         "policy version " + std::to_string(policy.version) + (own_steps.empty() ? "" : " with the client's own steps") +
                             ": " + std::string(dispatch::to_string(first)),
                         false},
                        who, "triaged", events);
  const auto step = dispatch::after_triage(policy, first, now);
  return take_step_in(tx, platform, stored, policy, step, who, domain::to_string(step.state.status), events);
}

void tell_contacts_closed(std::vector<NewEvent>& events, const records::AlarmRecord& alarm,
                          const std::vector<std::int64_t>& users, domain::OfferStatus status) {
  for (const auto user : users) {
    events.push_back({"alarm.contact_closed",
                      {{"alarm_id", alarm.id}, {"status", std::string(domain::to_string(status))}},
                      alarm.organisation_id,
                      std::nullopt,
                      user});
  }
}

void publish_all(store::Transaction& tx, const Platform& platform, const std::vector<NewEvent>& events) {
  for (const auto& e : events) publish(tx, platform, e);
}

std::int64_t sweep_alarms(const Platform& platform) {
  const LocalMinute now = platform.now();
  // Most sweeps find nothing: a read first, so that they do not queue for SQLite's one writer.
  const auto due = platform.db().read(
      [&](store::Transaction& tx) { return records::alarms_to_advance(tx, now, kAlarmSweepBatch); });
  std::int64_t stepped = 0;
  const Principal timer = platform_timer();
  for (const std::int64_t id : due) {
    // One transaction per alarm: one alarm's failure or wait holds up no other.
    stepped += platform.db().write([&](store::Transaction& tx) -> std::int64_t {
      auto alarm = records::take_alarm_turn(tx, id);
      if (!alarm) return 0;
      const auto policy = policy_of(tx, *alarm);
      std::vector<NewEvent> events;
      std::vector<std::int64_t> closed;
      // Judged again under the turn: an answer may have overtaken the read above.
      const bool round_over = alarm->status == AlarmStatus::dispatching && !records::has_open_offer(tx, id);
      const auto step = round_over ? std::optional(dispatch::round_refused(policy, alarm->round, now))
                                   : dispatch::on_timeout(policy,
                                                          {alarm->status, alarm->escalation, alarm->round, alarm->due_at,
                                                           alarm->contact_user_id.has_value()},
                                                          now);
      if (!step) {
        // A timer left in a state without one (it was overtaken): drop it, so it is not found again.
        if (alarm->due_at && *alarm->due_at <= now) {
          records::store_standing(
              tx, id, {alarm->status, alarm->escalation, alarm->round, std::nullopt, alarm->caregiver_id, alarm->contact_user_id});
        }
        return 0;
      }
      if (alarm->status == AlarmStatus::dispatching) {
        for (const auto caregiver : records::close_open_offers(tx, id, domain::OfferStatus::expired, now)) {
          closed.push_back(caregiver);
        }
      }
      std::vector<std::int64_t> contacts_closed;
      if (alarm->status == AlarmStatus::informal_contacts) {
        contacts_closed = records::close_open_contact_requests(tx, id, domain::OfferStatus::expired, now);
      }
      // The informal contact who accepted has not come: caregivers take over, and the contact is
      // told so (the step's event reaches them as the holder before).
      std::optional<std::int64_t> contact_replaced;
      if (alarm->contact_user_id && step->state.status != AlarmStatus::accepted) {
        contact_replaced = alarm->contact_user_id;
        alarm->contact_user_id.reset();
      }
      const bool escalating = step->state.status == AlarmStatus::escalated;
      const auto event = escalating ? "escalated" : std::string(domain::to_string(step->state.status));
      const auto after = take_step_in(tx, platform, *alarm, policy, *step, timer, event, events);
      if (contact_replaced) {
        events.push_back({"alarm.changed", board_event_data(after, step->reason), after.organisation_id, std::nullopt,
                          contact_replaced});
      }
      tell_contacts_closed(events, after, contacts_closed, domain::OfferStatus::expired);
      for (const auto caregiver : closed) {
        events.push_back({"alarm.offer_closed", {{"alarm_id", id}, {"status", "expired"}}, alarm->organisation_id, caregiver});
      }
      publish_all(tx, platform, events);
      return 1;
    });
  }
  return stepped;
}

}  // namespace carecrowd::services
