#include "http/MarketJson.h"

#include <cmath>

#include "services/FeedItemJson.h"
#include "http/PlannedStartJson.h"
#include "http/RequestInput.h"
#include "http/TimeJson.h"
#include "services/PlannedStarts.h"

namespace carecrowd::http {
namespace {

using Json = nlohmann::json;

Json window_json(LocalMinute start, LocalMinute end) {
  return {{"start", format_local_time(start)}, {"end", format_local_time(end)}};
}

const char* held_state_name(services::HeldState state) {
  switch (state) {
    case services::HeldState::unverified: return "unverified";
    case services::HeldState::expired: return "expired";
    case services::HeldState::none: break;
  }
  return "none";
}

// Averages are shown to a tenth.
double tenths(double v) { return std::round(v * 10) / 10; }

}  // namespace

Result<services::DaysAsked> read_days_asked(const Json& query) {
  auto from = query_date(query, "from");
  if (!from) return from.error();
  auto to = query_date(query, "to");
  if (!to) return to.error();
  return services::DaysAsked{from.value(), to.value()};
}

Result<services::FeedQuery> read_feed_query(const Json& query) {
  auto days = read_days_asked(query);
  if (!days) return days.error();
  auto page = read_page(query, 50);
  if (!page) return page.error();
  return services::FeedQuery{days.value(), page.value().limit, page.value().after};
}

Result<services::VisitMoment> read_visit_moment(const Json& body) {
  if (body.is_null()) return services::VisitMoment{};
  auto object = body_object(body);
  if (!object) return object.error();
  JsonInput in;
  in.only_known(body, Where{}, {"at", "outcome"});
  services::VisitMoment moment;
  if (const Json* v = JsonInput::find(body, "at")) {
    moment.at = read_local_time(in, *v, Where{"at", ""});
  }
  if (const Json* v = JsonInput::find(body, "outcome")) {
    const std::string name = in.string(*v, Where{"outcome", ""});
    if (!in.ok()) return in.error();
    moment.outcome = domain::parse_step_outcome(name);
    if (!moment.outcome) return bad_input("outcome", "", "must be done, not_reached or out_of_range");
  }
  if (!in.ok()) return in.error();
  return moment;
}

Json feed_json(const services::Feed& feed) {
  Json items = Json::array();
  for (const auto& item : feed.items) items.push_back(services::feed_item_json(item));
  Json out = {{"from", format_date(feed.days.first)}, {"to", format_date(feed.days.last)}, {"items", items},
              {"total", feed.total}};
  if (feed.next_after) out["next_after"] = *feed.next_after;
  return out;
}

Json certificate_prospects_json(const services::CertificateProspects& prospects) {
  Json items = Json::array();
  for (const auto& p : prospects.items) {
    items.push_back({{"code", p.code},
                     {"held", held_state_name(p.held)},
                     {"tasks", p.tasks},
                     {"minutes", p.minutes},
                     {"hours", tenths(static_cast<double>(p.minutes) / 60)},
                     {"pay_cents", p.pay_cents},
                     {"per_week",
                      {{"tasks", tenths(p.tasks_per_week)},
                       {"hours", tenths(p.hours_per_week)},
                       {"pay_cents", p.pay_cents_per_week}}}});
  }
  return {{"from", format_date(prospects.days.first)},
          {"to", format_date(prospects.days.last)},
          {"days", prospects.days.last - prospects.days.first + 1},
          {"radius_metres", prospects.radius_metres},
          {"items", items}};
}

Json held_task_json(const services::HeldTaskView& view) {
  const records::HeldTask& held = view.held;
  const records::TaskRecord& t = held.task;
  Json out = {{"id", t.id},
              {"day", format_date(t.day)},
              {"window", window_json(t.window_start, t.window_end)},
              {"duration_minutes", t.duration},
              {"type", t.task_type},
              {"mode", t.mode},
              {"pay_cents", t.pay_cents},
              {"area", t.area},
              {"status", std::string(domain::to_string(t.status))},
              {"urgent", t.urgent},
              {"double_staffed", held.staff > 1},
              {"check_in", optional_time(t.check_in)},
              {"check_out", optional_time(t.check_out)},
              {"details_visible_from", format_local_time(view.details_visible.from)},
              {"details_visible_until", format_local_time(view.details_visible.until)},
              {"release_until", format_local_time(view.release_until)},
              {"organisation", {{"id", t.organisation_id}, {"name", held.organisation}}}};
  if (view.details) {
    out["client"] = {{"name", held.client_name}, {"address", held.client_address}, {"postcode", held.client_postcode},
                     {"notes", held.client_notes}, {"lat", t.lat},                 {"lon", t.lon}};
  } else {
    out["client"] = nullptr;
  }
  return out;
}

Result<services::AbsenceReport> read_absence_report(const Json& body) {
  auto object = body_object(body);
  if (!object) return object.error();
  JsonInput in;
  in.only_known(body, Where{}, {"cause", "from", "to"});
  services::AbsenceReport report;
  if (const Json* v = in.require(body, "cause", Where{})) {
    const std::string cause = in.string(*v, Where{"cause", ""});
    const auto parsed = domain::parse_release_cause(cause);
    // A no-show is the coordinator's mark on one visit (POST /v1/tasks/{id}/no-show), not a report.
    if (in.ok() && (!parsed || !domain::is_absence(*parsed))) {
      return bad_input("cause", "", "must be \"sick\" or \"absent\"");
    }
    if (parsed) report.cause = *parsed;
  }
  if (const Json* v = JsonInput::find(body, "from")) report.from = read_date(in, *v, Where{"from", ""});
  if (const Json* v = JsonInput::find(body, "to")) report.to = read_date(in, *v, Where{"to", ""});
  if (!in.ok()) return in.error();
  return report;
}

Json absence_json(const services::AbsenceResult& absence) {
  Json released = Json::array();
  for (const auto& t : absence.released) {
    released.push_back({{"task_id", t.id},
                        {"day", format_date(t.day)},
                        {"window", window_json(t.window_start, t.window_end)},
                        {"duration_minutes", t.duration},
                        {"type", t.task_type},
                        {"area", t.area}});
  }
  return {{"caregiver_id", absence.caregiver_id},
          {"cause", std::string(domain::to_string(absence.cause))},
          {"from", format_local_time(absence.from)},
          {"until", format_local_time(absence.until)},
          {"released", std::move(released)}};
}

Json released_json(const services::Released& released) {
  return {{"id", released.task_id}, {"status", std::string(domain::to_string(domain::TaskStatus::open))}, {"urgent", true}};
}

Json my_tasks_json(const services::MyTasks& tasks) {
  Json items = Json::array();
  for (const auto& view : tasks.items) {
    Json item = held_task_json(view);
    set_planned_start(item, view.held.task.id, tasks.starts);
    items.push_back(std::move(item));
  }
  return {{"from", format_date(tasks.days.first)}, {"to", format_date(tasks.days.last)}, {"items", items}};
}

Json client_visits_json(const std::vector<services::ClientVisitView>& visits) {
  Json items = Json::array();
  for (const auto& v : visits) {
    const records::TaskRecord& t = v.task;
    items.push_back({{"id", t.id},
                     {"window", window_json(t.window_start, t.window_end)},
                     {"duration_minutes", t.duration},
                     {"type", t.task_type},
                     {"mode", t.mode},
                     {"digital", t.digital()},
                     {"status", std::string(domain::to_string(t.status))},
                     {"double_staffed", v.staff > 1},
                     {"caregiver", v.caregiver_first_name ? Json(*v.caregiver_first_name) : Json()},
                     {"check_in", optional_time(t.check_in)},
                     {"check_out", optional_time(t.check_out)}});
  }
  return {{"items", items}};
}

}  // namespace carecrowd::http
