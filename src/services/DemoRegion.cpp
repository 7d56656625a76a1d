#include "services/DemoRegion.h"

namespace carecrowd::services {

DemoResult seed_demo_region(const Platform& platform, const DemoSpec& spec) {
  (void)platform;
  (void)spec;
  return {};
}

}  // namespace carecrowd::services
