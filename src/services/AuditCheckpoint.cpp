#include "services/AuditCheckpoint.h"

#include <fcntl.h>
#include <sodium.h>
#include <unistd.h>

#include <cerrno>
#include <charconv>
#include <chrono>
#include <cstring>
#include <ctime>
#include <fstream>
#include <sstream>

#include "domain/CivilTime.h"
#include "services/Credentials.h"

namespace carecrowd::services {
namespace {

constexpr std::string_view kMagic = "carecrowd-audit v1";

bool is_hex64(std::string_view s) {
  if (s.size() != 64) return false;
  for (char c : s) {
    if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) return false;
  }
  return true;
}

std::string signed_text(const AuditCheckpoint& c) {
  return std::string(kMagic) + " seq=" + std::to_string(c.seq) + " head=" + c.head + " at=" + c.at;
}

// "name=value" at the front of `rest`, up to the next space; advances `rest` past it.
std::optional<std::string_view> take_field(std::string_view& rest, std::string_view name) {
  if (rest.substr(0, name.size()) != name || rest.size() <= name.size() || rest[name.size()] != '=') {
    return std::nullopt;
  }
  rest.remove_prefix(name.size() + 1);
  const auto space = rest.find(' ');
  const std::string_view value = rest.substr(0, space);
  rest.remove_prefix(space == std::string_view::npos ? rest.size() : space + 1);
  return value;
}

}  // namespace

Result<AuditKey> AuditKey::from(std::string text, const std::string& source) {
  while (!text.empty() && (text.back() == '\n' || text.back() == '\r')) text.pop_back();
  if (text.size() < kAuditKeyMinBytes) {
    return bad_input(source, "",
                     say("the audit key must be at least {} bytes, got {} (e.g. head -c 32 /dev/urandom | base64)",
                         kAuditKeyMinBytes, text.size()));
  }
  return AuditKey(std::move(text));
}

std::string checkpoint_time_now() { return utc_timestamp_now(); }

std::string checkpoint_line(const AuditCheckpoint& checkpoint, const AuditKey& key) {
  const std::string text = signed_text(checkpoint);
  return text + " mac=" + hmac_sha256_hex(key.bytes(), text) + "\n";
}

std::optional<AuditCheckpoint> parse_checkpoint_line(std::string_view line, const AuditKey& key) {
  if (line.substr(0, kMagic.size()) != kMagic || line.size() <= kMagic.size() || line[kMagic.size()] != ' ') {
    return std::nullopt;
  }
  std::string_view rest = line.substr(kMagic.size() + 1);
  const auto seq_text = take_field(rest, "seq");
  const auto head = take_field(rest, "head");
  const auto at = take_field(rest, "at");
  const auto mac = take_field(rest, "mac");
  if (!seq_text || !head || !at || !mac || !rest.empty()) return std::nullopt;
  AuditCheckpoint out;
  const auto [end, ec] = std::from_chars(seq_text->data(), seq_text->data() + seq_text->size(), out.seq);
  if (ec != std::errc() || end != seq_text->data() + seq_text->size() || out.seq < 1) return std::nullopt;
  if (!is_hex64(*head) || !is_hex64(*mac) || at->empty()) return std::nullopt;
  out.head = std::string(*head);
  out.at = std::string(*at);
  // The line must be exactly what the writer signed (no second spelling of the same seq).
  const std::string expected = hmac_sha256_hex(key.bytes(), signed_text(out));
  if (signed_text(out) != line.substr(0, line.size() - mac->size() - 5)) return std::nullopt;
  if (sodium_memcmp(expected.data(), mac->data(), expected.size()) != 0) return std::nullopt;
  return out;
}

Result<AnchorContents> read_anchor(const std::string& path, const AuditKey& key) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return bad_input("--anchor", path, std::string("cannot read the anchor file: ") + std::strerror(errno));
  std::stringstream buffer;
  buffer << in.rdbuf();
  const std::string text = buffer.str();
  AnchorContents out;
  std::size_t start = 0;
  while (start < text.size()) {
    const auto newline = text.find('\n', start);
    ++out.lines;
    if (newline == std::string::npos) {
      // Only the last write can be cut short; what it would have said is not known.
      out.torn_last_line = true;
      break;
    }
    const std::string_view line(text.data() + start, newline - start);
    start = newline + 1;
    if (auto checkpoint = parse_checkpoint_line(line, key)) {
      out.checkpoints.push_back(std::move(*checkpoint));
    } else {
      ++out.forged_lines;
      if (!out.first_forged_line) out.first_forged_line = out.lines;
    }
  }
  return out;
}

Result<int> open_anchor_for_append(const std::string& path, const std::string& field) {
  const int fd = ::open(path.c_str(), O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0600);
  if (fd < 0) return bad_input(field, path, std::string("cannot open the anchor file for appending: ") + std::strerror(errno));
  return fd;
}

std::optional<Error> append_anchor_line(int fd, const std::string& path, const std::string& line) {
  // One write() of one short line with O_APPEND: the kernel places it at the end as a whole, so
  // lines from several processes never mix.
  const ssize_t written = ::write(fd, line.data(), line.size());
  if (written != static_cast<ssize_t>(line.size())) {
    return Error{ErrorKind::io, "anchor", path,
                 written < 0 ? std::string("cannot append: ") + std::strerror(errno) : "a short write"};
  }
  if (::fdatasync(fd) != 0) {
    return Error{ErrorKind::io, "anchor", path, std::string("fdatasync failed: ") + std::strerror(errno)};
  }
  return std::nullopt;
}

}  // namespace carecrowd::services
