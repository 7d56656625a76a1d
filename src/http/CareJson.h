// CareJson: the requests and answers of clients, care arrangements, the organisation's tasks and
// the board as JSON, at the http edge. Readers turn a query or body into the typed input of
// services/Clients.h, services/Arrangements.h and services/TaskBoard.h, checking only its shape
// (types, required and unknown fields, dates and "HH:MM", weekday names), with errors that name the
// field and the reason (http/RequestInput.h, io/JsonInput.h); the values' rules are the services'.
// Renderers turn the typed results into the JSON documented in docs/api.md and docs/openapi.json.
//
// Thread safety: pure functions.
#pragma once

#include <vector>

#include <nlohmann/json.hpp>

#include "core/Error.h"
#include "services/Arrangements.h"
#include "services/ClientMessages.h"
#include "records/ClientCareRecord.h"
#include "services/Clients.h"
#include "services/Journeys.h"
#include "services/TaskBoard.h"

namespace carecrowd::http {

// A client: name, address, postcode, lat, lon, notes (optional).
Result<records::ClientDetails> read_client_details(const nlohmann::json& body);
// GET /v1/clients: q (part of the name), limit (1..500, default 100), after.
Result<services::ClientQuery> read_client_query(const nlohmann::json& query);
// A care arrangement: valid_from, valid_to (optional), tasks: [{key, type, rrule | weekly {days,
// every_weeks}, window {start, end} ("HH:MM"), duration_minutes, level, certificates, mode, staff,
// after, pay_cents}]; "weekly" is read as the RRULE it stands for.
Result<services::ArrangementInput> read_arrangement(const nlohmann::json& body);
// DELETE /v1/arrangements/{id}: last_day (YYYY-MM-DD).
Result<services::ArrangementEnd> read_arrangement_end(const nlohmann::json& query);
// GET /v1/tasks: from, to, status, client_id, limit (1..500, default 200), after.
Result<services::TaskQuery> read_task_query(const nlohmann::json& query);
// {"caregiver_id"}: a chosen caregiver (a plan's proposal given to another).
Result<std::int64_t> read_assignment(const nlohmann::json& body);
// POST /v1/tasks/{id}/assign: caregiver_id, and start ("YYYY-MM-DDTHH:MM", optional or null).
Result<services::HandAssignment> read_hand_assignment(const nlohmann::json& body);

nlohmann::json client_json(const records::ClientRecord& client);
nlohmann::json client_continuity_json(const services::ClientContinuity& continuity);
// PUT /v1/clients/{id}/care-record: phone, emergency_contact, financing (zvw, wlz, wmo, private or
// null), indicated_minutes_week (or null), care_plan; every field optional (absent: empty).
Result<records::ClientCare> read_client_care(const nlohmann::json& body);
nlohmann::json client_care_json(const records::ClientCare& care);
// {"text": "..."}: a message for a client's thread.
Result<services::NewClientMessage> read_client_message(const nlohmann::json& body);
nlohmann::json client_message_json(const records::ClientMessage& message);
nlohmann::json client_message_thread_json(const services::ClientMessageThread& thread);
nlohmann::json client_list_json(const services::ClientList& clients);
nlohmann::json arrangement_json(const services::Arrangement& arrangement);
nlohmann::json arrangements_json(const std::vector<services::Arrangement>& arrangements);
nlohmann::json arrangement_created_json(const services::ArrangementCreated& created);
nlohmann::json arrangement_updated_json(const services::ArrangementUpdated& updated);
nlohmann::json arrangement_ended_json(const services::ArrangementEnded& ended);
// A task as JSON for its organisation (with the client's name).
nlohmann::json task_json(const records::ClientTask& task);
nlohmann::json task_list_json(const services::TaskList& tasks);
nlohmann::json task_detail_json(const services::TaskDetail& task);
// A client's care journey (GET /v1/clients/{id}/journey, GET /v1/my/journey): its digital and
// physical steps by time, each with its outcome and the visit it called for.
nlohmann::json journey_json(const services::Journey& journey);
nlohmann::json board_json(const services::Board& board);

}  // namespace carecrowd::http
