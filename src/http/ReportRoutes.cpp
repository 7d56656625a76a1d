#include "http/Routes.h"

namespace carecrowd::http {

void add_report_routes(Router& router) { (void)router; }

}  // namespace carecrowd::http
