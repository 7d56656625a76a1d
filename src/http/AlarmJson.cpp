#include "http/AlarmJson.h"

#include <cmath>
#include <string>

#include "http/RequestInput.h"
#include "http/TimeJson.h"

namespace carecrowd::http {
namespace {

using Json = nlohmann::json;

constexpr const char* kKinds = sentence("must be one of fall, button, no-activity, vital-out-of-range, "
                                        "carer-non-arrival, technical");
constexpr const char* kPriorities = sentence("must be one of high, medium, low");
constexpr const char* kDeviceKinds =
    sentence("must be one of fall-detector, alarm-button, bed-sensor, door-sensor, activity-sensor, vital-sign-meter");
constexpr const char* kSteps = sentence("must be one of remote_check, dispatch");

// A required member naming a value of an enum, read with `parse`; `fallback` after recording the
// error.
template <class E, class Parse>
E read_name(JsonInput& in, const Json& body, const char* key, Parse parse, const char* one_of, E fallback) {
  const Json* v = in.require(body, key, Where{});
  if (!v) return fallback;
  const std::string text = in.string(*v, Where{key, ""});
  if (!in.ok()) return fallback;
  const auto parsed = parse(text);
  if (!parsed) {
    in.fail(Where{key, ""}, one_of);
    return fallback;
  }
  return *parsed;
}

// {kind: {priority: step}}, as first_step of a policy or a client's own steps.
std::vector<dispatch::FirstStepOverride> read_first_steps(JsonInput& in, const Json& steps) {
  std::vector<dispatch::FirstStepOverride> out;
  const Where where{"first_step", ""};
  if (!in.expect_object(steps, where)) return out;
  for (const auto& [kind_name, by_priority] : steps.items()) {
    const Where at = where / kind_name;
    const auto kind = domain::parse_alarm_kind(kind_name);
    if (!kind) {
      in.fail(at, kKinds);
      return out;
    }
    if (!in.expect_object(by_priority, at)) return out;
    for (const auto& [priority_name, step_name] : by_priority.items()) {
      const auto priority = domain::parse_alarm_priority(priority_name);
      if (!priority) {
        in.fail(at / priority_name, kPriorities);
        return out;
      }
      const auto step = dispatch::parse_first_step(in.string(step_name, at / priority_name));
      if (!in.ok()) return out;
      if (!step) {
        in.fail(at / priority_name, kSteps);
        return out;
      }
      out.push_back({*kind, *priority, *step});
    }
  }
  return out;
}

Json optional_id(const std::optional<std::int64_t>& v) { return v ? Json(*v) : Json(); }

Json offer_json(const records::AlarmOfferRecord& o) {
  return {{"caregiver_id", o.caregiver_id},
          {"status", std::string(domain::to_string(o.status))},
          {"round", o.round},
          {"predicted_minutes", o.predicted_minutes},
          {"distance_metres", o.distance_metres},
          {"offered_at", format_local_time(o.offered_at)},
          {"answered_at", optional_time(o.answered_at)}};
}

Json contact_request_json(const records::AlarmContactRequest& q) {
  return {{"user_id", q.user_id},
          {"name", q.name},
          {"position", q.position},
          {"status", std::string(domain::to_string(q.status))},
          {"asked_at", format_local_time(q.asked_at)},
          {"answered_at", optional_time(q.answered_at)}};
}

Json informal_contact_json(const records::InformalContact& c) {
  Json j = {{"user_id", c.user_id}, {"name", c.name}, {"email", c.email}};
  if (c.position > 0) j["position"] = c.position;
  return j;
}

}  // namespace

Result<services::AlarmInput> read_alarm_input(const Json& body) {
  auto object = body_object(body);
  if (!object) return object.error();
  JsonInput in;
  in.only_known(body, Where{},
                {"client_id", "device_id", "kind", "priority", "observed_at", "observations", "source_id"});
  services::AlarmInput a;
  if (const Json* v = JsonInput::find(body, "client_id")) a.client_id = in.integer(*v, Where{"client_id", ""}, 1, INT64_MAX);
  if (const Json* v = JsonInput::find(body, "device_id")) a.device_id = in.integer(*v, Where{"device_id", ""}, 1, INT64_MAX);
  a.kind = read_name(in, body, "kind", domain::parse_alarm_kind, kKinds, domain::AlarmKind::button);
  a.priority = read_name(in, body, "priority", domain::parse_alarm_priority, kPriorities, domain::AlarmPriority::high);
  if (const Json* v = in.require(body, "observed_at", Where{})) {
    a.observed_at = read_local_time(in, *v, Where{"observed_at", ""});
  }
  if (const Json* v = JsonInput::find(body, "observations"); v && in.expect_object(*v, Where{"observations", ""})) {
    for (const auto& [name, value] : v->items()) {
      const double number = in.number(value, Where{"observations", ""} / name);
      if (in.ok()) a.observations[name] = number;
    }
  }
  if (const Json* v = in.require(body, "source_id", Where{})) a.source_id = in.string(*v, Where{"source_id", ""});
  if (!in.ok()) return in.error();
  return a;
}

Result<services::AlarmNote> read_alarm_note(const Json& body) {
  auto object = body_object(body);
  if (!object) return object.error();
  JsonInput in;
  in.only_known(body, Where{}, {"reason", "outcome"});
  services::AlarmNote note;
  if (const Json* v = in.require(body, "reason", Where{})) note.reason = in.string(*v, Where{"reason", ""});
  if (const Json* v = JsonInput::find(body, "outcome")) {
    const std::string code = in.string(*v, Where{"outcome", ""});
    note.outcome = dispatch::parse_alarm_outcome(code);
    if (in.ok() && !note.outcome) {
      in.fail(Where{"outcome", ""}, "must be one of false-alarm, resolved-remotely, needs-visit, resolved-on-site, referred");
    }
  }
  if (!in.ok()) return in.error();
  return note;
}

Result<bool> read_alarm_list_query(const Json& query) {
  const auto open = query.find("open");
  if (open == query.end()) return true;
  if (*open == "true") return true;
  if (*open == "false") return false;
  return bad_input("open", "", "must be true or false");
}

Result<services::DeviceInput> read_device_input(const Json& body) {
  auto object = body_object(body);
  if (!object) return object.error();
  JsonInput in;
  in.only_known(body, Where{}, {"kind", "label"});
  services::DeviceInput d;
  d.kind = read_name(in, body, "kind", domain::parse_device_kind, kDeviceKinds, domain::DeviceKind::alarm_button);
  if (const Json* v = in.require(body, "label", Where{})) d.label = in.string(*v, Where{"label", ""});
  if (!in.ok()) return in.error();
  return d;
}

Result<services::AccessInstructions> read_access_instructions(const Json& body) {
  auto object = body_object(body);
  if (!object) return object.error();
  JsonInput in;
  in.only_known(body, Where{}, {"instructions"});
  services::AccessInstructions a;
  if (const Json* v = in.require(body, "instructions", Where{})) a.instructions = in.string(*v, Where{"instructions", ""});
  if (!in.ok()) return in.error();
  return a;
}

Result<services::AlarmCentreKeyInput> read_alarm_centre_key_input(const Json& body) {
  auto object = body_object(body);
  if (!object) return object.error();
  JsonInput in;
  in.only_known(body, Where{}, {"label"});
  services::AlarmCentreKeyInput key;
  if (const Json* v = in.require(body, "label", Where{})) key.label = in.string(*v, Where{"label", ""});
  if (!in.ok()) return in.error();
  return key;
}

Result<dispatch::TriagePolicy> read_alarm_policy(const Json& body) {
  auto object = body_object(body);
  if (!object) return object.error();
  JsonInput in;
  in.only_known(body, Where{},
                {"version", "first_step", "remote_check_minutes", "offers_per_round", "offer_minutes", "max_rounds",
                 "coordinator_minutes", "arrival_minutes", "response_level", "on_site_minutes", "radius_metres",
                 "outcome_required", "after_remote_check", "contact_minutes", "contact_arrival_minutes"});
  dispatch::TriagePolicy p = dispatch::default_policy();
  // Whole numbers; their ranges are the service's rule (services/AlarmPolicies.h).
  auto number = [&](const char* key, int& out) {
    if (const Json* v = in.require(body, key, Where{})) {
      out = static_cast<int>(in.integer(*v, Where{key, ""}, INT32_MIN, INT32_MAX));
    }
  };
  number("remote_check_minutes", p.remote_check_minutes);
  number("offers_per_round", p.offers_per_round);
  number("offer_minutes", p.offer_minutes);
  number("max_rounds", p.max_rounds);
  number("coordinator_minutes", p.coordinator_minutes);
  number("arrival_minutes", p.arrival_minutes);
  number("response_level", p.response_level);
  number("on_site_minutes", p.on_site_minutes);
  number("radius_metres", p.radius_metres);
  if (const Json* v = JsonInput::find(body, "outcome_required")) p.outcome_required = in.boolean(*v, Where{"outcome_required", ""});
  // Added later: a body without them keeps the default's.
  if (const Json* v = JsonInput::find(body, "contact_minutes")) {
    p.contact_minutes = static_cast<int>(in.integer(*v, Where{"contact_minutes", ""}, INT32_MIN, INT32_MAX));
  }
  if (const Json* v = JsonInput::find(body, "contact_arrival_minutes")) {
    p.contact_arrival_minutes = static_cast<int>(in.integer(*v, Where{"contact_arrival_minutes", ""}, INT32_MIN, INT32_MAX));
  }
  if (const Json* v = JsonInput::find(body, "after_remote_check")) {
    const auto text = in.string(*v, Where{"after_remote_check", ""});
    if (const auto step = dispatch::parse_first_step(text)) {
      p.after_remote_check = *step;
    } else if (in.ok()) {
      in.fail(Where{"after_remote_check", ""}, "must be informal_contacts or dispatch");
    }
  }
  if (const Json* steps = JsonInput::find(body, "first_step")) p = dispatch::for_client(p, read_first_steps(in, *steps));
  if (!in.ok()) return in.error();
  return p;
}

Json alarm_json(const services::AlarmView& view) {
  const auto& a = view.alarm;
  Json j = {{"id", a.id},
            {"kind", std::string(domain::to_string(a.kind))},
            {"priority", std::string(domain::to_string(a.priority))},
            {"status", std::string(domain::to_string(a.status))},
            {"area", view.area},
            {"observed_at", format_local_time(a.observed_at)},
            {"created_at", format_local_time(a.created_at)}};
  Json offers = Json::array();
  for (const auto& o : view.offers) offers.push_back(offer_json(o));
  j["offers"] = std::move(offers);
  if (view.asked_only) return j;
  j["escalation"] = a.escalation ? Json(std::string(domain::to_string(*a.escalation))) : Json();
  j["client_id"] = a.client_id;
  j["device_id"] = optional_id(a.device_id);
  j["source_id"] = a.source_id;
  j["policy_version"] = a.policy_version;
  j["round"] = a.round;
  j["due_at"] = optional_time(a.due_at);
  j["caregiver_id"] = optional_id(a.caregiver_id);
  j["contact_user_id"] = optional_id(a.contact_user_id);
  j["task_id"] = optional_id(a.task_id);
  Json contacts = Json::array();
  for (const auto& q : view.contacts) contacts.push_back(contact_request_json(q));
  j["contacts"] = std::move(contacts);
  Json timeline = Json::array();
  for (const auto& s : view.timeline) {
    timeline.push_back({{"at", format_local_time(s.at)},
                        {"event", s.event},
                        {"status", std::string(domain::to_string(s.status))},
                        {"actor", s.actor},
                        {"reason", s.reason},
                        {"escalation", s.escalation ? Json(std::string(domain::to_string(*s.escalation))) : Json()}});
  }
  j["timeline"] = std::move(timeline);
  if (view.client) {
    j["client"] = {{"id", view.client->id},
                   {"name", view.client->name},
                   {"address", view.client->address},
                   {"postcode", view.client->postcode},
                   {"lat", view.client->lat},
                   {"lon", view.client->lon},
                   {"access_instructions", view.client->access_instructions}};
  }
  if (view.observations) {
    Json obs = Json::object();
    for (const auto& [name, value] : *view.observations) obs[name] = value;
    j["observations"] = std::move(obs);
  }
  return j;
}

Json alarm_list_json(const std::vector<services::AlarmView>& views) {
  Json items = Json::array();
  for (const auto& v : views) items.push_back(alarm_json(v));
  return {{"items", std::move(items)}};
}

Json family_alarms_json(const std::vector<services::FamilyAlarmView>& alarms) {
  Json items = Json::array();
  for (const auto& a : alarms) {
    items.push_back({{"id", a.id},
                     {"kind", std::string(domain::to_string(a.kind))},
                     {"status", std::string(domain::to_string(a.status))},
                     {"created_at", format_local_time(a.created_at)},
                     {"caregiver_first_name", a.caregiver_first_name ? Json(*a.caregiver_first_name) : Json()},
                     {"contact_first_name", a.contact_first_name ? Json(*a.contact_first_name) : Json()},
                     {"mine", a.mine},
                     {"my_request", a.my_request ? Json(std::string(domain::to_string(*a.my_request))) : Json()},
                     {"answer_by", optional_time(a.answer_by)}});
  }
  return {{"items", std::move(items)}};
}

Json device_json(const records::DeviceRecord& d) {
  return {{"id", d.id}, {"client_id", d.client_id}, {"kind", std::string(domain::to_string(d.kind))}, {"label", d.label}};
}

Json devices_json(const std::vector<records::DeviceRecord>& devices) {
  Json items = Json::array();
  for (const auto& d : devices) items.push_back(device_json(d));
  return {{"items", std::move(items)}};
}

Json access_instructions_json(const services::AccessInstructions& access) {
  return {{"instructions", access.instructions}};
}

Json alarm_policy_json(const dispatch::TriagePolicy& p) {
  Json steps = Json::object();
  for (int k = 0; k < domain::kAlarmKinds; ++k) {
    const auto kind = static_cast<domain::AlarmKind>(k);
    Json by_priority = Json::object();
    for (int q = 0; q < domain::kAlarmPriorities; ++q) {
      const auto priority = static_cast<domain::AlarmPriority>(q);
      by_priority[std::string(domain::to_string(priority))] =
          std::string(dispatch::to_string(dispatch::first_step(p, kind, priority)));
    }
    steps[std::string(domain::to_string(kind))] = std::move(by_priority);
  }
  return {{"version", p.version},
          {"first_step", std::move(steps)},
          {"outcome_required", p.outcome_required},
          {"after_remote_check", std::string(dispatch::to_string(p.after_remote_check))},
          {"contact_minutes", p.contact_minutes},
          {"contact_arrival_minutes", p.contact_arrival_minutes},
          {"remote_check_minutes", p.remote_check_minutes},
          {"offers_per_round", p.offers_per_round},
          {"offer_minutes", p.offer_minutes},
          {"max_rounds", p.max_rounds},
          {"coordinator_minutes", p.coordinator_minutes},
          {"arrival_minutes", p.arrival_minutes},
          {"response_level", p.response_level},
          {"on_site_minutes", p.on_site_minutes},
          {"radius_metres", p.radius_metres}};
}

Result<std::vector<dispatch::FirstStepOverride>> read_client_alarm_steps(const Json& body) {
  auto object = body_object(body);
  if (!object) return object.error();
  JsonInput in;
  in.only_known(body, Where{}, {"first_step"});
  std::vector<dispatch::FirstStepOverride> steps;
  if (const Json* v = in.require(body, "first_step", Where{})) steps = read_first_steps(in, *v);
  if (!in.ok()) return in.error();
  return steps;
}

Json client_alarm_steps_json(const std::vector<dispatch::FirstStepOverride>& steps) {
  Json by_kind = Json::object();
  for (const auto& s : steps) {
    by_kind[std::string(domain::to_string(s.kind))][std::string(domain::to_string(s.priority))] =
        std::string(dispatch::to_string(s.step));
  }
  return {{"first_step", std::move(by_kind)}};
}

Result<std::vector<std::int64_t>> read_informal_contacts(const Json& body) {
  auto object = body_object(body);
  if (!object) return object.error();
  JsonInput in;
  in.only_known(body, Where{}, {"contacts"});
  std::vector<std::int64_t> ids;
  if (const Json* v = in.require(body, "contacts", Where{}); v && in.expect_array(*v, Where{"contacts", ""})) {
    for (std::size_t i = 0; i < v->size() && in.ok(); ++i) {
      ids.push_back(in.integer((*v)[i], Where{"contacts", ""}[i], 1, INT64_MAX));
    }
  }
  if (!in.ok()) return in.error();
  return ids;
}

Json informal_contacts_json(const services::InformalContacts& contacts) {
  Json listed = Json::array();
  for (const auto& c : contacts.contacts) listed.push_back(informal_contact_json(c));
  Json accounts = Json::array();
  for (const auto& c : contacts.accounts) accounts.push_back(informal_contact_json(c));
  return {{"items", std::move(listed)}, {"accounts", std::move(accounts)}};
}

Json alarm_centre_key_json(const services::AlarmCentreKey& key) {
  return {{"id", key.id}, {"label", key.label}, {"key", key.key}, {"expires_in_days", key.expires_in_days}};
}

Json key_revoked_json(const Done&) { return {{"revoked", true}}; }

Result<services::OnCallInput> read_on_call_input(const Json& body) {
  auto object = body_object(body);
  if (!object) return object.error();
  JsonInput in;
  in.only_known(body, Where{}, {"caregiver_id", "coordinator_id", "starts_at", "ends_at"});
  services::OnCallInput shift;
  if (const Json* v = JsonInput::find(body, "caregiver_id")) shift.caregiver_id = in.integer(*v, Where{"caregiver_id", ""}, 1, INT64_MAX);
  if (const Json* v = JsonInput::find(body, "coordinator_id")) {
    shift.coordinator_id = in.integer(*v, Where{"coordinator_id", ""}, 1, INT64_MAX);
  }
  if (const Json* v = in.require(body, "starts_at", Where{})) shift.starts_at = read_local_time(in, *v, Where{"starts_at", ""});
  if (const Json* v = in.require(body, "ends_at", Where{})) shift.ends_at = read_local_time(in, *v, Where{"ends_at", ""});
  if (!in.ok()) return in.error();
  return shift;
}

Result<services::OnCallQuery> read_on_call_query(const Json& query) {
  services::OnCallQuery out;
  for (const char* key : {"from", "to"}) {
    const auto v = query.find(key);
    if (v == query.end()) continue;
    auto parsed = parse_local_time(v->is_string() ? v->get<std::string>() : "", key);
    if (!parsed) return parsed.error();
    (std::string_view(key) == "from" ? out.from : out.to) = parsed.value();
  }
  return out;
}

Json on_call_shift_json(const records::OnCallShift& s) {
  return {{"id", s.id},
          {"organisation_id", s.organisation_id},
          {"caregiver_id", optional_id(s.caregiver_id)},
          {"coordinator_id", optional_id(s.coordinator_id)},
          {"name", s.name},
          {"starts_at", format_local_time(s.starts_at)},
          {"ends_at", format_local_time(s.ends_at)}};
}

Json on_call_shifts_json(const std::vector<records::OnCallShift>& shifts) {
  Json items = Json::array();
  for (const auto& s : shifts) items.push_back(on_call_shift_json(s));
  return {{"items", std::move(items)}};
}

Json on_call_cancelled_json(const Done&) { return {{"cancelled", true}}; }

Result<services::PositionInput> read_position_input(const Json& body) {
  auto object = body_object(body);
  if (!object) return object.error();
  JsonInput in;
  in.only_known(body, Where{}, {"lat", "lon"});
  services::PositionInput position;
  if (const Json* v = in.require(body, "lat", Where{})) position.lat = in.number(*v, Where{"lat", ""});
  if (const Json* v = in.require(body, "lon", Where{})) position.lon = in.number(*v, Where{"lon", ""});
  if (!in.ok()) return in.error();
  return position;
}

Json position_reported_json(const services::PositionReported& r) {
  return {{"stored", r.stored}, {"reported_at", format_local_time(r.reported_at)}};
}

Json position_forgotten_json(const Done&) { return {{"forgotten", true}}; }

}  // namespace carecrowd::http
