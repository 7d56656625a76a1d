#include "http/WebAssets.h"

#include <fstream>
#include <sstream>
#include <system_error>

#include "http/Gzip.h"

namespace carecrowd::http {
namespace {

std::string_view content_type_of(std::string_view extension) {
  if (extension == ".html") return "text/html; charset=utf-8";
  if (extension == ".js" || extension == ".mjs") return "text/javascript; charset=utf-8";
  if (extension == ".css") return "text/css; charset=utf-8";
  if (extension == ".json" || extension == ".map") return "application/json";
  if (extension == ".webmanifest") return "application/manifest+json";
  if (extension == ".svg") return "image/svg+xml";
  if (extension == ".png") return "image/png";
  if (extension == ".ico") return "image/x-icon";
  if (extension == ".woff2") return "font/woff2";
  if (extension == ".txt") return "text/plain; charset=utf-8";
  return "application/octet-stream";
}

// Vite names bundled files after their content (assets/index-3f2a9c.js): they never change, so
// browsers may keep them; everything else (index.html above all) must be revalidated.
std::string cache_control_of(const std::string& url_path) {
  if (url_path.rfind("/assets/", 0) == 0) return "public, max-age=31536000, immutable";
  return "no-cache";
}

bool is_app_route(std::string_view path) {
  const auto last = path.substr(path.rfind('/') + 1);
  return last.find('.') == std::string_view::npos;
}

}  // namespace

Result<WebAssets> WebAssets::load(const std::filesystem::path& root) {
  std::error_code ec;
  if (!std::filesystem::is_directory(root, ec)) {
    return Error{ErrorKind::io, "--web", root.string(), "is not a folder (build the front end: scripts/build-web)"};
  }
  WebAssets assets;
  std::size_t total = 0;
  for (auto it = std::filesystem::recursive_directory_iterator(root, ec);
       !ec && it != std::filesystem::recursive_directory_iterator(); it.increment(ec)) {
    // Only what the build wrote: no links out of the folder, no hidden files (.env, .vite/).
    if (it->path().filename().string().starts_with('.')) {
      if (it->is_directory(ec)) it.disable_recursion_pending();
      continue;
    }
    if (it->is_symlink(ec) || !it->is_regular_file(ec)) continue;
    std::ifstream in(it->path(), std::ios::binary);
    std::ostringstream body;
    body << in.rdbuf();
    if (!in) return Error{ErrorKind::io, "--web", it->path().string(), "cannot be read"};
    total += body.view().size();
    if (total > kMaxBytes) {
      return Error{ErrorKind::io, "--web", root.string(), "holds more than 64 MiB; is it a front-end build?"};
    }
    std::string url = "/" + std::filesystem::relative(it->path(), root).generic_string();
    WebAsset asset;
    asset.body = std::make_shared<const std::string>(std::move(body).str());
    asset.content_type = std::string(content_type_of(it->path().extension().string()));
    asset.cache_control = cache_control_of(url);
    if (asset.body->size() >= kGzipMinBytes && is_compressible(asset.content_type)) {
      asset.gzipped = std::make_shared<const std::string>(gzip(*asset.body, 9));
    }
    assets.files_.emplace(std::move(url), std::move(asset));
  }
  if (ec) return Error{ErrorKind::io, "--web", root.string(), "cannot be listed: " + ec.message()};
  if (!assets.files_.contains("/index.html")) {
    return Error{ErrorKind::io, "--web", root.string(), "has no index.html (build the front end: scripts/build-web)"};
  }
  return assets;
}

const WebAsset* WebAssets::find(std::string_view path) const {
  if (path == "/") path = "/index.html";
  if (auto it = files_.find(std::string(path)); it != files_.end()) return &it->second;
  if (is_app_route(path)) return &files_.at("/index.html");
  return nullptr;
}

}  // namespace carecrowd::http
