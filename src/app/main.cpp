// carecrowd: the command line. Exceptions are caught here and nowhere else; exit codes:
//   0 ok; 1 internal error; 2 bad input or usage; 3 the plan checked is not feasible.
#include <CLI/CLI.hpp>
#include <cstdio>
#include <exception>

#include "app/AuditCommands.h"
#include "app/Commands.h"
#include "app/ServeCommand.h"

int main(int argc, char** argv) {
  CLI::App app{"carecrowd: home care planned on a crowd of caregivers"};
  app.require_subcommand(1);
  carecrowd::app::add_plan_command(app);
  carecrowd::app::add_check_command(app);
  carecrowd::app::add_generate_command(app);
  carecrowd::app::add_serve_command(app);
  carecrowd::app::add_audit_command(app);
  carecrowd::app::add_backup_command(app);
  try {
    app.parse(argc, argv);
    if (int code = carecrowd::app::run_platform_command(app); code >= 0) return code;
    if (int code = carecrowd::app::run_backup_command(app); code >= 0) return code;
    return carecrowd::app::run_selected(app);
  } catch (const CLI::ParseError& e) {
    const int code = app.exit(e);
    return code == 0 ? 0 : 2;
  } catch (const std::exception& e) {
    std::fprintf(stderr, "carecrowd: internal error: %s\n", e.what());
    return 1;
  }
}
