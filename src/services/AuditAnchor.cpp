#include "services/AuditAnchor.h"

#include <unistd.h>

#include <cstdio>
#include <exception>

#include "records/AuditRecords.h"

namespace carecrowd::services {
namespace {

void log_failure(const char* what, const std::string& detail) {
  std::string escaped;
  for (char c : detail) {
    if (c == '"' || c == '\\') escaped += '\\';
    escaped += (static_cast<unsigned char>(c) < 0x20) ? ' ' : c;
  }
  std::fprintf(stderr, "{\"level\":\"error\",\"task\":\"audit-anchor\",\"what\":\"%s\",\"error\":\"%s\"}\n", what,
               escaped.c_str());
}

}  // namespace

Result<std::unique_ptr<AuditAnchor>> AuditAnchor::start(store::Database& db, const std::string& path, AuditKey key,
                                                        std::chrono::milliseconds interval) {
  auto fd = open_anchor_for_append(path, "--audit-anchor");
  if (!fd) return fd.error();
  return std::make_unique<AuditAnchor>(db, path, fd.value(), std::move(key), interval);
}

AuditAnchor::AuditAnchor(store::Database& db, std::string path, int fd, AuditKey key,
                         std::chrono::milliseconds interval)
    : db_(db), path_(std::move(path)), fd_(fd), key_(std::move(key)), interval_(interval) {
  thread_ = std::thread([this] { run(); });
}

AuditAnchor::~AuditAnchor() {
  {
    std::lock_guard lock(mutex_);
    stopping_ = true;
  }
  wake_.notify_all();
  thread_.join();
  ::close(fd_);
}

void AuditAnchor::run() {
  std::unique_lock lock(mutex_);
  for (;;) {
    const bool stop = stopping_;
    lock.unlock();
    checkpoint_if_moved();
    lock.lock();
    if (stop) return;
    wake_.wait_for(lock, interval_, [&] { return stopping_; });
  }
}

void AuditAnchor::checkpoint_if_moved() {
  // The writer's own thread: the one place its failures end. A database that cannot be reached
  // (PostgreSQL restarting) or a full disk must not stop the server; the next round tries again.
  try {
    const auto head = db_.read([](store::Transaction& tx) { return records::read_audit_head(tx); });
    if (head.seq < 1 || (head.seq == written_seq_ && head.hash == written_head_)) return;
    const std::string line = checkpoint_line({head.seq, head.hash, checkpoint_time_now()}, key_);
    if (auto error = append_anchor_line(fd_, path_, line)) {
      if (!failing_) log_failure("append", error->message());
      failing_ = true;
      return;
    }
    written_seq_ = head.seq;
    written_head_ = head.hash;
    failing_ = false;
  } catch (const std::exception& e) {
    if (!failing_) log_failure("read head", e.what());
    failing_ = true;
  }
}

}  // namespace carecrowd::services
