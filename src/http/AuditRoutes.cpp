// The NEN 7513 access log: organisation admins query it; clients see who looked at their record.
#include "http/Routes.h"
#include "services/AuditLog.h"

namespace carecrowd::http {

using services::Platform;

void add_audit_routes(Router& router) {
  router.add({"GET", "/v1/audit", "The organisation's access log (organisation admin)", true,
              [](const Platform& p, const HttpRequest& r) { return respond(services::query_audit(p, r.who(), r.query)); }});
  router.add({"GET", "/v1/clients/{id}/access-log", "Who looked at this client's record (the client)", true,
              [](const Platform& p, const HttpRequest& r) -> Result<HttpResponse> {
                auto id = r.id("id");
                if (!id) return id.error();
                return respond(services::client_access_overview(p, r.who(), id.value()));
              }});
}

}  // namespace carecrowd::http
