#include "services/Invoices.h"

#include <cmath>
#include <map>

#include "records/BillableVisits.h"
#include "records/OrganisationRecord.h"
#include "services/CsvRows.h"
#include "services/Input.h"

namespace carecrowd::services {
namespace {

struct Month {
  std::string text;  // "YYYY-MM"
  DayNumber first = 0;
  DayNumber last = 0;
};

Result<Month> parse_month(std::string_view text) {
  const Error wrong = bad_input("month", std::string(text), "must be a month as YYYY-MM");
  if (text.size() != 7 || text[4] != '-') return wrong;
  auto first = parse_date(std::string(text) + "-01", "month");
  if (!first) return wrong;
  const CivilDate date = civil_date(first.value());
  return Month{std::string(text), first.value(), day_number({date.year, date.month, days_in_month(date.year, date.month)})};
}

double hours_of(std::int64_t minutes) { return std::round(static_cast<double>(minutes) / 60.0 * 100.0) / 100.0; }

struct Sums {
  std::int64_t tasks = 0;
  std::int64_t minutes = 0;
  std::int64_t amount_cents = 0;

  void add(std::int64_t task_minutes, std::int64_t cents) {
    ++tasks;
    minutes += task_minutes;
    amount_cents += cents;
  }
  void write(Json& out) const {
    out["tasks"] = tasks;
    out["minutes"] = minutes;
    out["hours"] = hours_of(minutes);
    out["amount_cents"] = amount_cents;
  }
};

}  // namespace

Result<Json> caregiver_invoice(const Platform& platform, const Principal& who, std::int64_t caregiver_id,
                               std::string_view month_text) {
  if (who.role != Role::caregiver || !who.caregiver_id) return forbidden("only a caregiver may read their invoices");
  // Another caregiver's invoice answers as if the caregiver did not exist.
  if (*who.caregiver_id != caregiver_id) {
    return not_found("caregiver_id", std::to_string(caregiver_id), "no such caregiver");
  }
  auto month = parse_month(month_text);
  if (!month) return month.error();
  const Month& m = month.value();
  return platform.db().read([&](store::Transaction& tx) -> Result<Json> {
    const auto caregiver_name = records::invoiced_caregiver_name(tx, caregiver_id);
    if (!caregiver_name) return not_found("caregiver_id", std::to_string(caregiver_id), "no such caregiver");
    Json organisations = Json::array();
    Sums totals;
    std::optional<std::int64_t> current;
    Sums sums;
    Json lines = Json::array();
    std::string name;
    auto close = [&] {
      if (!current) return;
      Json org = {{"organisation_id", *current}, {"organisation_name", name}};
      sums.write(org);
      org["lines"] = std::move(lines);
      organisations.push_back(std::move(org));
      lines = Json::array();
      sums = Sums{};
    };
    for (const auto& v : records::billable_visits_of_caregiver(tx, caregiver_id, m.first, m.last)) {
      if (!current || *current != v.organisation_id) {
        close();
        current = v.organisation_id;
        name = v.organisation_name;
      }
      const std::int64_t minutes = v.check_out - v.check_in;
      const std::int64_t cents = v.pay_cents;
      Json line = {{"task_id", v.task_id},
                   {"date", format_date(v.day)},
                   {"type", v.task_type},
                   {"area", v.area},
                   {"check_in", format_local_time(v.check_in)},
                   {"check_out", format_local_time(v.check_out)},
                   {"minutes", minutes},
                   {"amount_cents", cents}};
      line["hourly_equivalent_cents"] = minutes > 0 ? Json((cents * 60 + minutes / 2) / minutes) : Json();
      lines.push_back(std::move(line));
      sums.add(minutes, cents);
      totals.add(minutes, cents);
    }
    close();
    Json out = {{"caregiver_id", caregiver_id},  {"caregiver_name", *caregiver_name},
                {"month", m.text},               {"from", format_date(m.first)},
                {"to", format_date(m.last)},     {"organisations", organisations}};
    Json total_json = Json::object();
    totals.write(total_json);
    out["totals"] = total_json;
    return out;
  });
}

Result<Json> organisation_invoices(const Platform& platform, const Principal& who, std::int64_t organisation_id,
                                   std::string_view month_text) {
  if (who.role != Role::org_admin) return forbidden("only an organisation admin may read its invoices");
  if (!who.in_organisation(organisation_id)) {
    return not_found("organisation_id", std::to_string(organisation_id), "no such organisation of yours");
  }
  auto month = parse_month(month_text);
  if (!month) return month.error();
  const Month& m = month.value();
  return platform.db().read([&](store::Transaction& tx) -> Result<Json> {
    const auto organisation_name = records::organisation_name(tx, organisation_id);
    if (!organisation_name) {
      return not_found("organisation_id", std::to_string(organisation_id), "no such organisation of yours");
    }
    Json caregivers = Json::array();
    Sums totals;
    for (const auto& b : records::billable_sums_by_caregiver(tx, organisation_id, m.first, m.last)) {
      Json c = {{"caregiver_id", b.caregiver_id}, {"name", b.name}, {"kind", b.kind}};
      Sums sums{b.tasks, b.minutes, b.pay_cents};
      sums.write(c);
      caregivers.push_back(std::move(c));
      totals.tasks += sums.tasks;
      totals.minutes += sums.minutes;
      totals.amount_cents += sums.amount_cents;
    }
    Json out = {{"organisation_id", organisation_id},
                {"organisation_name", *organisation_name},
                {"month", m.text},
                {"from", format_date(m.first)},
                {"to", format_date(m.last)},
                {"caregivers", caregivers}};
    Json total_json = Json::object();
    totals.write(total_json);
    out["totals"] = total_json;
    return out;
  });
}

std::string caregiver_invoice_csv(const Json& invoice) {
  std::string csv = csv_row({"organisation", "date", "task_id", "type", "area", "check_in", "check_out", "minutes",
                             "amount_cents", "hourly_equivalent_cents"});
  for (const auto& org : invoice.at("organisations")) {
    for (const auto& line : org.at("lines")) {
      csv += csv_row({org.at("organisation_name"), line.at("date"), line.at("task_id"), line.at("type"), line.at("area"),
                      line.at("check_in"), line.at("check_out"), line.at("minutes"), line.at("amount_cents"),
                      line.at("hourly_equivalent_cents")});
    }
  }
  return csv;
}

std::string organisation_invoices_csv(const Json& invoices) {
  std::string csv = csv_row({"organisation", "caregiver_id", "caregiver", "kind", "tasks", "minutes", "hours",
                             "amount_cents"});
  for (const auto& c : invoices.at("caregivers")) {
    csv += csv_row({invoices.at("organisation_name"), c.at("caregiver_id"), c.at("name"), c.at("kind"), c.at("tasks"),
                    c.at("minutes"), c.at("hours"), c.at("amount_cents")});
  }
  return csv;
}

}  // namespace carecrowd::services
