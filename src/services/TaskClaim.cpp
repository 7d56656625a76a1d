#include "services/TaskClaim.h"

#include "services/AuditLog.h"
#include "services/Claims.h"
#include "services/TaskEvents.h"

namespace carecrowd::services {

Result<HeldTaskView> claim_task(const Platform& platform, const Principal& who, std::int64_t task_id) {
  if (!is_caregiver(who)) return forbidden("only a caregiver claims tasks");
  const LocalMinute now = platform.now();
  return platform.db().write([&](store::Transaction& tx) -> Result<HeldTaskView> {
    auto claimed = claim_in(tx, {*who.caregiver_id, task_id, std::nullopt}, now);
    if (!claimed) return claimed.error();
    const records::TaskRecord& t = claimed.value().task;
    record_audit(tx, who, {"task.claim", t.client_id, t.organisation_id, "success", "task " + std::to_string(task_id)});
    publish_board_change(tx, platform, task_id, BoardChange::claimed);
    return held_task_view(tx, platform, task_id);
  });
}

}  // namespace carecrowd::services
