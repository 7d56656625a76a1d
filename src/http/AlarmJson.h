// AlarmJson: the requests and answers of alarms, a client's monitoring devices and access
// instructions, and the alarm policy as JSON, at the http edge. Readers check a body's shape
// (types, required and unknown fields, the names of kinds, priorities and steps, local times) with
// errors that name the field (io/JsonInput.h); the values' rules are the services'
// (services/Alarms.h, services/Monitoring.h, services/AlarmPolicies.h). Renderers turn the typed
// results into the JSON documented in docs/api.md ("Alarms") and docs/openapi.json.
//
// Thread safety: pure functions.
#pragma once

#include <vector>

#include <nlohmann/json.hpp>

#include "core/Error.h"
#include "dispatch/TriagePolicy.h"
#include "services/AlarmCentreKeys.h"
#include "services/Alarms.h"
#include "services/InformalContacts.h"
#include "services/Monitoring.h"
#include "services/LastKnownPosition.h"
#include "services/OnCall.h"

namespace carecrowd::http {

// POST /v1/alarms: client_id and/or device_id, kind, priority, observed_at (YYYY-MM-DDTHH:MM),
// observations (optional: an object of numbers), source_id.
Result<services::AlarmInput> read_alarm_input(const nlohmann::json& body);
// POST /v1/alarms/{id}/resolve and /dispatch: reason, outcome (optional: a dispatch/AlarmOutcome.h code).
Result<services::AlarmNote> read_alarm_note(const nlohmann::json& body);
// GET /v1/alarms: open (true|false, default true).
Result<bool> read_alarm_list_query(const nlohmann::json& query);
// POST /v1/clients/{id}/devices: kind, label.
Result<services::DeviceInput> read_device_input(const nlohmann::json& body);
// PUT /v1/clients/{id}/access: instructions.
Result<services::AccessInstructions> read_access_instructions(const nlohmann::json& body);
// PUT /v1/clients/{id}/alarm-steps: first_step: {kind: {priority: step}}, the client's own steps.
Result<std::vector<dispatch::FirstStepOverride>> read_client_alarm_steps(const nlohmann::json& body);
// POST /v1/organisations/{id}/alarm-keys: label.
Result<services::AlarmCentreKeyInput> read_alarm_centre_key_input(const nlohmann::json& body);
// PUT /v1/alarm-policy: every number of the policy, and first_step: {kind: {priority: step}} for the
// pairs to change from the default.
Result<dispatch::TriagePolicy> read_alarm_policy(const nlohmann::json& body);

// POST /v1/organisations/{id}/on-call: caregiver_id or coordinator_id, starts_at, ends_at (local
// times YYYY-MM-DDTHH:MM).
Result<services::OnCallInput> read_on_call_input(const nlohmann::json& body);
// GET /v1/organisations/{id}/on-call: from, to (local times, optional).
Result<services::OnCallQuery> read_on_call_query(const nlohmann::json& query);

// POST /v1/my/position: lat, lon.
Result<services::PositionInput> read_position_input(const nlohmann::json& body);

nlohmann::json alarm_json(const services::AlarmView& view);
nlohmann::json alarm_list_json(const std::vector<services::AlarmView>& views);
nlohmann::json family_alarms_json(const std::vector<services::FamilyAlarmView>& alarms);
nlohmann::json device_json(const records::DeviceRecord& device);
nlohmann::json devices_json(const std::vector<records::DeviceRecord>& devices);
nlohmann::json access_instructions_json(const services::AccessInstructions& access);
nlohmann::json alarm_policy_json(const dispatch::TriagePolicy& policy);
nlohmann::json client_alarm_steps_json(const std::vector<dispatch::FirstStepOverride>& steps);
nlohmann::json alarm_centre_key_json(const services::AlarmCentreKey& key);
// PUT /v1/clients/{id}/informal-contacts: contacts (account ids), in the order they are asked.
Result<std::vector<std::int64_t>> read_informal_contacts(const nlohmann::json& body);
nlohmann::json informal_contacts_json(const services::InformalContacts& contacts);
nlohmann::json key_revoked_json(const Done& done);
nlohmann::json on_call_shift_json(const records::OnCallShift& shift);
nlohmann::json on_call_shifts_json(const std::vector<records::OnCallShift>& shifts);
nlohmann::json on_call_cancelled_json(const Done& done);
nlohmann::json position_reported_json(const services::PositionReported& reported);
nlohmann::json position_forgotten_json(const Done& done);

}  // namespace carecrowd::http
