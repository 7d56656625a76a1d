#include "services/TaskClaim.h"

#include "records/TaskDetails.h"
#include "services/AuditLog.h"
#include "services/Claims.h"
#include "services/Events.h"
#include "services/TaskEvents.h"

namespace carecrowd::services {

Result<HeldTaskView> claim_task(const Platform& platform, const Principal& who, std::int64_t task_id) {
  if (!is_caregiver(who)) return forbidden("only a caregiver claims tasks");
  const LocalMinute now = platform.now();
  return platform.db().write([&](store::Transaction& tx) -> Result<HeldTaskView> {
    auto claimed = claim_in(tx, {*who.caregiver_id, task_id, std::nullopt}, now);
    if (!claimed) return claimed.error();
    const records::TaskRecord& t = claimed.value().task;
    // The task as claimed, for the board and for the answer, read before the audit head is taken:
    // every writer waits for that lock, so it is held only from there to the commit.
    store::QueryBatch batch;
    std::optional<records::TaskRecord> now_claimed;
    std::optional<records::HeldTask> held;
    records::read_task(batch, now_claimed, task_id);
    records::read_held_task(batch, held, task_id);
    batch.run(tx);
    record_audit_and_publish(tx, platform, who,
                             {"task.claim", t.client_id, t.organisation_id, "success", "task " + std::to_string(task_id)},
                             board_change_event(*now_claimed, BoardChange::claimed));
    return held_task_view(std::move(*held), platform);
  });
}

}  // namespace carecrowd::services
