// ReportJson: the reports' answers at the http edge (GET /v1/kpis reads its days as the
// marketplace's lists do: http/MarketJson.h). Invoices (services/Invoices.h)
// and key figures (services/Kpis.h) rendered as the JSON documented in docs/api.md, and as CSV
// for a spreadsheet: RFC 4180, header row first, CRLF line ends (http/CsvRows.h). A CSV of an
// invoice has one row per invoice line, or per caregiver; totals are not rows, so every row is data
// a spreadsheet can sum. The key figures' CSV has one row per day, then a "total" row over the
// range (continuity, a figure over the whole range, only there); the alarms' figures are columns
// after the visits' (services/AlarmFigures.h).
//
// Rounding is shown, not computed with: a rate over nothing is null (an empty CSV cell), rates are
// fractions to four decimals (0.8123), minutes late and travel minutes to a tenth, hours to two
// decimals, cents per care hour to the cent.
//
// Thread safety: pure functions.
#pragma once

#include <string>

#include <nlohmann/json.hpp>

#include "services/Invoices.h"
#include "services/KpiTargets.h"
#include "services/Kpis.h"

namespace carecrowd::http {

// {caregiver_id, caregiver_name, month, from, to,
//  organisations: [{organisation_id, organisation_name, tasks, minutes, hours, amount_cents,
//                   lines: [{task_id, date, type, area, check_in, check_out, minutes, amount_cents,
//                            hourly_equivalent_cents}]}],
//  totals: {tasks, minutes, hours, amount_cents}}
nlohmann::json caregiver_invoice_json(const services::CaregiverInvoice& invoice);
// {organisation_id, organisation_name, month, from, to,
//  caregivers: [{caregiver_id, name, kind, tasks, minutes, hours, amount_cents}],
//  totals: {tasks, minutes, hours, amount_cents}}
nlohmann::json organisation_invoices_json(const services::OrganisationInvoices& invoices);
// {organisation_id, from, to, grace_minutes,
//  coverage: {due, covered, rate}, punctuality: {check_ins, in_window, rate, mean_minutes_late},
//  continuity: {clients, mean_caregivers_per_client, distribution: [{caregivers, clients}]},
//  travel: {travel_minutes, care_minutes, share}, cost: {pay_cents, care_hours, cents_per_care_hour},
//  alarms: {received, by_kind: {fall, ...}, resolved, resolved_remotely, remote_share,
//           escalated_to_coordinator, advised_112,
//           first_contact | acceptance | arrival: {alarms, p50, p90, p95, share_within_15 .. _60}},
//  repairs: {...},
//  by_caregiver_kind: [{kind (null: nobody held them), due, covered, coverage, check_ins, in_window,
//                       punctuality, done, care_minutes, pay_cents, cents_per_care_hour,
//                       travel_minutes, travel_share}],
//  by_area: [{area, due, ... cents_per_care_hour}],
//  days: [{day, due, covered, coverage, check_ins, in_window, punctuality, done, care_minutes,
//          travel_minutes, travel_share, pay_cents, alarms, alarms_resolved_remotely,
//          alarm_arrival_p90}]}
nlohmann::json kpis_json(const services::Kpis& kpis);
// {coverage, punctuality, travel_share, cents_per_care_hour}: each null without a target.
nlohmann::json kpi_targets_json(const services::KpiTargets& targets);
// The same body (PUT /v1/kpi-targets): a member absent or null sets no target; the errors name the
// field (its rules are the service's, services/KpiTargets.h).
Result<services::KpiTargets> read_kpi_targets(const nlohmann::json& body);

std::string caregiver_invoice_csv(const services::CaregiverInvoice& invoice);
std::string organisation_invoices_csv(const services::OrganisationInvoices& invoices);
std::string kpis_csv(const services::Kpis& kpis);

}  // namespace carecrowd::http
