#include "http/Routes.h"

namespace carecrowd::http {

void add_planning_routes(Router& router) { (void)router; }

}  // namespace carecrowd::http
