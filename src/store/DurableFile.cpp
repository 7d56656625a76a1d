#include "store/DurableFile.h"

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <filesystem>

namespace carecrowd::store {
namespace {

std::optional<Error> fsync_path(const std::string& path, int flags) {
  const int fd = ::open(path.c_str(), flags | O_CLOEXEC);
  if (fd < 0) return Error{ErrorKind::io, "-o", path, std::string("cannot open: ") + std::strerror(errno)};
  const int rc = ::fsync(fd);
  const int saved = errno;
  ::close(fd);
  if (rc != 0) return Error{ErrorKind::io, "-o", path, std::string("fsync failed: ") + std::strerror(saved)};
  return std::nullopt;
}

}  // namespace

std::optional<Error> make_durable(const std::string& partial, const std::string& path) {
  if (auto error = fsync_path(partial, O_RDONLY)) return error;
  if (std::rename(partial.c_str(), path.c_str()) != 0) {
    return Error{ErrorKind::io, "-o", path, std::string("cannot rename the finished copy: ") + std::strerror(errno)};
  }
  auto folder = std::filesystem::path(path).parent_path();
  if (folder.empty()) folder = ".";
  return fsync_path(folder.string(), O_RDONLY | O_DIRECTORY);
}

}  // namespace carecrowd::store
