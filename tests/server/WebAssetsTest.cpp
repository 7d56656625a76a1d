#include "http/WebAssets.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>

namespace carecrowd::testing {
namespace {

namespace fs = std::filesystem;

struct WebAssetsTest : ::testing::Test {
  fs::path root = fs::temp_directory_path() / ("carecrowd-web-" + std::to_string(::getpid()));

  void SetUp() override {
    fs::remove_all(root);
    fs::create_directories(root / "assets");
    write("index.html", "<!doctype html><title>carecrowd</title>");
    write("assets/index-abc123.js", "console.log(1)");
    write("favicon.svg", "<svg/>");
  }
  void TearDown() override { fs::remove_all(root); }

  void write(const std::string& name, const std::string& text) { std::ofstream(root / name) << text; }
};

TEST_F(WebAssetsTest, ServesFilesWithTheirTypeAndAppRoutesWithIndex) {
  auto assets = http::WebAssets::load(root);
  ASSERT_TRUE(assets) << assets.error().message();
  EXPECT_EQ(assets.value().file_count(), 3u);

  const auto* script = assets.value().find("/assets/index-abc123.js");
  ASSERT_NE(script, nullptr);
  EXPECT_EQ(*script->body, "console.log(1)");
  EXPECT_EQ(script->content_type.rfind("text/javascript", 0), 0u);
  EXPECT_NE(script->cache_control.find("immutable"), std::string::npos);

  const auto* index = assets.value().find("/");
  ASSERT_NE(index, nullptr);
  EXPECT_EQ(index->content_type.rfind("text/html", 0), 0u);
  EXPECT_EQ(index->cache_control, "no-cache");  // a new build must reach browsers at once
  EXPECT_EQ(assets.value().find("/board"), index);
  EXPECT_EQ(assets.value().find("/clients/12"), index);
  EXPECT_EQ(assets.value().find("/favicon.svg")->content_type, "image/svg+xml");
}

TEST_F(WebAssetsTest, MissingFilesAndPathsOutsideTheFolderAreNotFound) {
  auto assets = http::WebAssets::load(root);
  ASSERT_TRUE(assets);
  EXPECT_EQ(assets.value().find("/assets/missing.js"), nullptr);
  EXPECT_EQ(assets.value().find("/../index.html"), nullptr);
  // Only files read at start are served: one written later, or one outside the folder, is not.
  write("late.txt", "late");
  EXPECT_EQ(assets.value().find("/late.txt"), nullptr);
  EXPECT_EQ(assets.value().find("/etc/passwd.txt"), nullptr);
}

TEST_F(WebAssetsTest, HiddenFilesAndLinksAreNotServed) {
  write(".env", "SECRET=1");
  fs::create_directories(root / ".vite");
  write(".vite/manifest.json", "{}");
  fs::create_symlink("/etc/hostname", root / "hostname.txt");
  auto assets = http::WebAssets::load(root);
  ASSERT_TRUE(assets);
  EXPECT_EQ(assets.value().file_count(), 3u);
  EXPECT_EQ(assets.value().find("/.env"), nullptr);
  EXPECT_EQ(assets.value().find("/.vite/manifest.json"), nullptr);
  EXPECT_EQ(assets.value().find("/hostname.txt"), nullptr);
}

TEST_F(WebAssetsTest, AFolderWithoutIndexOrNoFolderIsRefusedNamingTheOption) {
  fs::remove(root / "index.html");
  auto without_index = http::WebAssets::load(root);
  ASSERT_FALSE(without_index);
  EXPECT_EQ(without_index.error().field, "--web");
  EXPECT_NE(without_index.error().message().find("index.html"), std::string::npos);
  auto missing = http::WebAssets::load(root / "nothing");
  ASSERT_FALSE(missing);
  EXPECT_NE(missing.error().message().find("not a folder"), std::string::npos);
}

}  // namespace
}  // namespace carecrowd::testing
