#include "http/ReportJson.h"

#include <array>
#include <cmath>
#include <cstdint>
#include <string>
#include <utility>
#include <vector>

#include "http/CsvRows.h"
#include "http/MarketJson.h"
#include "http/RequestInput.h"
#include "io/JsonInput.h"

namespace carecrowd::http {
namespace {

using Json = nlohmann::json;

double hours_of(std::int64_t minutes) { return std::round(static_cast<double>(minutes) / 60.0 * 100.0) / 100.0; }

void write_sums(Json& out, const services::InvoiceSums& sums) {
  out["tasks"] = sums.tasks;
  out["minutes"] = sums.minutes;
  out["hours"] = hours_of(sums.minutes);
  out["amount_cents"] = sums.amount_cents;
}

Json sums_json(const services::InvoiceSums& sums) {
  Json out = Json::object();
  write_sums(out, sums);
  return out;
}

Json optional_json(const std::optional<std::int64_t>& value) { return value ? Json(*value) : Json(); }

// A share rounded to four decimals, or null when there is nothing to share.
Json ratio(double part, double whole) {
  if (whole <= 0) return Json();
  return std::round(part / whole * 10000.0) / 10000.0;
}

double travel_minutes(const services::KpiFigures& f) {
  return std::round(static_cast<double>(f.travel_seconds) / 6.0) / 10.0;
}

Json coverage(const services::KpiFigures& f) {
  return ratio(static_cast<double>(f.covered), static_cast<double>(f.due));
}
Json punctuality(const services::KpiFigures& f) {
  return ratio(static_cast<double>(f.in_window), static_cast<double>(f.check_ins));
}
Json travel_share(const services::KpiFigures& f) {
  const double travel = static_cast<double>(f.travel_seconds) / 60.0;
  return ratio(travel, travel + static_cast<double>(f.care_minutes));
}
Json mean_caregivers_per_client(const services::Kpis& kpis) {
  return ratio(static_cast<double>(kpis.client_caregivers), static_cast<double>(kpis.clients));
}
// Over the range, as care hours; a day's CSV row divides by its minutes (see kpis_csv).
Json cents_per_care_hour(const services::KpiFigures& f) {
  const double care_hours = static_cast<double>(f.care_minutes) / 60.0;
  return care_hours > 0 ? Json(std::llround(static_cast<double>(f.pay_cents) / care_hours)) : Json();
}

// The alarm figures' columns and values, in one order for JSON keys and CSV headers alike.
const std::array<std::pair<const char*, services::ResponseTimes services::AlarmFigures::*>, 3> kAlarmTimes{{
    {"first_contact", &services::AlarmFigures::first_contact},
    {"acceptance", &services::AlarmFigures::acceptance},
    {"arrival", &services::AlarmFigures::arrival},
}};

std::string percentile_key(int p) { return "p" + std::to_string(p); }
std::string within_key(int limit) { return "share_within_" + std::to_string(limit); }

Json optional_minutes(const std::optional<std::int64_t>& v) { return v ? Json(*v) : Json(); }

Json remote_share(const services::AlarmFigures& a) {
  return ratio(static_cast<double>(a.resolved_remotely), static_cast<double>(a.resolved));
}

Json times_json(const services::ResponseTimes& t) {
  Json out = {{"alarms", t.count()}};
  for (const int p : services::kAlarmPercentiles) out[percentile_key(p)] = optional_minutes(t.percentile(p));
  for (const int limit : services::kAlarmResponseLimits) {
    out[within_key(limit)] = ratio(static_cast<double>(t.within(limit)), static_cast<double>(t.count()));
  }
  return out;
}

Json alarm_figures_json(const services::AlarmFigures& a) {
  Json by_kind = Json::object();
  for (int k = 0; k < domain::kAlarmKinds; ++k) {
    by_kind[std::string(domain::to_string(static_cast<domain::AlarmKind>(k)))] = a.by_kind[static_cast<std::size_t>(k)];
  }
  Json out = {{"received", a.received},
              {"by_kind", by_kind},
              {"resolved", a.resolved},
              {"resolved_remotely", a.resolved_remotely},
              {"remote_share", remote_share(a)},
              {"escalated_to_coordinator", a.escalated_to_coordinator},
              {"advised_112", a.advised_112}};
  for (const auto& [name, member] : kAlarmTimes) out[name] = times_json(a.*member);
  return out;
}

std::vector<std::string> alarm_csv_header() {
  std::vector<std::string> header{"alarms"};
  for (int k = 0; k < domain::kAlarmKinds; ++k) {
    header.push_back("alarms_" + std::string(domain::to_string(static_cast<domain::AlarmKind>(k))));
  }
  for (const char* name : {"alarms_resolved", "alarms_resolved_remotely", "alarms_remote_share",
                           "alarms_escalated_to_coordinator", "alarms_advised_112"}) {
    header.emplace_back(name);
  }
  for (const auto& [name, member] : kAlarmTimes) {
    for (const int p : services::kAlarmPercentiles) header.push_back(std::string(name) + "_" + percentile_key(p));
    for (const int limit : services::kAlarmResponseLimits) header.push_back(std::string(name) + "_" + within_key(limit));
  }
  return header;
}

std::vector<Json> alarm_csv_cells(const services::AlarmFigures& a) {
  std::vector<Json> cells{a.received};
  for (const auto n : a.by_kind) cells.emplace_back(n);
  for (const Json& v : {Json(a.resolved), Json(a.resolved_remotely), remote_share(a), Json(a.escalated_to_coordinator),
                        Json(a.advised_112)}) {
    cells.push_back(v);
  }
  for (const auto& [name, member] : kAlarmTimes) {
    const Json times = times_json(a.*member);
    for (const int p : services::kAlarmPercentiles) cells.push_back(times[percentile_key(p)]);
    for (const int limit : services::kAlarmResponseLimits) cells.push_back(times[within_key(limit)]);
  }
  return cells;
}

// The visit figures a day and a split both show: sums and the rates over them.
Json visit_figures_json(const services::KpiFigures& f) {
  return {{"due", f.due},           {"covered", f.covered},   {"coverage", coverage(f)},
          {"check_ins", f.check_ins}, {"in_window", f.in_window}, {"punctuality", punctuality(f)},
          {"done", f.done},         {"care_minutes", f.care_minutes}, {"pay_cents", f.pay_cents}};
}

Json day_json(const services::KpiDay& d) {
  const services::KpiFigures& f = d.figures;
  Json out = visit_figures_json(f);
  out["day"] = format_date(d.day);
  out["travel_minutes"] = travel_minutes(f);
  out["travel_share"] = travel_share(f);
  out["alarms"] = f.alarms.received;
  out["alarms_resolved_remotely"] = f.alarms.resolved_remotely;
  out["alarm_arrival_p90"] = optional_minutes(f.alarms.arrival.percentile(90));
  return out;
}

Json repair_json(const services::RepairFigures& f) {
  return {{"released", f.released},
          {"retaken_in_time", f.retaken_in_time},
          {"retaken_late", f.retaken_late},
          {"missed", f.missed},
          {"open", f.open}};
}

// Live repair's figures: per cause over the range, and the sums.
Json repairs_json(const services::Repairs& repairs) {
  Json by_cause = Json::object();
  services::RepairFigures total;
  for (const auto& c : repairs.by_cause) {
    by_cause[std::string(domain::to_string(c.cause))] = repair_json(c.figures);
    total += c.figures;
  }
  Json out = repair_json(total);
  out["by_cause"] = std::move(by_cause);
  return out;
}

// A split's sums and rates (services/Kpis.h "splits"); the cost per care hour over its hours.
Json split_json(const services::KpiFigures& f) {
  Json out = visit_figures_json(f);
  out["cents_per_care_hour"] = cents_per_care_hour(f);
  return out;
}

}  // namespace

Json caregiver_invoice_json(const services::CaregiverInvoice& invoice) {
  Json organisations = Json::array();
  for (const auto& org : invoice.organisations) {
    Json lines = Json::array();
    for (const auto& line : org.lines) {
      const records::BillableVisit& v = line.visit;
      lines.push_back({{"task_id", v.task_id},
                       {"date", format_date(v.day)},
                       {"type", v.task_type},
                       {"area", v.area},
                       {"check_in", format_local_time(v.check_in)},
                       {"check_out", format_local_time(v.check_out)},
                       {"minutes", line.minutes},
                       {"amount_cents", v.pay_cents},
                       {"hourly_equivalent_cents", optional_json(line.hourly_equivalent_cents)}});
    }
    Json out = {{"organisation_id", org.organisation_id}, {"organisation_name", org.organisation_name}};
    write_sums(out, org.sums);
    out["lines"] = std::move(lines);
    organisations.push_back(std::move(out));
  }
  return {{"caregiver_id", invoice.caregiver_id},
          {"caregiver_name", invoice.caregiver_name},
          {"month", invoice.month.text},
          {"from", format_date(invoice.month.days.first)},
          {"to", format_date(invoice.month.days.last)},
          {"organisations", organisations},
          {"totals", sums_json(invoice.totals)}};
}

Json organisation_invoices_json(const services::OrganisationInvoices& invoices) {
  Json caregivers = Json::array();
  for (const auto& b : invoices.caregivers) {
    Json c = {{"caregiver_id", b.caregiver_id}, {"name", b.name}, {"kind", b.kind}};
    write_sums(c, {b.tasks, b.minutes, b.pay_cents});
    caregivers.push_back(std::move(c));
  }
  return {{"organisation_id", invoices.organisation_id},
          {"organisation_name", invoices.organisation_name},
          {"month", invoices.month.text},
          {"from", format_date(invoices.month.days.first)},
          {"to", format_date(invoices.month.days.last)},
          {"caregivers", caregivers},
          {"totals", sums_json(invoices.totals)}};
}

Json kpis_json(const services::Kpis& kpis) {
  const services::KpiFigures& total = kpis.total;
  Json days = Json::array();
  for (const auto& d : kpis.per_day) days.push_back(day_json(d));
  Json distribution = Json::array();
  for (const auto& c : kpis.distribution) distribution.push_back({{"caregivers", c.caregivers}, {"clients", c.clients}});
  Json out = {{"organisation_id", kpis.organisation_id},
              {"from", format_date(kpis.days.first)},
              {"to", format_date(kpis.days.last)},
              {"grace_minutes", kpis.grace_minutes}};
  out["coverage"] = {{"due", total.due}, {"covered", total.covered}, {"rate", coverage(total)}};
  out["punctuality"] = {
      {"check_ins", total.check_ins},
      {"in_window", total.in_window},
      {"rate", punctuality(total)},
      {"mean_minutes_late", total.check_ins > 0 ? Json(std::round(static_cast<double>(total.late_minutes) /
                                                                  static_cast<double>(total.check_ins) * 10.0) /
                                                       10.0)
                                                 : Json()}};
  out["continuity"] = {{"clients", kpis.clients},
                       {"mean_caregivers_per_client", mean_caregivers_per_client(kpis)},
                       {"distribution", distribution}};
  out["travel"] = {{"travel_minutes", travel_minutes(total)},
                   {"care_minutes", total.care_minutes},
                   {"share", travel_share(total)}};
  out["cost"] = {{"pay_cents", total.pay_cents},
                 {"care_hours", hours_of(total.care_minutes)},
                 {"cents_per_care_hour", cents_per_care_hour(total)}};
  out["alarms"] = alarm_figures_json(total.alarms);
  out["repairs"] = repairs_json(kpis.repairs);
  Json kinds = Json::array();
  for (const auto& k : kpis.by_caregiver_kind) {
    Json split = split_json(k.figures);
    split["kind"] = k.kind ? Json(std::string(domain::to_string(*k.kind))) : Json();
    split["travel_minutes"] = travel_minutes(k.figures);
    split["travel_share"] = travel_share(k.figures);
    kinds.push_back(std::move(split));
  }
  out["by_caregiver_kind"] = std::move(kinds);
  Json areas = Json::array();
  for (const auto& a : kpis.by_area) {
    Json split = split_json(a.figures);
    split["area"] = a.area;
    areas.push_back(std::move(split));
  }
  out["by_area"] = std::move(areas);
  out["days"] = std::move(days);
  return out;
}

Json kpi_targets_json(const services::KpiTargets& t) {
  const auto share = [](const std::optional<double>& v) { return v ? Json(*v) : Json(); };
  return {{"coverage", share(t.coverage)},
          {"punctuality", share(t.punctuality)},
          {"travel_share", share(t.travel_share)},
          {"cents_per_care_hour", optional_json(t.cents_per_care_hour)}};
}

Result<services::KpiTargets> read_kpi_targets(const Json& body) {
  auto object = body_object(body);
  if (!object) return object.error();
  JsonInput in;
  in.only_known(body, Where{}, {"coverage", "punctuality", "travel_share", "cents_per_care_hour"});
  services::KpiTargets t;
  // Numbers only here; their ranges are the service's rule.
  for (auto [key, out] : {std::pair{"coverage", &t.coverage}, std::pair{"punctuality", &t.punctuality},
                          std::pair{"travel_share", &t.travel_share}}) {
    if (const Json* v = JsonInput::find(body, key)) *out = in.number(*v, Where{key, ""});
  }
  if (const Json* v = JsonInput::find(body, "cents_per_care_hour")) {
    t.cents_per_care_hour = in.integer(*v, Where{"cents_per_care_hour", ""}, INT64_MIN, INT64_MAX);
  }
  if (!in.ok()) return in.error();
  return t;
}

std::string caregiver_invoice_csv(const services::CaregiverInvoice& invoice) {
  std::string csv = csv_row({"organisation", "date", "task_id", "type", "area", "check_in", "check_out", "minutes",
                             "amount_cents", "hourly_equivalent_cents"});
  for (const auto& org : invoice.organisations) {
    for (const auto& line : org.lines) {
      const records::BillableVisit& v = line.visit;
      csv += csv_row({org.organisation_name, format_date(v.day), v.task_id, v.task_type, v.area,
                      format_local_time(v.check_in), format_local_time(v.check_out), line.minutes, v.pay_cents,
                      optional_json(line.hourly_equivalent_cents)});
    }
  }
  return csv;
}

std::string organisation_invoices_csv(const services::OrganisationInvoices& invoices) {
  std::string csv = csv_row({"organisation", "caregiver_id", "caregiver", "kind", "tasks", "minutes", "hours",
                             "amount_cents"});
  for (const auto& c : invoices.caregivers) {
    csv += csv_row({invoices.organisation_name, c.caregiver_id, c.name, c.kind, c.tasks, c.minutes, hours_of(c.minutes),
                    c.pay_cents});
  }
  return csv;
}

std::string kpis_csv(const services::Kpis& kpis) {
  // A day's cost per care hour from its minutes, as the CSV has always shown it.
  const auto per_care_hour = [](const services::KpiFigures& f) -> Json {
    const double minutes = static_cast<double>(f.care_minutes);
    if (minutes <= 0) return nullptr;
    return std::llround(static_cast<double>(f.pay_cents) * 60.0 / minutes);
  };
  // The repairs' and the alarms' columns follow the visits' on every row.
  const auto row = [](std::vector<Json> cells, const services::RepairFigures& r, const services::AlarmFigures& alarms) {
    for (Json cell : {Json(r.released), Json(r.retaken_in_time), Json(r.retaken_late), Json(r.missed)}) {
      cells.push_back(std::move(cell));
    }
    for (auto& cell : alarm_csv_cells(alarms)) cells.push_back(std::move(cell));
    return csv_row(cells);
  };
  std::vector<Json> header{"day", "due", "covered", "coverage", "check_ins", "in_window", "punctuality", "done",
                           "care_minutes", "travel_minutes", "travel_share", "pay_cents", "cents_per_care_hour",
                           "mean_caregivers_per_client", "released", "retaken_in_time", "retaken_late", "missed"};
  for (auto& name : alarm_csv_header()) header.emplace_back(std::move(name));
  std::string csv = csv_row(header);
  services::RepairFigures repaired;
  for (std::size_t i = 0; i < kpis.per_day.size(); ++i) {
    const services::KpiDay& d = kpis.per_day[i];
    const services::KpiFigures& f = d.figures;
    const services::RepairFigures& r = kpis.repairs.per_day.at(i);
    repaired += r;
    csv += row({format_date(d.day), f.due, f.covered, coverage(f), f.check_ins, f.in_window, punctuality(f), f.done,
                f.care_minutes, travel_minutes(f), travel_share(f), f.pay_cents, per_care_hour(f), nullptr},
               r, f.alarms);
  }
  const services::KpiFigures& t = kpis.total;
  csv += row({"total", t.due, t.covered, coverage(t), t.check_ins, t.in_window, punctuality(t), nullptr, t.care_minutes,
              travel_minutes(t), travel_share(t), t.pay_cents, cents_per_care_hour(t), mean_caregivers_per_client(kpis)},
             repaired, t.alarms);
  return csv;
}

}  // namespace carecrowd::http
