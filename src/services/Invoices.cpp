#include "services/Invoices.h"

#include "records/BillableVisits.h"
#include "records/OrganisationRecord.h"

namespace carecrowd::services {
namespace {

Result<InvoiceMonth> parse_month(std::string_view text) {
  const Error wrong = bad_input("month", std::string(text), "must be a month as YYYY-MM");
  if (text.size() != 7 || text[4] != '-') return wrong;
  auto first = parse_date(std::string(text) + "-01", "month");
  if (!first) return wrong;
  const CivilDate date = civil_date(first.value());
  return InvoiceMonth{std::string(text),
                      {first.value(), day_number({date.year, date.month, days_in_month(date.year, date.month)})}};
}

}  // namespace

void InvoiceSums::add(std::int64_t task_minutes, std::int64_t cents) {
  ++tasks;
  minutes += task_minutes;
  amount_cents += cents;
}

InvoiceSums& InvoiceSums::operator+=(const InvoiceSums& other) {
  tasks += other.tasks;
  minutes += other.minutes;
  amount_cents += other.amount_cents;
  return *this;
}

Result<CaregiverInvoice> caregiver_invoice(const Platform& platform, const Principal& who, std::int64_t caregiver_id,
                                           std::string_view month_text) {
  if (who.role != Role::caregiver || !who.caregiver_id) return forbidden("only a caregiver may read their invoices");
  // Another caregiver's invoice answers as if the caregiver did not exist.
  if (*who.caregiver_id != caregiver_id) {
    return not_found("caregiver_id", std::to_string(caregiver_id), "no such caregiver");
  }
  auto month = parse_month(month_text);
  if (!month) return month.error();
  const DayRange& days = month.value().days;
  return platform.db().read([&](store::Transaction& tx) -> Result<CaregiverInvoice> {
    const auto caregiver_name = records::invoiced_caregiver_name(tx, caregiver_id);
    if (!caregiver_name) return not_found("caregiver_id", std::to_string(caregiver_id), "no such caregiver");
    CaregiverInvoice out{caregiver_id, *caregiver_name, month.value(), {}, {}};
    for (auto& v : records::billable_visits_of_caregiver(tx, caregiver_id, days.first, days.last)) {
      // The visits come by organisation: a new one opens its part of the invoice.
      if (out.organisations.empty() || out.organisations.back().organisation_id != v.organisation_id) {
        out.organisations.push_back({v.organisation_id, v.organisation_name, {}, {}});
      }
      InvoiceOrganisation& org = out.organisations.back();
      const std::int64_t minutes = v.check_out - v.check_in;
      const std::int64_t cents = v.pay_cents;
      std::optional<std::int64_t> hourly;
      if (minutes > 0) hourly = (cents * 60 + minutes / 2) / minutes;
      org.lines.push_back({std::move(v), minutes, hourly});
      org.sums.add(minutes, cents);
      out.totals.add(minutes, cents);
    }
    return out;
  });
}

Result<OrganisationInvoices> organisation_invoices(const Platform& platform, const Principal& who,
                                                   std::int64_t organisation_id, std::string_view month_text) {
  if (who.role != Role::org_admin) return forbidden("only an organisation admin may read its invoices");
  if (!who.in_organisation(organisation_id)) {
    return not_found("organisation_id", std::to_string(organisation_id), "no such organisation of yours");
  }
  auto month = parse_month(month_text);
  if (!month) return month.error();
  const DayRange& days = month.value().days;
  return platform.db().read([&](store::Transaction& tx) -> Result<OrganisationInvoices> {
    const auto organisation_name = records::organisation_name(tx, organisation_id);
    if (!organisation_name) {
      return not_found("organisation_id", std::to_string(organisation_id), "no such organisation of yours");
    }
    OrganisationInvoices out{organisation_id, *organisation_name, month.value(), {}, {}};
    out.caregivers = records::billable_sums_by_caregiver(tx, organisation_id, days.first, days.last);
    for (const auto& b : out.caregivers) out.totals += InvoiceSums{b.tasks, b.minutes, b.pay_cents};
    return out;
  });
}

}  // namespace carecrowd::services
