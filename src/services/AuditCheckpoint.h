// AuditCheckpoint: one line of an audit anchor, the file outside the database that records where
// the audit log's hash chain stood (its last seq and head hash) at a moment, signed with an HMAC.
// The format is written by AuditAnchor and `carecrowd backup --anchor` and read by
// `carecrowd audit verify --anchor`; it lives here once:
//
//   carecrowd-audit v1 seq=<n> head=<64 hex> at=<UTC YYYY-MM-DDTHH:MM:SS.mmmZ> mac=<64 hex>\n
//
// mac is HMAC-SHA256 (libsodium) over the line's text before " mac=", with the operator's key.
// Every line stands alone: lines from several server processes may interleave in any order, and
// each verifies by itself. Someone who can write the database but not the key cannot make a line
// that names a rewritten chain; someone who can write the anchor can delete lines but not forge one.
//
// Thread safety: all functions are thread-safe.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/Error.h"

namespace carecrowd::services {

// The HMAC key: at least 32 bytes (of any value; a trailing newline of a key file is not part of it).
class AuditKey {
 public:
  // `source` names where the key came from ("--audit-key-file", "$CARECROWD_AUDIT_KEY") for the error.
  static Result<AuditKey> from(std::string text, const std::string& source);
  [[nodiscard]] const std::string& bytes() const { return bytes_; }

 private:
  explicit AuditKey(std::string bytes) : bytes_(std::move(bytes)) {}
  std::string bytes_;
};
inline constexpr std::size_t kAuditKeyMinBytes = 32;

struct AuditCheckpoint {
  std::int64_t seq = 0;
  std::string head;  // hex SHA-256 of event `seq`
  std::string at;    // when the writer saw it, UTC
};

// The current UTC time as a checkpoint's `at`.
std::string checkpoint_time_now();

// The signed line, newline included.
std::string checkpoint_line(const AuditCheckpoint& checkpoint, const AuditKey& key);

// A line (without its newline) read back: nullopt when it is malformed or its mac does not match.
std::optional<AuditCheckpoint> parse_checkpoint_line(std::string_view line, const AuditKey& key);

struct AnchorContents {
  std::vector<AuditCheckpoint> checkpoints;  // the authentic lines, in file order
  std::int64_t lines = 0;
  std::optional<std::int64_t> first_forged_line;  // 1-based: malformed or a mac that does not match
  std::int64_t forged_lines = 0;
  bool torn_last_line = false;  // a last line without its newline (a write cut by a power loss)
};

// Reads an anchor file. An error only when it cannot be read; forged lines are reported in the result.
Result<AnchorContents> read_anchor(const std::string& path, const AuditKey& key);

// Appends one line to an anchor file opened with O_APPEND and makes it durable (fdatasync) before
// returning; nullopt on success. `fd` stays open.
std::optional<Error> append_anchor_line(int fd, const std::string& path, const std::string& line);
// Opens (creating, mode 0600) an anchor file for appending: the descriptor, or an error naming `field`.
Result<int> open_anchor_for_append(const std::string& path, const std::string& field);

}  // namespace carecrowd::services
