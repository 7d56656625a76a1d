// DurableFile: how a backup's file is put in place so that a crash never leaves a half-written copy
// under the final name: written to `partial` beside it, fsynced, renamed over `path`, and the folder
// fsynced so that the rename itself survives.
#pragma once

#include <optional>
#include <string>

#include "core/Error.h"

namespace carecrowd::store {

// REQUIRES: `partial` is complete and closed. Errors (kind io) name the file and the system's reason.
std::optional<Error> make_durable(const std::string& partial, const std::string& path);

}  // namespace carecrowd::store
