#include "http/CareJson.h"

#include "domain/Recurrence.h"
#include "domain/StepOutcome.h"
#include "http/MarketJson.h"
#include "market/Eligibility.h"
#include "http/PlannedStartJson.h"
#include "http/RequestInput.h"
#include "http/TimeJson.h"

namespace carecrowd::http {
namespace {

using Json = nlohmann::json;

Json opt_json(const std::optional<std::int64_t>& v) { return v ? Json(*v) : Json(); }

Json outcome_json(const records::TaskRecord& t) {
  return t.outcome ? Json(std::string(domain::to_string(*t.outcome))) : Json();
}

Json certificates_json(const std::string& stored) {
  Json certs = Json::array();
  for (auto& code : market::split_certificates(stored)) certs.push_back(code);
  return certs;
}

Json care_task_json(const records::CareTaskRecord& c) {
  Json out = {{"id", c.id},
              {"key", c.key},
              {"type", c.task_type},
              {"rrule", c.rrule},
              {"window", {{"start", format_clock(static_cast<int>(c.window_start))}, {"end", format_clock(static_cast<int>(c.window_end))}}},
              {"duration_minutes", c.duration},
              {"level", c.level},
              {"certificates", certificates_json(c.certificates)},
              {"mode", c.mode},
              {"staff", c.staff},
              {"pay_cents", c.pay_cents}};
  out["after"] = c.after_key ? Json(*c.after_key) : Json();
  if (c.contingent()) {
    // No rule and no window of its own: the failed step sets its visit's time.
    out["rrule"] = Json();
    out["window"] = Json();
    Json on = Json::array();
    for (const auto t : domain::split_triggers(c.switch_on).value_or(std::vector<domain::SwitchTrigger>{})) {
      on.push_back(std::string(domain::to_string(t)));
    }
    out["switch"] = {{"from", *c.switch_from_key}, {"on", std::move(on)}, {"within_minutes", c.due_within}};
  } else {
    out["switch"] = Json();
  }
  return out;
}

Json conflicts_json(const std::vector<services::TaskConflict>& conflicts) {
  Json out = Json::array();
  for (const auto& c : conflicts) {
    Json task = task_json(c.task);
    task["conflict"] = c.reason;
    out.push_back(std::move(task));
  }
  return out;
}

Json organisation_task_json(const services::OrganisationTask& t, const std::map<std::int64_t, services::PlannedStart>& starts) {
  Json task = task_json(t.task);
  task["at_risk"] = t.at_risk;
  task["missed"] = t.missed;
  set_planned_start(task, t.task.task.id, starts);
  return task;
}

// A care task's rule from "rrule" or "weekly" (exactly one). `w` names the task and its key.
Result<std::string> read_rule(JsonInput& in, const Json& t, const Where& w) {
  const Json* rrule = JsonInput::find(t, "rrule");
  const Json* weekly = JsonInput::find(t, "weekly");
  if ((rrule != nullptr) == (weekly != nullptr)) {
    return bad_input(w.path, w.id, "needs exactly one of \"rrule\" or \"weekly\"");
  }
  if (rrule) {
    std::string text = in.string(*rrule, w / "rrule");
    if (!in.ok()) return in.error();
    return text;
  }
  if (!in.expect_object(*weekly, w / "weekly")) return in.error();
  in.only_known(*weekly, w / "weekly", {"days", "every_weeks"});
  std::vector<int> days;
  const Json* d = in.require(*weekly, "days", w / "weekly");
  if (d && in.expect_array(*d, w / "weekly" / "days")) {
    for (std::size_t k = 0; k < d->size(); ++k) {
      const int day = read_weekday(in, (*d)[k], (w / "weekly" / "days")[k]);
      if (day >= 0) days.push_back(day);
    }
  }
  std::int64_t every = 1;
  if (const Json* e = JsonInput::find(*weekly, "every_weeks")) every = in.integer(*e, w / "weekly" / "every_weeks", 1, 52);
  if (!in.ok()) return in.error();
  auto rule = Recurrence::weekly(days, static_cast<int>(every), (w / "weekly").path);
  if (!rule) {
    Error e = rule.error();
    e.id = w.id;
    return e;
  }
  return rule.value().to_rrule();
}

}  // namespace

Result<records::ClientDetails> read_client_details(const Json& body) {
  auto object = body_object(body);
  if (!object) return object.error();
  JsonInput in;
  in.only_known(body, Where{}, {"name", "address", "postcode", "lat", "lon", "notes"});
  records::ClientDetails c;
  auto text = [&](const char* key, bool required) -> std::string {
    const Json* v = required ? in.require(body, key, Where{}) : JsonInput::find(body, key);
    return v ? in.string(*v, Where{key, ""}) : "";
  };
  c.name = text("name", true);
  c.address = text("address", true);
  c.postcode = text("postcode", true);
  c.notes = text("notes", false);
  if (const Json* v = in.require(body, "lat", Where{})) c.lat = in.number(*v, Where{"lat", ""});
  if (const Json* v = in.require(body, "lon", Where{})) c.lon = in.number(*v, Where{"lon", ""});
  if (!in.ok()) return in.error();
  return c;
}

Result<services::ClientQuery> read_client_query(const Json& query) {
  auto page = read_page(query, 100);
  if (!page) return page.error();
  services::ClientQuery out{page.value(), std::nullopt};
  if (auto q = query.find("q"); q != query.end() && q->is_string()) out.name_part = q->get<std::string>();
  return out;
}

Result<services::ArrangementInput> read_arrangement(const Json& body) {
  auto object = body_object(body);
  if (!object) return object.error();
  JsonInput in;
  in.only_known(body, Where{}, {"valid_from", "valid_to", "tasks"});
  services::ArrangementInput out;
  if (const Json* v = JsonInput::find(body, "valid_from")) out.valid_from = read_date(in, *v, Where{"valid_from", ""});
  if (const Json* v = JsonInput::find(body, "valid_to")) out.valid_to = read_date(in, *v, Where{"valid_to", ""});
  if (!in.ok()) return in.error();
  const Json* tasks = in.require(body, "tasks", Where{});
  if (!in.ok()) return in.error();
  if (!in.expect_array(*tasks, Where{"tasks", ""})) return in.error();
  // Not a task more than an arrangement may hold is read.
  if (auto e = services::check_care_task_count(tasks->size())) return *e;
  for (std::size_t i = 0; i < tasks->size(); ++i) {
    const Json& t = (*tasks)[i];
    Where w = Where{"tasks", ""}[i];
    if (!in.expect_object(t, w)) return in.error();
    in.only_known(t, w, {"key", "type", "rrule", "weekly", "window", "duration_minutes", "level", "certificates",
                         "mode", "staff", "after", "pay_cents", "switch"});
    services::CareTaskInput c;
    if (const Json* v = in.require(t, "key", w)) c.key = in.string(*v, w / "key");
    if (const Json* v = in.require(t, "type", w)) c.type = in.string(*v, w / "type");
    if (!in.ok()) return in.error();
    w = w.with_id(c.key);
    if (const Json* sw = JsonInput::find(t, "switch")) {
      // A contingent line (services/Journeys.h): its visit's time comes from the step that failed.
      for (const char* field : {"rrule", "weekly", "window"}) {
        if (JsonInput::find(t, field)) {
          return bad_input((w / field).path, w.id, "a task with \"switch\" has no rule or window of its own");
        }
      }
      if (!in.expect_object(*sw, w / "switch")) return in.error();
      in.only_known(*sw, w / "switch", {"from", "on", "within_minutes"});
      if (const Json* v = in.require(*sw, "from", w / "switch")) c.switch_from = in.string(*v, w / "switch" / "from");
      if (const Json* v = in.require(*sw, "on", w / "switch"); v && in.expect_array(*v, w / "switch" / "on")) {
        for (std::size_t k = 0; k < v->size(); ++k) c.switch_on.push_back(in.string((*v)[k], (w / "switch" / "on")[k]));
      }
      if (const Json* v = in.require(*sw, "within_minutes", w / "switch")) {
        c.due_within = read_whole_number(in, *v, w / "switch" / "within_minutes");
      }
      if (!in.ok()) return in.error();
      if (c.switch_from.empty()) return bad_input((w / "switch" / "from").path, w.id, "must name a digital task's key");
    } else {
      auto rule = read_rule(in, t, w);
      if (!rule) return rule.error();
      c.rrule = rule.value();
    }
    if (const Json* win = c.switch_from.empty() ? in.require(t, "window", w) : nullptr) {
      if (in.expect_object(*win, w / "window")) {
        in.only_known(*win, w / "window", {"start", "end"});
        if (const Json* s = in.require(*win, "start", w / "window")) c.window_start = read_clock(in, *s, w / "window" / "start");
        if (const Json* e = in.require(*win, "end", w / "window")) c.window_end = read_clock(in, *e, w / "window" / "end");
      }
    }
    if (const Json* v = in.require(t, "duration_minutes", w)) c.duration = read_whole_number(in, *v, w / "duration_minutes");
    if (const Json* v = JsonInput::find(t, "level")) c.level = read_whole_number(in, *v, w / "level");
    if (const Json* v = JsonInput::find(t, "staff")) c.staff = read_whole_number(in, *v, w / "staff");
    if (const Json* v = JsonInput::find(t, "mode")) c.mode = in.string(*v, w / "mode");
    if (const Json* v = JsonInput::find(t, "after")) c.after = in.string(*v, w / "after");
    if (const Json* v = JsonInput::find(t, "certificates"); v && in.expect_array(*v, w / "certificates")) {
      for (std::size_t k = 0; k < v->size(); ++k) c.certificates.push_back(in.string((*v)[k], (w / "certificates")[k]));
    }
    if (const Json* v = JsonInput::find(t, "pay_cents")) c.pay_cents = read_whole_number(in, *v, w / "pay_cents");
    if (!in.ok()) return in.error();
    out.tasks.push_back(std::move(c));
  }
  return out;
}

Result<services::ArrangementEnd> read_arrangement_end(const Json& query) {
  auto last = query_date(query, "last_day");
  if (!last) return last.error();
  return services::ArrangementEnd{last.value()};
}

namespace {

Json continuity_json(const domain::Continuity& c) {
  return {{"visits", c.visits}, {"caregivers", c.caregivers}, {"index", c.index ? Json(*c.index) : Json()}};
}

}  // namespace

Json client_continuity_json(const services::ClientContinuity& c) {
  return {{"last_14_days", continuity_json(c.last_14_days)}, {"last_28_days", continuity_json(c.last_28_days)}};
}

Result<records::ClientCare> read_client_care(const Json& body) {
  auto object = body_object(body);
  if (!object) return object.error();
  JsonInput in;
  in.only_known(body, Where{}, {"phone", "emergency_contact", "financing", "indicated_minutes_week", "care_plan"});
  records::ClientCare c;
  if (const Json* v = JsonInput::find(body, "phone")) c.phone = in.string(*v, Where{"phone", ""});
  if (const Json* v = JsonInput::find(body, "emergency_contact")) c.emergency_contact = in.string(*v, Where{"emergency_contact", ""});
  if (const Json* v = JsonInput::find(body, "care_plan")) c.care_plan = in.string(*v, Where{"care_plan", ""});
  if (const Json* v = JsonInput::find(body, "indicated_minutes_week")) {
    c.indicated_minutes_week = static_cast<int>(in.integer(*v, Where{"indicated_minutes_week", ""}, INT32_MIN, INT32_MAX));
  }
  if (const Json* v = JsonInput::find(body, "financing")) {
    const auto name = in.string(*v, Where{"financing", ""});
    c.financing = domain::parse_financing(name);
    if (in.ok() && !c.financing) in.fail(Where{"financing", ""}, "must be one of zvw, wlz, wmo, private");
  }
  if (!in.ok()) return in.error();
  return c;
}

Json client_care_json(const records::ClientCare& c) {
  return {{"phone", c.phone},
          {"emergency_contact", c.emergency_contact},
          {"financing", c.financing ? Json(std::string(domain::to_string(*c.financing))) : Json()},
          {"indicated_minutes_week", c.indicated_minutes_week ? Json(*c.indicated_minutes_week) : Json()},
          {"care_plan", c.care_plan}};
}

Result<std::int64_t> read_assignment(const Json& body) { return body_integer(body, "caregiver_id", 1, INT64_MAX); }

Result<services::HandAssignment> read_hand_assignment(const Json& body) {
  auto object = body_object(body);
  if (!object) return object.error();
  JsonInput in;
  in.only_known(body, Where{}, {"caregiver_id", "start"});
  services::HandAssignment out;
  if (const Json* v = in.require(body, "caregiver_id", Where{})) out.caregiver_id = in.integer(*v, Where{"caregiver_id", ""}, 1, INT64_MAX);
  if (const Json* v = JsonInput::find(body, "start"); v && !v->is_null()) out.start = read_local_time(in, *v, Where{"start", ""});
  if (!in.ok()) return in.error();
  return out;
}

Result<services::TaskQuery> read_task_query(const Json& query) {
  auto days = read_days_asked(query);
  if (!days) return days.error();
  auto client = query_int(query, "client_id", 1, INT64_MAX);
  if (!client) return client.error();
  auto page = read_page(query, 200);
  if (!page) return page.error();
  services::TaskQuery out{days.value(), std::nullopt, client.value(), page.value()};
  if (auto s = query.find("status"); s != query.end()) {
    out.status = domain::parse_task_status(s->is_string() ? s->get<std::string>() : "");
    if (!out.status) return bad_input("status", "", "must be open, claimed, done or cancelled");
  }
  return out;
}

Json client_json(const records::ClientRecord& c) {
  return {{"id", c.id},   {"organisation_id", c.organisation_id}, {"name", c.name},   {"address", c.address},
          {"postcode", c.postcode}, {"lat", c.lat},               {"lon", c.lon},     {"notes", c.notes}};
}

Json client_list_json(const services::ClientList& clients) {
  Json items = Json::array();
  for (const auto& c : clients.items) items.push_back(client_json(c));
  Json out = {{"items", items}};
  if (clients.next_after) out["next_after"] = *clients.next_after;
  return out;
}

Json arrangement_json(const services::Arrangement& arrangement) {
  const records::ArrangementRecord& a = arrangement.record;
  Json tasks = Json::array();
  for (const auto& c : arrangement.tasks) tasks.push_back(care_task_json(c));
  Json out = {{"id", a.id}, {"client_id", a.client_id}, {"valid_from", format_date(a.valid_from)},
              {"version", a.version}, {"tasks", tasks}};
  out["valid_to"] = a.valid_to ? Json(format_date(*a.valid_to)) : Json();
  return out;
}

Json arrangements_json(const std::vector<services::Arrangement>& arrangements) {
  Json items = Json::array();
  for (const auto& a : arrangements) items.push_back(arrangement_json(a));
  return {{"items", items}};
}

Json arrangement_created_json(const services::ArrangementCreated& created) {
  Json out = arrangement_json(created.arrangement);
  out["tasks_created"] = created.tasks_created;
  return out;
}

Json arrangement_updated_json(const services::ArrangementUpdated& updated) {
  Json out = arrangement_json(updated.arrangement);
  out["tasks_created"] = updated.tasks_created;
  out["conflicts"] = conflicts_json(updated.conflicts);
  return out;
}

Json arrangement_ended_json(const services::ArrangementEnded& ended) {
  Json out = arrangement_json(ended.arrangement);
  out["conflicts"] = conflicts_json(ended.conflicts);
  return out;
}

Json task_json(const records::ClientTask& ct) {
  const records::TaskRecord& t = ct.task;
  return {{"id", t.id},
          {"client_id", t.client_id},
          {"client_name", ct.client_name},
          {"day", format_date(t.day)},
          {"slot", t.slot},
          {"window", {{"start", format_local_time(t.window_start)}, {"end", format_local_time(t.window_end)}}},
          {"duration_minutes", t.duration},
          {"type", t.task_type},
          {"level", t.level},
          {"certificates", certificates_json(t.certificates)},
          {"mode", t.mode},
          {"pay_cents", t.pay_cents},
          {"area", t.area},
          {"status", std::string(domain::to_string(t.status))},
          {"caregiver_id", opt_json(t.caregiver_id)},
          {"urgent", t.urgent},
          {"check_in", optional_time(t.check_in)},
          {"check_out", optional_time(t.check_out)},
          {"care_task_id", t.care_task_id},
          {"lat", t.lat},
          {"lon", t.lon},
          {"outcome", outcome_json(t)},
          {"follow_up_task_id", opt_json(t.follow_up_task_id)},
          {"fixed_start", optional_time(t.fixed_start)}};
}

Json journey_json(const services::Journey& journey) {
  Json steps = Json::array();
  for (const auto& step : journey.steps) {
    const records::TaskRecord& t = step.task;
    steps.push_back({{"task_id", t.id},
                     {"day", format_date(t.day)},
                     {"window", {{"start", format_local_time(t.window_start)}, {"end", format_local_time(t.window_end)}}},
                     {"duration_minutes", t.duration},
                     {"type", t.task_type},
                     {"mode", t.mode},
                     {"status", std::string(domain::to_string(t.status))},
                     {"urgent", t.urgent},
                     {"outcome", outcome_json(t)},
                     {"caregiver", step.caregiver ? Json(*step.caregiver) : Json()},
                     {"check_in", optional_time(t.check_in)},
                     {"check_out", optional_time(t.check_out)},
                     {"follow_up_task_id", opt_json(t.follow_up_task_id)},
                     {"stands_in_for", step.stands_in_for}});
  }
  return {{"client_id", journey.client_id},
          {"from", format_date(journey.days.first)},
          {"to", format_date(journey.days.last)},
          {"steps", std::move(steps)}};
}

Json task_list_json(const services::TaskList& tasks) {
  Json items = Json::array();
  for (const auto& t : tasks.items) items.push_back(organisation_task_json(t, tasks.starts));
  Json out = {{"items", items}};
  if (tasks.next_after) out["next_after"] = *tasks.next_after;
  return out;
}

Json task_detail_json(const services::TaskDetail& task) { return organisation_task_json(task.task, task.starts); }

Json board_json(const services::Board& board) {
  Json days = Json::array();
  for (const auto& d : board.days) {
    days.push_back({{"day", format_date(d.day)}, {"open", d.open}, {"claimed", d.claimed}, {"done", d.done},
                    {"at_risk", d.at_risk}, {"missed", d.missed}});
  }
  Json at_risk = Json::array();
  for (const auto& t : board.at_risk) at_risk.push_back(task_json(t));
  return {{"from", format_date(board.range.first)}, {"to", format_date(board.range.last)}, {"days", days},
          {"at_risk", at_risk}};
}


Result<services::NewClientMessage> read_client_message(const Json& body) {
  auto object = body_object(body);
  if (!object) return object.error();
  JsonInput in;
  in.only_known(body, Where{}, {"text"});
  services::NewClientMessage m;
  if (const Json* v = in.require(body, "text", Where{})) m.text = in.string(*v, Where{"text", ""});
  if (!in.ok()) return in.error();
  return m;
}

Json client_message_json(const records::ClientMessage& m) {
  return {{"id", m.id},
          {"author", m.author_name},
          {"from_family", m.from_family},
          {"text", m.body},
          {"at", format_local_time(m.created_at)},
          {"read_at", optional_time(m.read_at)}};
}

Json client_message_thread_json(const services::ClientMessageThread& thread) {
  Json messages = Json::array();
  for (const auto& m : thread.messages) messages.push_back(client_message_json(m));
  return {{"client_id", thread.client_id}, {"client_name", thread.client_name}, {"messages", std::move(messages)}};
}

}  // namespace carecrowd::http
