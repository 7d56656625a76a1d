// The NEN 7513 access log: organisation admins query it; clients see who looked at their record.
// Queries are read and answers rendered by AuditJson.h.
#include "http/AuditJson.h"
#include "http/Routes.h"
#include "services/AuditLog.h"

namespace carecrowd::http {

using services::Platform;

void add_audit_routes(Router& router) {
  router.add({"GET", "/v1/audit", "The organisation's access log (organisation admin)", true,
              [](const Platform& p, const HttpRequest& r) -> Result<HttpResponse> {
                auto page = services::query_audit(p, r.who(), read_audit_query(r.query));
                if (!page) return page.error();
                return json_response(audit_page_json(page.value()));
              }});
  router.add({"GET", "/v1/clients/{id}/access-log", "Who looked at this client's record (the client)", true,
              [](const Platform& p, const HttpRequest& r) -> Result<HttpResponse> {
                auto id = r.id("id");
                if (!id) return id.error();
                auto overview = services::client_access_overview(p, r.who(), id.value());
                if (!overview) return overview.error();
                return json_response(client_access_overview_json(overview.value()));
              }});
}

}  // namespace carecrowd::http
