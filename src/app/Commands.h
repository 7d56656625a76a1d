// Commands: the `plan`, `check` and `generate` subcommands. Each add_* registers its options; run
// dispatches to the one the user chose. Errors are printed as "field (id X): reason" on stderr.
#pragma once

#include <CLI/CLI.hpp>

namespace carecrowd::app {

void add_plan_command(CLI::App& app);
void add_check_command(CLI::App& app);
void add_generate_command(CLI::App& app);
int run_selected(CLI::App& app);

}  // namespace carecrowd::app
