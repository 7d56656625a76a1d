// Login, logout, the current user, organisations and their users.
#include "http/Routes.h"
#include "services/Accounts.h"

namespace carecrowd::http {

using services::Platform;

void add_account_routes(Router& router) {
  router.add({"POST", "/v1/auth/login", "Log in with email and password; returns a bearer token", false,
              [](const Platform& p, const HttpRequest& r) { return respond(services::login(p, r.body, r.source)); }});
  router.add({"POST", "/v1/auth/logout", "Revoke the bearer token of this request", true,
              [](const Platform& p, const HttpRequest& r) { return respond(services::logout(p, r.token)); }});
  router.add({"GET", "/v1/me", "The logged-in user", true,
              [](const Platform& p, const HttpRequest& r) { return respond(services::describe_me(p, r.who())); }});
  router.add({"GET", "/v1/organisations", "Organisations on the platform", true,
              [](const Platform& p, const HttpRequest& r) {
                return respond(services::list_organisations(p, r.who()));
              }});
  router.add({"POST", "/v1/organisations", "Create an organisation (platform admin)", true,
              [](const Platform& p, const HttpRequest& r) {
                return respond(services::create_organisation(p, r.who(), r.body), 201);
              }});
  router.add({"GET", "/v1/organisations/{id}/users", "Users of an organisation (organisation admin)", true,
              [](const Platform& p, const HttpRequest& r) -> Result<HttpResponse> {
                auto id = r.id("id");
                if (!id) return id.error();
                return respond(services::list_users(p, r.who(), id.value()));
              }});
  router.add({"POST", "/v1/organisations/{id}/users", "Add a user to an organisation (organisation admin)", true,
              [](const Platform& p, const HttpRequest& r) -> Result<HttpResponse> {
                auto id = r.id("id");
                if (!id) return id.error();
                return respond(services::create_user(p, r.who(), id.value(), r.body), 201);
              }});
}

}  // namespace carecrowd::http
