// The platform subcommands: `serve` (the HTTP server) and `audit verify` (checks the hash chain of
// the access log).
#pragma once

#include <CLI/CLI.hpp>

namespace carecrowd::app {

void add_serve_command(CLI::App& app);
void add_audit_command(CLI::App& app);
// Returns -1 when neither was chosen.
int run_platform_command(CLI::App& app);

}  // namespace carecrowd::app
