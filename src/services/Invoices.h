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
// Thread safety: stateless functions; each runs in one read transaction.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

#include "core/Error.h"
#include "services/Platform.h"
#include "services/Principal.h"

namespace carecrowd::services {

// A caregiver's invoice for a month ("YYYY-MM"):
// {caregiver_id, caregiver_name, month, from, to,
//  organisations: [{organisation_id, organisation_name, tasks, minutes, hours, amount_cents,
//                   lines: [{task_id, date, type, area, check_in, check_out, minutes, amount_cents,
//                            hourly_equivalent_cents}]}],
//  totals: {tasks, minutes, hours, amount_cents}}
Result<nlohmann::json> caregiver_invoice(const Platform& platform, const Principal& who, std::int64_t caregiver_id,
                                         std::string_view month);

// An organisation's month per caregiver:
// {organisation_id, organisation_name, month, from, to,
//  caregivers: [{caregiver_id, name, kind, tasks, minutes, hours, amount_cents}],
//  totals: {tasks, minutes, hours, amount_cents}}
Result<nlohmann::json> organisation_invoices(const Platform& platform, const Principal& who,
                                             std::int64_t organisation_id, std::string_view month);

// CSV renderings (RFC 4180, header row first, CRLF line ends): one row per invoice line, or per
// caregiver. Totals are not rows, so every row is data a spreadsheet can sum. A cell that a
// spreadsheet would run as a formula (starting with = + - @) is prefixed with an apostrophe.
std::string caregiver_invoice_csv(const nlohmann::json& invoice);
std::string organisation_invoices_csv(const nlohmann::json& invoices);

}  // namespace carecrowd::services
