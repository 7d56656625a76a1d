// Invoices: the administration of the work done, from the tasks themselves, so that a freelancer
// (zzp'er) needs no paperwork of their own and an organisation sees what it owes.
//
// What counts: a task that is done and has both a check-in and a check-out, on a day (the task's
// day) in the month. Nothing else: a claimed task that was never checked out is not billable.
//  - minutes: check-out minus check-in (the time actually worked);
//  - amount: the task's pay_cents, the fixed pay for the task as the organisation offered it;
//  - hourly equivalent: amount * 60 / minutes worked, rounded to whole cents (null for a task
//    checked out the minute it was checked in), so a caregiver sees what a task paid per hour.
// Totals are sums of the lines, per organisation and overall; hours are minutes / 60 with two
// decimals, for display only (sums are kept in minutes and cents, so they add up exactly).
//
// Who may read: a caregiver their own invoice (another caregiver's id answers 404, so ids cannot be
// probed); an organisation admin their organisation's totals per caregiver (another organisation
// answers 404). Invoice lines carry the task's area (the postcode's four digits), never a client's
// name or address, so they are not client data and are not written to the access log.
//
// Results are typed; the http edge renders them as JSON or CSV (http/ReportJson.h).
//
// Thread safety: stateless functions; each runs in one read transaction.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/Error.h"
#include "records/BillableVisits.h"
#include "services/DayRange.h"
#include "services/Platform.h"
#include "services/Principal.h"

namespace carecrowd::services {

// Tasks, minutes worked and amount, summed.
struct InvoiceSums {
  std::int64_t tasks = 0;
  std::int64_t minutes = 0;
  std::int64_t amount_cents = 0;

  void add(std::int64_t task_minutes, std::int64_t cents);
  InvoiceSums& operator+=(const InvoiceSums& other);
};

// A month as asked for ("YYYY-MM") and its days.
struct InvoiceMonth {
  std::string text;
  DayRange days;
};

// One billable task of an invoice.
struct InvoiceLine {
  records::BillableVisit visit;
  std::int64_t minutes = 0;                               // check-out minus check-in
  std::optional<std::int64_t> hourly_equivalent_cents;    // none when no minute was worked
};

struct InvoiceOrganisation {
  std::int64_t organisation_id = 0;
  std::string organisation_name;
  InvoiceSums sums;
  std::vector<InvoiceLine> lines;  // by day
};

// A caregiver's invoice for a month, per organisation.
struct CaregiverInvoice {
  std::int64_t caregiver_id = 0;
  std::string caregiver_name;
  InvoiceMonth month;
  std::vector<InvoiceOrganisation> organisations;
  InvoiceSums totals;
};

// An organisation's month per caregiver.
struct OrganisationInvoices {
  std::int64_t organisation_id = 0;
  std::string organisation_name;
  InvoiceMonth month;
  std::vector<records::BillableSums> caregivers;
  InvoiceSums totals;
};

// `month` as "YYYY-MM"; bad_input naming "month" otherwise.
Result<CaregiverInvoice> caregiver_invoice(const Platform& platform, const Principal& who, std::int64_t caregiver_id,
                                           std::string_view month);
Result<OrganisationInvoices> organisation_invoices(const Platform& platform, const Principal& who,
                                                   std::int64_t organisation_id, std::string_view month);

}  // namespace carecrowd::services
