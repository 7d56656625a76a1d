// BillableVisits: what invoices are made of, read from the task table (store migration 0001) with
// the one rule of what is billable: a task that is done, has a check-in and a check-out not before
// it, on a day (the task's day) in the range. Nothing else is billed: a claimed task never checked
// out is not. How lines add up to totals and how they are shown is services/Invoices' business.
//
// Thread safety: functions over the caller's transaction; no state.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "domain/CivilTime.h"
#include "store/Database.h"

namespace carecrowd::records {

// One billable task of a caregiver, with the organisation it was done for.
struct BillableVisit {
  std::int64_t organisation_id = 0;
  std::string organisation_name;
  std::int64_t task_id = 0;
  DayNumber day = 0;
  std::string task_type;
  std::string area;  // the postcode's four digits, never the address
  LocalMinute check_in = 0, check_out = 0;
  std::int64_t pay_cents = 0;
};
// A caregiver's billable tasks of days first..last, by organisation name (then id), then check-in
// (then task id): the order of an invoice's lines.
std::vector<BillableVisit> billable_visits_of_caregiver(store::Transaction& tx, std::int64_t caregiver_id,
                                                        DayNumber first, DayNumber last);

// One caregiver's billable tasks for an organisation, summed.
struct BillableSums {
  std::int64_t caregiver_id = 0;
  std::string name;
  std::string kind;  // as stored: the caregiver's kind
  std::int64_t tasks = 0;
  std::int64_t minutes = 0;  // check-out minus check-in, summed
  std::int64_t pay_cents = 0;
};
// Per caregiver who did billable tasks for the organisation on days first..last, by name (then id).
std::vector<BillableSums> billable_sums_by_caregiver(store::Transaction& tx, std::int64_t organisation_id,
                                                     DayNumber first, DayNumber last);

// The name an invoice is made out to; nullopt when there is no such caregiver.
std::optional<std::string> invoiced_caregiver_name(store::Transaction& tx, std::int64_t caregiver_id);

}  // namespace carecrowd::records
