#include "services/Notices.h"

#include <algorithm>

#include "records/EventRecord.h"
#include "records/NoticeCursorRecord.h"

namespace carecrowd::services {
namespace {

// An event type's shape: "task.urgent", "proposal.offered".
bool is_event_type(const std::string& type) {
  return !type.empty() && type.size() <= kMaxEventTypeLength &&
         std::all_of(type.begin(), type.end(), [](char c) { return (c >= 'a' && c <= 'z') || c == '.' || c == '_'; });
}

records::Addressees addressees_of(const Principal& who) {
  records::Addressees to;
  to.user_id = who.user_id;
  if (is_caregiver(who)) to.caregiver_id = who.caregiver_id;
  if (is_care_staff(who)) to.organisation_id = who.organisation_id;
  return to;
}

}  // namespace

Result<MissedEvents> missed_events(const Platform& platform, const Principal& who,
                                   const std::vector<std::string>& types) {
  if (types.size() > kMaxEventTypes) {
    return bad_input("types", "", say("lists at most {} event types", kMaxEventTypes));
  }
  for (const auto& type : types) {
    if (!is_event_type(type)) {
      return bad_input("types", "", "must be event types such as task.urgent, separated by commas");
    }
  }
  return platform.db().read([&](store::Transaction& tx) {
    MissedEvents out;
    // The head first: every event up to it has committed (ids commit in order), so the rows read
    // next are complete up to it, and a stream started after it misses nothing.
    const auto ids = records::event_ids(tx);
    out.latest_event_id = ids.latest;
    out.seen_up_to = records::notice_cursor(tx, who.user_id);
    if (!out.seen_up_to || types.empty()) return out;
    const std::int64_t after = std::min(*out.seen_up_to, ids.latest);
    // The SQL narrows to rows addressed to the caller; the one rule decides (one row more than
    // listed tells whether there are more).
    auto rows = records::addressed_events(tx, addressees_of(who), types, after, ids.latest, kMaxMissedEvents + 1);
    out.more = rows.size() > static_cast<std::size_t>(kMaxMissedEvents) ||
               after + 1 < ids.oldest_kept.value_or(ids.latest + 1);
    if (rows.size() > static_cast<std::size_t>(kMaxMissedEvents)) rows.resize(kMaxMissedEvents);
    for (auto it = rows.rbegin(); it != rows.rend(); ++it) {
      Event event = event_of(std::move(*it));
      if (may_receive(who, event)) out.events.push_back(std::move(event));
    }
    return out;
  });
}

Result<std::int64_t> mark_events_seen(const Platform& platform, const Principal& who, std::int64_t last_event_id) {
  return platform.db().write([&](store::Transaction& tx) -> Result<std::int64_t> {
    if (last_event_id < 0 || last_event_id > records::event_ids(tx).latest) {
      return bad_input("last_event_id", "", "must be the id of an event already published");
    }
    return records::advance_notice_cursor(tx, who.user_id, last_event_id, platform.now());
  });
}

}  // namespace carecrowd::services
