// TaskDetails: a task read together with what other tables say about it, for the screens that show
// it: what the feed shows besides what it judged (type, area, staffing, organisation), a task as its
// holder sees it (with the client's details, which the caller shows only inside the privacy
// window), a client's visits with who is coming, and which clients a caregiver has cared for.
// The task's own columns come from TaskRecord's one column list.
//
// Thread safety: functions over the caller's transaction.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "records/TaskRecord.h"

namespace carecrowd::records {

// What the feed shows of a task besides what it judged.
struct ShownTask {
  std::string type, area;
  int staff = 1;  // caregivers the visit needs (2: double-staffed)
  std::int64_t organisation_id = 0;
  std::string organisation;  // a freelancer working for several needs to know whose task it is
};
// By task id; ids that name no task are left out.
std::map<std::int64_t, ShownTask> shown_tasks(store::Transaction& tx, const std::vector<std::int64_t>& ids);

// A task as its holder sees it.
struct HeldTask {
  TaskRecord task;
  int staff = 1;
  std::string organisation;
  std::string client_name, client_address, client_postcode, client_notes;
};
std::optional<HeldTask> read_held_task(store::Transaction& tx, std::int64_t task_id);
// The same as part of `batch`: `out` is set when the batch runs.
void read_held_task(store::QueryBatch& batch, std::optional<HeldTask>& out, std::int64_t task_id);
// The caregiver's claimed and done tasks on days first..last, by window start and id.
std::vector<HeldTask> held_tasks_on_days(store::Transaction& tx, std::int64_t caregiver_id, DayNumber first,
                                         DayNumber last);

// A client's visit as the client and their family see it.
struct ClientVisit {
  TaskRecord task;
  int staff = 1;
  std::optional<std::string> caregiver_name;  // of the holder, when there is one
};
// The client's tasks that are not cancelled, can still be going on at `from` (window end plus
// duration) and start before `until`; by window start and slot.
std::vector<ClientVisit> client_visits(store::Transaction& tx, std::int64_t client_id, LocalMinute from, LocalMinute until);

// The day and caregiver of each of the client's visits (slots) of days first..last that someone
// holds or did (claimed or done): what the client's continuity is counted from (domain/Continuity.h).
struct VisitHolder {
  DayNumber day = 0;
  std::int64_t caregiver_id = 0;
};
std::vector<VisitHolder> visit_holders(store::Transaction& tx, std::int64_t client_id, DayNumber first, DayNumber last);

// The clients whose tasks the caregiver held (claimed or done, past or future) with a window
// starting at or after `since`.
std::set<std::int64_t> clients_cared_for(store::Transaction& tx, std::int64_t caregiver_id, LocalMinute since);
// The same as part of `batch`: `out` is set when the batch runs.
void clients_cared_for(store::QueryBatch& batch, std::set<std::int64_t>& out, std::int64_t caregiver_id,
                       LocalMinute since);

}  // namespace carecrowd::records
