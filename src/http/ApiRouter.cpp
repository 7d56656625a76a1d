#include "http/Routes.h"

namespace carecrowd::http {

Router api_router() {
  Router router;
  add_system_routes(router);
  add_account_routes(router);
  add_audit_routes(router);
  add_care_routes(router);
  add_caregiver_routes(router);
  add_market_routes(router);
  add_planning_routes(router);
  add_report_routes(router);
  add_event_routes(router);
  add_alarm_routes(router);
  add_calendar_routes(router);
  return router;
}

}  // namespace carecrowd::http
