#include "services/AuditLog.h"

#include <algorithm>
#include <ctime>

#include <nlohmann/json.hpp>

#include "records/AuditRecords.h"
#include "services/Credentials.h"

namespace carecrowd::services {
namespace {

std::string utc_now() {
  const std::time_t t = std::time(nullptr);
  std::tm tm{};
  gmtime_r(&t, &tm);
  char buffer[32];
  std::strftime(buffer, sizeof buffer, "%Y-%m-%dT%H:%M:%SZ", &tm);
  return buffer;
}

std::string opt(const std::optional<std::int64_t>& v) { return v ? std::to_string(*v) : ""; }

// An event's hash: SHA-256 over every field and the previous hash, as a JSON array (so that no
// field's text can run into the next one's).
std::string chained_hash(const records::StoredAuditEvent& e) {
  nlohmann::json fields = {e.seq,    e.at,      e.event,  e.client_id, e.user_id,         e.role,
                           e.acting_for, e.source, e.outcome, e.detail, e.organisation_id, e.prev_hash};
  return sha256_hex(fields.dump());
}

// What a client's overview shows: their latest events (it is not paginated).
constexpr std::int64_t kOverviewLimit = 500;

}  // namespace

void record_audit(store::Transaction& tx, const Principal& who, const AuditEvent& event) {
  // Taking the head row first serialises appends: the chain's order is the commit order.
  append_audit(tx, who, event, records::advance_audit_head(tx));
}

void append_audit(store::Transaction& tx, const Principal& who, const AuditEvent& event, const records::AuditHead& head) {
  records::StoredAuditEvent e;
  e.seq = head.seq;
  e.at = utc_now();
  e.event = event.event;
  e.client_id = opt(event.client_id);
  e.user_id = who.user_id ? std::to_string(who.user_id) : "";
  e.role = std::string(to_string(who.role));
  e.acting_for = who.acting_for();
  e.source = who.source;
  e.outcome = event.outcome;
  e.detail = event.detail;
  e.organisation_id = opt(event.organisation_id);
  e.prev_hash = head.hash;
  e.hash = chained_hash(e);
  records::append_audit_event(tx, e);
}

Result<AuditPage> query_audit(const Platform& platform, const Principal& who, const Result<AuditQuery>& query) {
  if (who.role != Role::org_admin || !who.organisation_id) {
    return forbidden("only an organisation admin may query the audit log");
  }
  if (!query) return query.error();
  const AuditQuery& q = query.value();
  const records::AuditSearch search{*who.organisation_id, q.client_id, q.before_seq, q.limit};
  return platform.db().write([&](store::Transaction& tx) -> Result<AuditPage> {
    AuditPage out;
    out.items = records::organisation_audit_events(tx, search);
    record_audit(tx, who, {"audit.query", q.client_id, who.organisation_id, "success", "audit log query"});
    if (static_cast<std::int64_t>(out.items.size()) == q.limit && !out.items.empty()) {
      out.next_before_seq = out.items.back().seq;
    }
    return out;
  });
}

Result<ClientAccessOverview> client_access_overview(const Platform& platform, const Principal& who,
                                                    std::int64_t client_id) {
  if (who.role != Role::client || who.client_id != client_id) {
    return forbidden("only the client (or family acting for them) may see this overview");
  }
  return platform.db().write([&](store::Transaction& tx) -> Result<ClientAccessOverview> {
    ClientAccessOverview out{client_id, records::client_audit_events(tx, client_id, kOverviewLimit)};
    for (auto& e : out.items) e.source.clear();  // another user's network address is not the client's business
    record_audit(tx, who, {"client.access_overview", client_id, who.organisation_id, "success", ""});
    return out;
  });
}

AuditVerification verify_audit(store::Database& db) { return verify_audit(db, nullptr); }

AuditVerification verify_audit(store::Database& db, const AnchorContents* anchor) {
  return db.read([&](store::Transaction& tx) { return verify_audit(tx, anchor); });
}

AuditVerification verify_audit(store::Transaction& tx, const AnchorContents* anchor) {
  // Checkpoints in seq order, each to be found in the chain with the same hash.
  std::vector<AuditCheckpoint> checkpoints;
  if (anchor) checkpoints = anchor->checkpoints;
  std::stable_sort(checkpoints.begin(), checkpoints.end(),
                   [](const AuditCheckpoint& a, const AuditCheckpoint& b) { return a.seq < b.seq; });
  AuditVerification out = [&] {
    AuditVerification v;
    std::string prev(64, '0');
    std::int64_t expected_seq = 1;
    std::size_t next_checkpoint = 0;
    std::int64_t last_matched = 0;  // seq of the last checkpoint the chain agrees with
    auto fail = [&](std::int64_t seq, const Phrase& reason) {
      v.intact = false;
      v.first_bad_seq = seq;
      v.reason = reason.english();
      return false;
    };
    records::for_each_audit_event(tx, [&](const records::StoredAuditEvent& e) {
      if (e.seq != expected_seq) return fail(expected_seq, say("event {} is missing", expected_seq));
      if (e.prev_hash != prev) {
        return fail(e.seq, say("event {} does not link to the event before it", e.seq));
      }
      if (chained_hash(e) != e.hash) {
        return fail(e.seq, say("event {} was changed after it was written", e.seq));
      }
      for (; next_checkpoint < checkpoints.size() && checkpoints[next_checkpoint].seq == e.seq; ++next_checkpoint) {
        const auto& c = checkpoints[next_checkpoint];
        if (c.head != e.hash) {
          // The chain links up, so it was re-hashed from some event on: after the last checkpoint it
          // agrees with, and no later than this one. Which event within that stretch is not known.
          return fail(last_matched + 1,
                      say("the chain was rewritten: event {} is not the event the anchor recorded at {}; an event "
                          "from {} to {} was changed, inserted or removed and the chain re-hashed after it",
                          e.seq, c.at, last_matched + 1, e.seq));
        }
        last_matched = e.seq;
      }
      prev = e.hash;
      v.head_hash = e.hash;
      ++expected_seq;
      ++v.events;
      return true;
    });
    if (!v.intact) return v;
    if (next_checkpoint < checkpoints.size()) {
      // The anchor saw events the chain no longer has. Those after the last checkpoint the chain
      // agrees with are all in doubt: a renumbered chain (an event deleted in the middle, the rest
      // re-hashed) looks the same as a removed tail from here.
      const auto& c = checkpoints.back();
      const std::string seen = "the anchor recorded event " + std::to_string(c.seq) + " at " + c.at +
                               ", but the chain ends at event " + std::to_string(v.events);
      fail(last_matched + 1,
           last_matched == v.events
               ? say("events from {} on were removed: {}", v.events + 1, seen)
               : say("events were removed: {}; events {} to {}, which no checkpoint confirms, may have been "
                     "rewritten too",
                     seen, last_matched + 1, v.events));
      return v;
    }
    const auto head = records::read_audit_head(tx);
    if (head.seq != v.events || head.hash != prev) {
      v.intact = false;
      v.reason = "the chain ends at event " + std::to_string(v.events) +
                 " but the head records a different end (events were removed or added)";
    }
    return v;
  }();
  if (!anchor) return out;
  out.anchor_checked = true;
  out.checkpoints = static_cast<std::int64_t>(checkpoints.size());
  if (!checkpoints.empty()) {
    out.anchored_seq = checkpoints.back().seq;
    out.anchored_at = checkpoints.back().at;
  }
  // A forged line is reported next to whatever the chain showed: it is tampering on its own.
  if (anchor->first_forged_line) {
    const std::string forged = std::to_string(anchor->forged_lines) + " anchor line(s) are not authentic, the first " +
                               "is line " + std::to_string(*anchor->first_forged_line) +
                               " (malformed, or its HMAC does not match: forged, changed, or another key)";
    out.reason = out.intact ? forged : out.reason + "; " + forged;
    out.intact = false;
  } else if (out.intact && checkpoints.empty() && out.events > 0) {
    // A running server anchors the head within its interval, so an empty anchor next to a chain
    // with events is an anchor that was emptied (or never written by this deployment).
    out.intact = false;
    out.reason = "the anchor holds no checkpoint, but the chain has " + std::to_string(out.events) + " events";
  }
  return out;
}

}  // namespace carecrowd::services
