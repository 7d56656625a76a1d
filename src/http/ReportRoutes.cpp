// Reports: invoices and the organisation's key figures, as JSON or CSV (rendered by ReportJson.h).
#include "core/Utf8.h"
#include "http/MarketJson.h"
#include "http/ReportJson.h"
#include "http/Routes.h"
#include "services/Invoices.h"
#include "services/KpiTargets.h"
#include "services/Kpis.h"

namespace carecrowd::http {

using services::Platform;

namespace {

// CSV when asked for by ?format=csv or an Accept header naming text/csv; JSON otherwise.
Result<bool> wants_csv(const HttpRequest& r) {
  if (auto f = r.query.find("format"); f != r.query.end()) {
    const std::string format = f->is_string() ? f->get<std::string>() : "";
    if (format == "csv") return true;
    if (format == "json") return false;
    return bad_input("format", printable(format), "must be json or csv");
  }
  return r.accept.find("text/csv") != std::string::npos;
}

// An invoice route: `{id}` and `{month}`, the service, and its JSON and CSV renderings.
template <class Service, class Render, class Csv>
Handler invoice_handler(Service service, Render render, Csv csv, std::string file_prefix) {
  return [service, render, csv, file_prefix](const Platform& p, const HttpRequest& r) -> Result<HttpResponse> {
    auto id = r.id("id");
    if (!id) return id.error();
    auto as_csv = wants_csv(r);
    if (!as_csv) return as_csv.error();
    const std::string month = r.params.at("month");
    auto invoice = service(p, r.who(), id.value(), month);
    if (!invoice) return invoice.error();
    if (!as_csv.value()) return json_response(render(invoice.value()));
    HttpResponse out;
    out.content_type = "text/csv; charset=utf-8";
    out.body = csv(invoice.value());
    out.headers.emplace_back("Content-Disposition", "attachment; filename=\"" + file_prefix + "-" +
                                                        std::to_string(id.value()) + "-" + month + ".csv\"");
    return out;
  };
}

}  // namespace

void add_report_routes(Router& router) {
  router.add({"GET", "/v1/caregivers/{id}/invoices/{month}",
              "A caregiver's own invoice for a month (YYYY-MM) per organisation; ?format=csv", true,
              invoice_handler(services::caregiver_invoice, caregiver_invoice_json, caregiver_invoice_csv, "invoice-caregiver"), true});
  router.add({"GET", "/v1/organisations/{id}/invoices/{month}",
              "An organisation's month per caregiver (organisation admin); ?format=csv", true,
              invoice_handler(services::organisation_invoices, organisation_invoices_json, organisation_invoices_csv,
                              "invoices-organisation"),
              true});
  router.add({"GET", "/v1/kpis", "The organisation's key figures over ?from=&to= (analyst, admin, coordinator); ?format=csv", true,
              [](const Platform& p, const HttpRequest& r) -> Result<HttpResponse> {
                auto as_csv = wants_csv(r);
                if (!as_csv) return as_csv.error();
                auto kpis = services::organisation_kpis(p, r.who(), read_days_asked(r.query));
                if (!kpis) return kpis.error();
                if (!as_csv.value()) return json_response(kpis_json(kpis.value()));
                HttpResponse out;
                out.content_type = "text/csv; charset=utf-8";
                out.body = kpis_csv(kpis.value());
                out.headers.emplace_back("Content-Disposition", "attachment; filename=\"kpis-" +
                                                                    format_date(kpis.value().days.first) + "-" +
                                                                    format_date(kpis.value().days.last) + ".csv\"");
                return out;
              },
              true});
  router.add({"GET", "/v1/kpi-targets", "The organisation's key figure targets (analyst, admin, coordinator)", true,
              [](const Platform& p, const HttpRequest& r) {
                return respond(as_json(services::kpi_targets(p, r.who()), kpi_targets_json));
              }});
  router.add({"PUT", "/v1/kpi-targets", "Set the organisation's key figure targets (analyst, organisation admin)", true,
              [](const Platform& p, const HttpRequest& r) {
                return respond(as_json(services::update_kpi_targets(p, r.who(), read_kpi_targets(r.body)),
                                       kpi_targets_json));
              }});
}

}  // namespace carecrowd::http
