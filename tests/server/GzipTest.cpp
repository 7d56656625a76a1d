#include "http/Gzip.h"

#include <gtest/gtest.h>
#include <zlib.h>

#include <random>
#include <string>

namespace carecrowd::testing {
namespace {

std::string gunzip(const std::string& data) {
  z_stream stream{};
  EXPECT_EQ(inflateInit2(&stream, 15 + 16), Z_OK);
  std::string out;
  char buffer[4096];
  stream.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(data.data()));
  stream.avail_in = static_cast<uInt>(data.size());
  int result = Z_OK;
  while (result == Z_OK) {
    stream.next_out = reinterpret_cast<Bytef*>(buffer);
    stream.avail_out = sizeof buffer;
    result = inflate(&stream, Z_NO_FLUSH);
    out.append(buffer, sizeof buffer - stream.avail_out);
  }
  inflateEnd(&stream);
  EXPECT_EQ(result, Z_STREAM_END);
  return out;
}

TEST(Gzip, RoundTripsTextAndBinaryAndShrinksRepetitiveJson) {
  std::string json = "[";
  for (int i = 0; i < 2000; ++i) json += R"({"id":)" + std::to_string(i) + R"(,"type":"morning care","status":"open"},)";
  json += "{}]";
  const std::string packed = http::gzip(json, 4);
  EXPECT_EQ(gunzip(packed), json);
  EXPECT_LT(packed.size() * 10, json.size());

  std::mt19937 random(7);
  std::string noise(50000, '\0');
  for (auto& c : noise) c = static_cast<char>(random());
  EXPECT_EQ(gunzip(http::gzip(noise, 9)), noise);
  EXPECT_EQ(gunzip(http::gzip("", 4)), "");
}

TEST(Gzip, AcceptEncodingIsReadAsRfc9110Says) {
  EXPECT_TRUE(http::accepts_gzip("gzip, deflate, br, zstd"));  // a browser
  EXPECT_TRUE(http::accepts_gzip("br;q=1.0, gzip;q=0.8"));
  EXPECT_TRUE(http::accepts_gzip("*"));
  EXPECT_TRUE(http::accepts_gzip("GZip"));  // codings are case-insensitive
  EXPECT_FALSE(http::accepts_gzip(""));
  EXPECT_FALSE(http::accepts_gzip("br"));
  EXPECT_FALSE(http::accepts_gzip("identity"));
  EXPECT_FALSE(http::accepts_gzip("gzip;q=0"));
  EXPECT_FALSE(http::accepts_gzip("gzip; q=0.000, br"));
  EXPECT_TRUE(http::accepts_gzip("gzip;q=0.001"));
}

TEST(Gzip, TextIsCompressibleImagesAreNot) {
  EXPECT_TRUE(http::is_compressible("application/json"));
  EXPECT_TRUE(http::is_compressible("application/problem+json"));
  EXPECT_TRUE(http::is_compressible("text/csv; charset=utf-8"));
  EXPECT_TRUE(http::is_compressible("text/javascript; charset=utf-8"));
  EXPECT_TRUE(http::is_compressible("image/svg+xml"));
  EXPECT_FALSE(http::is_compressible("image/png"));
  EXPECT_FALSE(http::is_compressible("application/octet-stream"));
}

}  // namespace
}  // namespace carecrowd::testing
