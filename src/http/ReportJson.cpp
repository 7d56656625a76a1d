#include "http/ReportJson.h"

#include <cmath>

#include "http/CsvRows.h"
#include "http/MarketJson.h"

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

Json day_json(const services::KpiDay& d) {
  const services::KpiFigures& f = d.figures;
  return {{"day", format_date(d.day)},
          {"due", f.due},
          {"covered", f.covered},
          {"coverage", coverage(f)},
          {"check_ins", f.check_ins},
          {"in_window", f.in_window},
          {"punctuality", punctuality(f)},
          {"done", f.done},
          {"care_minutes", f.care_minutes},
          {"travel_minutes", travel_minutes(f)},
          {"travel_share", travel_share(f)},
          {"pay_cents", f.pay_cents}};
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
  out["repairs"] = repairs_json(kpis.repairs);
  out["days"] = std::move(days);
  return out;
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
  std::string csv = csv_row({"day", "due", "covered", "coverage", "check_ins", "in_window", "punctuality", "done",
                             "care_minutes", "travel_minutes", "travel_share", "pay_cents", "cents_per_care_hour",
                             "mean_caregivers_per_client", "released", "retaken_in_time", "retaken_late", "missed"});
  // Live repair's columns, per day and summed (repair_cells).
  const auto repair_cells = [](const services::RepairFigures& r) {
    return std::vector<Json>{r.released, r.retaken_in_time, r.retaken_late, r.missed};
  };
  services::RepairFigures repaired;
  for (std::size_t i = 0; i < kpis.per_day.size(); ++i) {
    const services::KpiDay& d = kpis.per_day[i];
    const services::KpiFigures& f = d.figures;
    const services::RepairFigures& r = kpis.repairs.per_day.at(i);
    repaired += r;
    csv += csv_row({format_date(d.day), f.due, f.covered, coverage(f), f.check_ins, f.in_window, punctuality(f), f.done,
                    f.care_minutes, travel_minutes(f), travel_share(f), f.pay_cents, per_care_hour(f), nullptr},
                   repair_cells(r));
  }
  const services::KpiFigures& t = kpis.total;
  csv += csv_row({"total", t.due, t.covered, coverage(t), t.check_ins, t.in_window, punctuality(t), nullptr,
                  t.care_minutes, travel_minutes(t), travel_share(t), t.pay_cents, cents_per_care_hour(t),
                  mean_caregivers_per_client(kpis)},
                 repair_cells(repaired));
  return csv;
}

}  // namespace carecrowd::http
