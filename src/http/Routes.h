// The route groups of the API, one file each (src/http/*Routes.cpp), assembled by api_router().
#pragma once

#include <string_view>

#include "http/Router.h"

namespace carecrowd::http {

void add_system_routes(Router& router);
void add_account_routes(Router& router);
void add_audit_routes(Router& router);
void add_care_routes(Router& router);       // clients, arrangements, tasks, board
void add_caregiver_routes(Router& router);  // profiles, certificates, availability
void add_market_routes(Router& router);     // feed, claim, release, check-in/out, my tasks
void add_planning_routes(Router& router);   // coordinator plans and proposals
void add_report_routes(Router& router);     // invoices and KPIs
void add_event_routes(Router& router);      // live events (Server-Sent Events)
void add_alarm_routes(Router& router);      // alarms, monitoring devices, access, triage policy
void add_calendar_routes(Router& router);   // calendar feed links and the feeds (RFC 5545)

std::string_view openapi_document();  // docs/openapi.json, embedded at build time

}  // namespace carecrowd::http
