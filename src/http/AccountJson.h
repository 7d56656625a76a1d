// AccountJson: the requests and answers of login, logout, the current user, organisations and
// their users as JSON, at the http edge. Readers turn a body into the typed input of
// services/Accounts.h, checking only its shape (types, required and unknown fields, the role's
// name), with errors that name the field and the reason (http/RequestInput.h, io/JsonInput.h); the
// values' rules are the service's. Renderers turn the typed results into the JSON documented in
// docs/api.md and docs/openapi.json.
//
// Thread safety: pure functions.
#pragma once

#include <vector>

#include <nlohmann/json.hpp>

#include "core/Error.h"
#include "services/Accounts.h"

namespace carecrowd::http {

// {email, password}
Result<services::LoginInput> read_login(const nlohmann::json& body);
// {name}
Result<services::NewOrganisation> read_new_organisation(const nlohmann::json& body);
// {email, name, password, role, client_id (optional)}
Result<services::StaffAccount> read_staff_account(const nlohmann::json& body);

nlohmann::json account_json(const services::Account& account);
nlohmann::json session_json(const services::Session& session);
nlohmann::json logged_out_json(const Done& done);
nlohmann::json me_json(const services::Me& me);
nlohmann::json organisation_json(const records::OrganisationRecord& organisation);
nlohmann::json organisations_json(const std::vector<records::OrganisationRecord>& organisations);
nlohmann::json accounts_json(const std::vector<services::Account>& accounts);

}  // namespace carecrowd::http
