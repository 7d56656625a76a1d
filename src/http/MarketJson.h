// MarketJson: the marketplace's requests and answers as JSON, at the http edge. Readers turn a
// query or body into the typed input of services/Feed.h and services/Visits.h, with errors that
// name the field and the reason (http/RequestInput.h, io/JsonInput.h); renderers turn the typed
// results into the JSON documented in docs/api.md and docs/openapi.json. A feed item's JSON is
// services/FeedItemJson.h, shared with the task.urgent event.
//
// Thread safety: pure functions.
#pragma once

#include <vector>

#include <nlohmann/json.hpp>

#include "core/Error.h"
#include "services/Absences.h"
#include "services/Feed.h"
#include "services/Visits.h"

namespace carecrowd::http {

// GET /v1/feed: from, to (YYYY-MM-DD), limit (1..500, default 50), after.
Result<services::FeedQuery> read_feed_query(const nlohmann::json& query);
// GET /v1/my/tasks: from, to (YYYY-MM-DD).
Result<services::DaysAsked> read_days_asked(const nlohmann::json& query);
// The optional body of a check-in or check-out: {"at": "YYYY-MM-DDTHH:MM"} or nothing.
Result<services::VisitMoment> read_visit_moment(const nlohmann::json& body);

// An absence reported (POST /v1/my/absence, /v1/caregivers/{id}/absence): {"cause": "sick" |
// "absent", "from"?, "to"? (YYYY-MM-DD)}.
Result<services::AbsenceReport> read_absence_report(const nlohmann::json& body);

nlohmann::json feed_json(const services::Feed& feed);
// What an absence or a no-show gave back to the market: the period and each visit (no client data).
nlohmann::json absence_json(const services::AbsenceResult& absence);
nlohmann::json certificate_prospects_json(const services::CertificateProspects& prospects);
// A task as its holder sees it; "client" is null unless the view shows the client's details.
nlohmann::json held_task_json(const services::HeldTaskView& view);
nlohmann::json released_json(const services::Released& released);
nlohmann::json my_tasks_json(const services::MyTasks& tasks);
nlohmann::json client_visits_json(const std::vector<services::ClientVisitView>& visits);

}  // namespace carecrowd::http
