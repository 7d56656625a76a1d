// Login, logout, the current user, organisations and their users. Requests are read and answers
// rendered by AccountJson.h.
#include "http/AccountJson.h"
#include "http/Routes.h"
#include "services/Accounts.h"

namespace carecrowd::http {

using services::Platform;

void add_account_routes(Router& router) {
  router.add({"POST", "/v1/auth/login", "Log in with email and password; returns a bearer token", false,
              [](const Platform& p, const HttpRequest& r) {
                return respond(as_json(services::login(p, read_login(r.body), r.source), session_json));
              }});
  router.add({"POST", "/v1/auth/logout", "Revoke the bearer token of this request", true,
              [](const Platform& p, const HttpRequest& r) {
                return respond(as_json(services::logout(p, r.token), logged_out_json));
              }});
  router.add({"GET", "/v1/me", "The logged-in user", true,
              [](const Platform& p, const HttpRequest& r) {
                return respond(as_json(services::describe_me(p, r.who()), me_json));
              }});
  router.add({"GET", "/v1/organisations", "Organisations on the platform", true,
              [](const Platform& p, const HttpRequest& r) {
                return respond(as_json(services::list_organisations(p, r.who()), organisations_json));
              }});
  router.add({"POST", "/v1/organisations", "Create an organisation (platform admin)", true,
              [](const Platform& p, const HttpRequest& r) {
                return respond(
                    as_json(services::create_organisation(p, r.who(), read_new_organisation(r.body)), organisation_json),
                    201);
              }});
  router.add({"GET", "/v1/organisations/{id}/users", "Users of an organisation (organisation admin)", true,
              with_id([](const Platform& p, const HttpRequest& r, std::int64_t id) {
                return as_json(services::list_users(p, r.who(), id), accounts_json);
              })});
  router.add({"POST", "/v1/organisations/{id}/users", "Add a user to an organisation (organisation admin)", true,
              with_id([](const Platform& p, const HttpRequest& r, std::int64_t id) {
                return as_json(services::create_user(p, r.who(), id, read_staff_account(r.body)), account_json);
              }, 201)});
}

}  // namespace carecrowd::http
