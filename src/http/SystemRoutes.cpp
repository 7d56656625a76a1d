// Routes for operators: liveness, metrics and the API description.
#include "http/Metrics.h"
#include "http/Routes.h"
#include "store/Migrations.h"

namespace carecrowd::http {

void add_system_routes(Router& router) {
  router.add({"GET", "/healthz", "Liveness and database reachability", false,
              [](const services::Platform& platform, const HttpRequest&) -> Result<HttpResponse> {
                const int version = store::schema_version(platform.db());
                return json_response({{"status", "ok"}, {"schema_version", version},
                                      {"database", platform.db().dialect() == store::Dialect::sqlite ? "sqlite"
                                                                                                     : "postgresql"}});
              }});
  router.add({"GET", "/metrics", "Prometheus metrics of this process", false,
              [](const services::Platform&, const HttpRequest&) -> Result<HttpResponse> {
                HttpResponse out;
                out.content_type = "text/plain; version=0.0.4";
                out.body = Metrics::process().prometheus_text();
                return out;
              }});
  router.add({"GET", "/openapi.json", "This API as an OpenAPI 3 document", false,
              [](const services::Platform&, const HttpRequest&) -> Result<HttpResponse> {
                HttpResponse out;
                out.body = std::string(openapi_document());
                return out;
              }});
}

}  // namespace carecrowd::http
