// WebAssets: the web app's built files (the front end's `dist` folder), read into memory once when
// the server starts. A request never touches the file system, so no path can escape the folder and
// a half-finished front-end build cannot be served half-way.
//
// Paths of the single-page app (`/board`, `/feed/12`: a last segment without a dot) answer with
// index.html, so a reload or a shared link opens the right screen; the app then routes itself.
//
// Thread safety: immutable after load; any number of request threads may call find at once.
#pragma once

#include <cstddef>
#include <filesystem>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>

#include "core/Error.h"

namespace carecrowd::http {

struct WebAsset {
  std::shared_ptr<const std::string> body;     // shared with the responses that send it
  std::shared_ptr<const std::string> gzipped;  // compressed once at load; null when not worth it
  std::string content_type;
  std::string cache_control;
};

class WebAssets {
 public:
  // Reads every regular file below root. An io error when root is not a folder, has no
  // index.html, or holds more than kMaxBytes (a wrong folder, not a front-end build).
  static Result<WebAssets> load(const std::filesystem::path& root);

  // The file for a GET path, index.html for an app route, or null.
  const WebAsset* find(std::string_view path) const;
  std::size_t file_count() const { return files_.size(); }

  static constexpr std::size_t kMaxBytes = std::size_t{64} << 20;

 private:
  std::unordered_map<std::string, WebAsset> files_;  // keyed by URL path, "/index.html"
};

}  // namespace carecrowd::http
