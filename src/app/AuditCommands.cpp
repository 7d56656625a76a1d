#include "app/AuditCommands.h"

#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <sstream>

#include "services/AuditLog.h"

namespace carecrowd::app {
namespace {

struct AnchorOptions {
  std::string serve_anchor;  // serve --audit-anchor
  int interval_ms = 100;
  std::string verify_anchor;  // audit verify --anchor
  std::string key_file;       // --audit-key-file, for any of the commands
};
AnchorOptions anchor_options;

struct BackupOptions {
  std::string database = "sqlite:carecrowd.db";
  std::string output;
  std::string format;  // PostgreSQL only; custom when not given
  std::string anchor;
};
BackupOptions backup_options;

Result<services::AuditKey> load_audit_key() {
  if (!anchor_options.key_file.empty()) {
    std::ifstream in(anchor_options.key_file, std::ios::binary);
    if (!in) return bad_input("--audit-key-file", anchor_options.key_file, "cannot read the key file");
    std::stringstream text;
    text << in.rdbuf();
    return services::AuditKey::from(text.str(), "--audit-key-file");
  }
  if (const char* key = std::getenv("CARECROWD_AUDIT_KEY")) return services::AuditKey::from(key, "$CARECROWD_AUDIT_KEY");
  return bad_input("--audit-key-file", "",
                   "the audit anchor needs its HMAC key: set $CARECROWD_AUDIT_KEY or give --audit-key-file");
}

void add_key_file_option(CLI::App& cmd) {
  cmd.add_option("--audit-key-file", anchor_options.key_file,
                 "File holding the anchor's HMAC key (at least 32 bytes); default: $CARECROWD_AUDIT_KEY");
}

int usage_error(const Error& error) {
  std::fprintf(stderr, "carecrowd: %s\n", error.message().c_str());
  return 2;
}

}  // namespace

void add_audit_anchor_options(CLI::App& serve) {
  serve.add_option("--audit-anchor", anchor_options.serve_anchor,
                   "Append signed checkpoints of the audit chain's end to this file (outside the database)");
  add_key_file_option(serve);
  serve.add_option("--audit-anchor-interval-ms", anchor_options.interval_ms,
                   "How often the anchor looks for new audit events")
      ->capture_default_str()
      ->check(CLI::Range(10, 60'000));
}

Result<std::unique_ptr<services::AuditAnchor>> start_audit_anchor(store::Database& db) {
  if (anchor_options.serve_anchor.empty()) return std::unique_ptr<services::AuditAnchor>();
  auto key = load_audit_key();
  if (!key) return key.error();
  return services::AuditAnchor::start(db, anchor_options.serve_anchor, std::move(key.value()),
                                      std::chrono::milliseconds(anchor_options.interval_ms));
}

void add_audit_verify_options(CLI::App& verify) {
  verify.add_option("--anchor", anchor_options.verify_anchor,
                    "Also check the chain against this anchor file (written by serve --audit-anchor or backup --anchor)");
  add_key_file_option(verify);
}

int report_audit_verification(store::Database& db) {
  std::optional<services::AnchorContents> anchor;
  if (!anchor_options.verify_anchor.empty()) {
    auto key = load_audit_key();
    if (!key) return usage_error(key.error());
    auto contents = services::read_anchor(anchor_options.verify_anchor, key.value());
    if (!contents) return usage_error(contents.error());
    anchor = std::move(contents.value());
  }
  const auto report = services::verify_audit(db, anchor ? &*anchor : nullptr);
  if (!report.intact) {
    std::printf("audit log TAMPERED: %s\n", report.reason.c_str());
    if (report.first_bad_seq) std::printf("first bad event: seq %lld\n", static_cast<long long>(*report.first_bad_seq));
    return 3;
  }
  std::printf("audit log intact: %lld events, hash chain verified\n", static_cast<long long>(report.events));
  if (anchor) {
    std::printf("anchor %s: %lld checkpoints authentic", anchor_options.verify_anchor.c_str(),
                static_cast<long long>(report.checkpoints));
    if (report.checkpoints > 0) {
      std::printf(", the latest at event %lld (%s); %lld later events not yet anchored",
                  static_cast<long long>(report.anchored_seq), report.anchored_at.c_str(),
                  static_cast<long long>(report.events - report.anchored_seq));
    }
    if (anchor->torn_last_line) std::printf("; its last line was cut short (a write interrupted) and is ignored");
    std::printf("\n");
  }
  return 0;
}

void add_backup_command(CLI::App& app) {
  auto* cmd = app.add_subcommand("backup", "Copy the platform's database while it serves, and verify the copy's audit chain");
  auto& o = backup_options;
  cmd->add_option("--database", o.database, "sqlite:PATH or postgresql://...")->capture_default_str();
  cmd->add_option("-o,--output", o.output, "The copy: a SQLite file, or a pg_dump file for PostgreSQL")->required();
  cmd->add_option("--format", o.format, "PostgreSQL: pg_dump's format, custom (pg_restore) or plain (psql); default custom")
      ->check(CLI::IsMember({"custom", "plain"}));
  cmd->add_option("--anchor", o.anchor, "Append a signed checkpoint of the copy's audit chain to this anchor file");
  add_key_file_option(*cmd);
}

int run_backup_command(CLI::App& app) {
  if (!app.got_subcommand("backup")) return -1;
  const auto& o = backup_options;
  std::optional<services::AuditKey> key;
  int anchor_fd = -1;
  if (!o.anchor.empty()) {
    // Refused before copying: a backup that was asked to be anchored and could not be is no use.
    auto loaded = load_audit_key();
    if (!loaded) return usage_error(loaded.error());
    key = std::move(loaded.value());
    auto fd = services::open_anchor_for_append(o.anchor, "--anchor");
    if (!fd) return usage_error(fd.error());
    anchor_fd = fd.value();
  }
  struct CloseAnchor {
    int fd;
    ~CloseAnchor() {
      if (fd >= 0) ::close(fd);
    }
  } close_anchor{anchor_fd};

  std::unique_ptr<store::Database> db;
  try {
    db = store::Database::open(o.database, 1);
  } catch (const std::exception& e) {
    std::fprintf(stderr, "carecrowd: --database: %s\n", e.what());
    return 2;
  }
  if (db->dialect() == store::Dialect::sqlite && !o.format.empty()) {
    return usage_error(bad_input("--format", o.format, "only for PostgreSQL; a SQLite backup is a database file"));
  }
  const auto format = o.format == "plain" ? store::BackupFormat::plain : store::BackupFormat::custom;
  services::AuditVerification copy;
  if (auto error = db->backup(o.output, format,
                              [&](store::Transaction& tx) { copy = services::verify_audit(tx, nullptr); })) {
    std::fprintf(stderr, "carecrowd: backup: %s\n", error->message().c_str());
    return 1;
  }
  std::printf("backup written to %s (%s)\n", o.output.c_str(), db->describe().c_str());
  if (!copy.intact) {
    // The copy is faithful; what it holds was tampered with before it was taken.
    std::printf("the copy's audit log is TAMPERED: %s\n", copy.reason.c_str());
    return 3;
  }
  std::printf("the copy's audit log: %lld events, hash chain verified\n", static_cast<long long>(copy.events));
  if (key && copy.events > 0) {
    const std::string line = services::checkpoint_line({copy.events, copy.head_hash, services::checkpoint_time_now()}, *key);
    if (auto error = services::append_anchor_line(anchor_fd, o.anchor, line)) {
      std::fprintf(stderr, "carecrowd: --anchor: %s\n", error->message().c_str());
      return 1;
    }
    std::printf("anchored event %lld of the copy in %s\n", static_cast<long long>(copy.events), o.anchor.c_str());
  }
  return 0;
}

}  // namespace carecrowd::app
