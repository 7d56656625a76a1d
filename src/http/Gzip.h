// Gzip: response compression that the server does itself: gzip at a fast level for API answers
// (a 250 kB page of tasks in about 3 ms, to a tenth of its size), at the best level once for the
// web app's files when they are loaded. (Brotli at its slowest setting, which the earlier HTTP
// library used, took 0.4 s of CPU for that page.)
//
// Thread safety: free functions without shared state.
#pragma once

#include <string>
#include <string_view>

namespace carecrowd::http {

// Below this a response fits a packet or two and compressing costs more than it saves.
inline constexpr std::size_t kGzipMinBytes = 1400;

// The gzip (RFC 1952) form of `data` at zlib `level` (1 fastest .. 9 smallest).
std::string gzip(std::string_view data, int level);

// Whether an Accept-Encoding header offers gzip (and does not refuse it with q=0).
bool accepts_gzip(std::string_view accept_encoding);

// Whether a content type is text that compresses well (JSON, HTML, JS, CSS, SVG, CSV, plain).
bool is_compressible(std::string_view content_type);

}  // namespace carecrowd::http
