// AuditAnchor: keeps a copy of the audit chain's end outside the database. A background thread
// reads the committed head (audit_head) every `interval` and, when it moved, appends a signed
// checkpoint line (AuditCheckpoint) to the anchor file with O_APPEND and fdatasync.
//
// Why a poll of the committed head rather than a hook in record_audit: an event is written inside
// its request's transaction, which may still roll back; only a committed head may be anchored, or a
// rolled-back event would look like a deleted one. Polling also costs requests nothing (no lock, no
// fsync on their path) and makes each of several server processes on one PostgreSQL database
// anchor what it sees, without coordinating. Between two checkpoints at most `interval` (plus the
// fdatasync) of events are not yet anchored: those are what someone who can write the database can
// still remove unseen (docs/api.md).
//
// Thread safety: start() and the destructor from one thread; the writer thread shares only the
// Database, which is thread-safe.
#pragma once

#include <chrono>
#include <condition_variable>
#include <cstdint>
#include <memory>
#include <mutex>
#include <string>
#include <thread>

#include "core/Error.h"
#include "services/AuditCheckpoint.h"
#include "store/Database.h"

namespace carecrowd::services {

class AuditAnchor {
 public:
  // Opens (creating) the anchor file and starts the writer; an error naming --audit-anchor when
  // the file cannot be opened for appending.
  static Result<std::unique_ptr<AuditAnchor>> start(store::Database& db, const std::string& path, AuditKey key,
                                                    std::chrono::milliseconds interval);
  // Anchors the head once more (a clean shutdown leaves nothing unanchored), then stops.
  ~AuditAnchor();
  AuditAnchor(const AuditAnchor&) = delete;
  AuditAnchor& operator=(const AuditAnchor&) = delete;

  // Use start(); public for std::make_unique. Takes `fd` (opened O_APPEND) over and starts the thread.
  AuditAnchor(store::Database& db, std::string path, int fd, AuditKey key, std::chrono::milliseconds interval);

 private:
  void run();
  // Reads the head and appends a checkpoint when it differs from the last one written.
  void checkpoint_if_moved();

  store::Database& db_;
  const std::string path_;
  const int fd_;
  const AuditKey key_;
  const std::chrono::milliseconds interval_;
  std::int64_t written_seq_ = 0;  // writer thread only
  std::string written_head_;      // writer thread only
  bool failing_ = false;          // writer thread only: log a failure once per streak
  std::mutex mutex_;
  std::condition_variable wake_;
  bool stopping_ = false;         // guarded by mutex_
  std::thread thread_;
};

}  // namespace carecrowd::services
