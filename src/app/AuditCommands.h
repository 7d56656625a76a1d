// The audit log's command-line parts outside the HTTP server: the anchor options of `serve`
// (--audit-anchor, --audit-key-file, --audit-anchor-interval-ms), the anchor check of
// `audit verify` (--anchor, --audit-key-file) and `backup`. The key comes from --audit-key-file or
// else $CARECROWD_AUDIT_KEY, the same way for all three.
#pragma once

#include <CLI/CLI.hpp>
#include <memory>

#include "core/Error.h"
#include "services/AuditAnchor.h"
#include "store/Database.h"

namespace carecrowd::app {

void add_audit_anchor_options(CLI::App& serve);
// The running anchor writer of `serve`, or null when --audit-anchor was not given; an error when
// the key is missing or too short or the file cannot be opened.
Result<std::unique_ptr<services::AuditAnchor>> start_audit_anchor(store::Database& db);

void add_audit_verify_options(CLI::App& verify);
// Verifies the chain (and the anchor, when --anchor was given), prints the verdict; the exit code:
// 0 intact, 2 bad usage (no key, unreadable anchor), 3 tampered.
int report_audit_verification(store::Database& db);

void add_backup_command(CLI::App& app);
// Runs `backup` when it was chosen; -1 otherwise.
int run_backup_command(CLI::App& app);

}  // namespace carecrowd::app
