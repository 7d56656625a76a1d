// The audit anchor at the service level, on a real database (SQLite, or PostgreSQL when
// CARECROWD_TEST_DATABASE names one): the checkpoint line's format and HMAC, and each way someone
// who can write the database may tamper with the log, shown once against the chain alone and once
// against an anchor.
#include <gtest/gtest.h>
#include <unistd.h>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <memory>
#include <sstream>
#include <string>
#include <thread>

#include "records/AuditRecords.h"
#include "services/AuditAnchor.h"
#include "services/AuditCheckpoint.h"
#include "services/AuditLog.h"
#include "store/Database.h"
#include "support/AuditTamper.h"
#include "support/FreshDatabase.h"

namespace carecrowd::services {
namespace {

using testing::delete_tail;
using testing::record_events;
using testing::rewrite_from;

AuditKey key_of(char c) { return AuditKey::from(std::string(32, c), "test").value(); }

std::string read_text(const std::string& path) {
  std::ifstream in(path);
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}

class AuditAnchorTest : public ::testing::Test {
 protected:
  void SetUp() override {
    fresh_ = std::make_unique<testing::FreshDatabase>("anchor");
    db_ = store::Database::open(fresh_->url());
    anchor_ = (std::filesystem::temp_directory_path() /
               ("carecrowd-anchor-" + std::to_string(::getpid()) + "-" +
                ::testing::UnitTest::GetInstance()->current_test_info()->name()))
                  .string();
    std::filesystem::remove(anchor_);
  }
  void TearDown() override {
    std::filesystem::remove(anchor_);
    db_.reset();
    fresh_.reset();
  }

  void record(int n, int first = 1) {
    db_->write([&](store::Transaction& tx) { record_events(tx, n, first); });
  }
  // What the anchor writer does when it sees the head: one signed line for it.
  void anchor_head(const AuditKey& key) {
    const auto head = db_->read([](store::Transaction& tx) { return records::read_audit_head(tx); });
    append(checkpoint_line({head.seq, head.hash, checkpoint_time_now()}, key));
  }
  void append(const std::string& line) {
    auto fd = open_anchor_for_append(anchor_, "test");
    ASSERT_TRUE(fd.ok());
    EXPECT_FALSE(append_anchor_line(fd.value(), anchor_, line).has_value());
    ::close(fd.value());
  }
  // Ten events, each anchored as it was written (the writer under light load).
  void ten_events_each_anchored() {
    for (int i = 1; i <= 10; ++i) {
      record(1, i);
      anchor_head(key_);
    }
  }
  AuditVerification verify_with_anchor(const AuditKey& key) {
    auto contents = read_anchor(anchor_, key);
    EXPECT_TRUE(contents.ok());
    return verify_audit(*db_, &contents.value());
  }
  AuditVerification verify_with_anchor() { return verify_with_anchor(key_); }

  std::unique_ptr<testing::FreshDatabase> fresh_;
  std::unique_ptr<store::Database> db_;
  std::string anchor_;
  AuditKey key_ = key_of('k');
};

TEST(AuditCheckpoint, ALineReadsBackAsWrittenUnderItsKeyOnly) {
  const AuditCheckpoint c{42, std::string(64, 'a'), "2026-12-06T10:00:00.000Z"};
  std::string line = checkpoint_line(c, key_of('k'));
  ASSERT_EQ(line.back(), '\n');
  line.pop_back();
  const auto back = parse_checkpoint_line(line, key_of('k'));
  ASSERT_TRUE(back.has_value()) << line;
  EXPECT_EQ(back->seq, 42);
  EXPECT_EQ(back->head, c.head);
  EXPECT_EQ(back->at, c.at);
  EXPECT_FALSE(parse_checkpoint_line(line, key_of('x')).has_value());
}

TEST(AuditCheckpoint, AnEditedLineIsNotAuthentic) {
  std::string line = checkpoint_line({42, std::string(64, 'a'), "2026-12-06T10:00:00.000Z"}, key_of('k'));
  line.pop_back();
  auto edited = [&](const std::string& from, const std::string& to) {
    std::string copy = line;
    copy.replace(copy.find(from), from.size(), to);
    return copy;
  };
  EXPECT_FALSE(parse_checkpoint_line(edited("seq=42", "seq=43"), key_of('k')));
  EXPECT_FALSE(parse_checkpoint_line(edited("seq=42", "seq=042"), key_of('k')));
  EXPECT_FALSE(parse_checkpoint_line(edited("head=a", "head=b"), key_of('k')));
  EXPECT_FALSE(parse_checkpoint_line(edited("10:00:00", "11:00:00"), key_of('k')));
  EXPECT_FALSE(parse_checkpoint_line(line + " extra=1", key_of('k')));
  EXPECT_FALSE(parse_checkpoint_line(line.substr(0, line.size() - 1), key_of('k')));
  EXPECT_FALSE(parse_checkpoint_line("", key_of('k')));
  EXPECT_FALSE(parse_checkpoint_line("carecrowd-audit v1 seq=1", key_of('k')));
}

TEST(AuditCheckpoint, AKeyShorterThan32BytesIsRefusedNamingWhereItCameFrom) {
  const auto key = AuditKey::from("short\n", "--audit-key-file");
  ASSERT_FALSE(key.ok());
  EXPECT_NE(key.error().message().find("--audit-key-file"), std::string::npos);
  EXPECT_NE(key.error().message().find("at least 32 bytes, got 5"), std::string::npos) << key.error().message();
  // A key file's trailing newline is not part of the key.
  EXPECT_EQ(AuditKey::from(std::string(32, 'k') + "\n", "x").value().bytes(), std::string(32, 'k'));
}

TEST_F(AuditAnchorTest, AnIntactLogVerifiesAgainstCheckpointsFromTwoWritersInAnyOrder) {
  record(3);
  anchor_head(key_);
  record(4, 4);
  const auto head7 = db_->read([](store::Transaction& tx) { return records::read_audit_head(tx); });
  record(2, 8);
  anchor_head(key_);
  // A second server process saw event 7 late: its line comes after the line for event 9.
  append(checkpoint_line({head7.seq, head7.hash, checkpoint_time_now()}, key_));
  const auto v = verify_with_anchor();
  EXPECT_TRUE(v.intact) << v.reason;
  EXPECT_EQ(v.events, 9);
  EXPECT_EQ(v.checkpoints, 3);
  EXPECT_EQ(v.anchored_seq, 9);
}

TEST_F(AuditAnchorTest, AChangedEventIsFoundByTheChainAlone) {
  ten_events_each_anchored();
  db_->write([](store::Transaction& tx) { tx.exec("UPDATE audit_event SET detail = 'nothing' WHERE seq = 5"); });
  const auto chain = verify_audit(*db_);
  EXPECT_FALSE(chain.intact);
  EXPECT_EQ(chain.first_bad_seq, 5);
  EXPECT_EQ(verify_with_anchor().first_bad_seq, 5);
}

TEST_F(AuditAnchorTest, AChangedAndReHashedEventIsFoundOnlyWithTheAnchor) {
  ten_events_each_anchored();
  rewrite_from(*db_, 5, [](store::Transaction& tx) {
    record_events(tx, 1, 5, "changed");
    record_events(tx, 5, 6);
  });
  EXPECT_TRUE(verify_audit(*db_).intact) << "the rewritten chain links up on its own";
  const auto v = verify_with_anchor();
  EXPECT_FALSE(v.intact);
  EXPECT_EQ(v.first_bad_seq, 5) << v.reason;
}

TEST_F(AuditAnchorTest, SparseCheckpointsNameTheStretchThatWasRewritten) {
  record(3);
  anchor_head(key_);
  record(7, 4);
  anchor_head(key_);
  rewrite_from(*db_, 6, [](store::Transaction& tx) { record_events(tx, 5, 6, "changed"); });
  const auto v = verify_with_anchor();
  EXPECT_FALSE(v.intact);
  // Events 4..10 had no checkpoint of their own: the first that may be bad is 4.
  EXPECT_EQ(v.first_bad_seq, 4);
  EXPECT_NE(v.reason.find("from 4 to 10"), std::string::npos) << v.reason;
}

TEST_F(AuditAnchorTest, AnInsertedEventIsFound) {
  ten_events_each_anchored();
  rewrite_from(*db_, 5, [](store::Transaction& tx) {
    record_events(tx, 1, 99, "inserted");
    record_events(tx, 6, 5);
  });
  EXPECT_TRUE(verify_audit(*db_).intact);
  const auto v = verify_with_anchor();
  EXPECT_FALSE(v.intact);
  EXPECT_EQ(v.first_bad_seq, 5) << v.reason;
}

TEST_F(AuditAnchorTest, AnEventDeletedInTheMiddleIsFoundWhetherOrNotTheRestWasRenumbered) {
  ten_events_each_anchored();
  db_->write([](store::Transaction& tx) { tx.exec("DELETE FROM audit_event WHERE seq = 5"); });
  auto v = verify_with_anchor();
  EXPECT_FALSE(v.intact);
  EXPECT_EQ(v.first_bad_seq, 5);
  EXPECT_NE(v.reason.find("event 5 is missing"), std::string::npos) << v.reason;

  // Renumbered and re-hashed: events 6..10 become 5..9.
  rewrite_from(*db_, 5, [](store::Transaction& tx) { record_events(tx, 5, 6); });
  EXPECT_TRUE(verify_audit(*db_).intact);
  v = verify_with_anchor();
  EXPECT_FALSE(v.intact);
  EXPECT_EQ(v.first_bad_seq, 5) << v.reason;
}

TEST_F(AuditAnchorTest, ADeletedTailWithARewrittenHeadIsFoundOnlyWithTheAnchor) {
  ten_events_each_anchored();
  db_->write([](store::Transaction& tx) { delete_tail(tx, 8); });
  const auto chain = verify_audit(*db_);
  EXPECT_TRUE(chain.intact) << "the chain alone cannot tell: " << chain.reason;
  EXPECT_EQ(chain.events, 7);
  const auto v = verify_with_anchor();
  EXPECT_FALSE(v.intact);
  EXPECT_EQ(v.first_bad_seq, 8);
  EXPECT_NE(v.reason.find("chain ends at event 7"), std::string::npos) << v.reason;
}

TEST_F(AuditAnchorTest, AnEmptiedLogIsFound) {
  ten_events_each_anchored();
  db_->write([](store::Transaction& tx) { delete_tail(tx, 1); });
  EXPECT_TRUE(verify_audit(*db_).intact);
  EXPECT_EQ(verify_with_anchor().first_bad_seq, 1);
}

TEST_F(AuditAnchorTest, AForgedAnchorLineIsFound) {
  ten_events_each_anchored();
  // Someone who can write the anchor but does not hold the key adds a checkpoint for a chain
  // they would like to see, and edits another line.
  append(checkpoint_line({11, std::string(64, 'f'), checkpoint_time_now()}, key_of('z')));
  auto v = verify_with_anchor();
  EXPECT_FALSE(v.intact);
  EXPECT_NE(v.reason.find("line 11"), std::string::npos) << v.reason;
  EXPECT_NE(v.reason.find("HMAC"), std::string::npos) << v.reason;
  // Under the wrong key no line is authentic.
  v = verify_with_anchor(key_of('z'));
  EXPECT_FALSE(v.intact);
  EXPECT_NE(v.reason.find("line 1 "), std::string::npos) << v.reason;
}

TEST_F(AuditAnchorTest, AnEmptyAnchorBesideALogWithEventsIsFound) {
  record(3);
  append("");
  const auto v = verify_with_anchor();
  EXPECT_FALSE(v.intact);
  EXPECT_NE(v.reason.find("no checkpoint"), std::string::npos) << v.reason;
}

TEST_F(AuditAnchorTest, ALastLineCutShortByACrashIsIgnored) {
  record(3);
  anchor_head(key_);
  std::string torn = checkpoint_line({3, std::string(64, 'a'), checkpoint_time_now()}, key_);
  append(torn.substr(0, 40));
  auto contents = read_anchor(anchor_, key_);
  ASSERT_TRUE(contents.ok());
  EXPECT_TRUE(contents.value().torn_last_line);
  EXPECT_TRUE(verify_audit(*db_, &contents.value()).intact);
}

TEST_F(AuditAnchorTest, TheWriterAnchorsEachCommittedHeadAndOnceMoreWhenStopped) {
  {
    auto writer = AuditAnchor::start(*db_, anchor_, key_, std::chrono::milliseconds(10));
    ASSERT_TRUE(writer.ok());
    record(3);
    for (int i = 0; i < 200 && read_text(anchor_).find("seq=3 ") == std::string::npos; ++i) {
      std::this_thread::sleep_for(std::chrono::milliseconds(10));
    }
    EXPECT_NE(read_text(anchor_).find("seq=3 "), std::string::npos) << read_text(anchor_);
    record(2, 4);
  }
  auto contents = read_anchor(anchor_, key_);
  ASSERT_TRUE(contents.ok());
  ASSERT_FALSE(contents.value().checkpoints.empty());
  EXPECT_EQ(contents.value().checkpoints.back().seq, 5);
  EXPECT_TRUE(verify_audit(*db_, &contents.value()).intact);
}

TEST_F(AuditAnchorTest, TheWriterNeverAnchorsAnEventThatWasRolledBack) {
  record(2);
  {
    auto writer = AuditAnchor::start(*db_, anchor_, key_, std::chrono::milliseconds(10));
    ASSERT_TRUE(writer.ok());
    auto rolled_back = db_->write([](store::Transaction& tx) -> Result<int> {
      record_events(tx, 1, 3);
      std::this_thread::sleep_for(std::chrono::milliseconds(100));  // the writer polls meanwhile
      return bad_input("test", "", "roll back");
    });
    EXPECT_FALSE(rolled_back.ok());
    record(1, 3);  // seq 3 again, now with another hash
  }
  const auto v = verify_with_anchor();
  EXPECT_TRUE(v.intact) << v.reason;
  EXPECT_EQ(v.anchored_seq, 3);
}

TEST_F(AuditAnchorTest, AnAnchorThatCannotBeOpenedIsAnErrorNamingTheOption) {
  auto writer = AuditAnchor::start(*db_, "/nonexistent/folder/anchor", key_, std::chrono::milliseconds(10));
  ASSERT_FALSE(writer.ok());
  EXPECT_NE(writer.error().message().find("--audit-anchor"), std::string::npos) << writer.error().message();
}

}  // namespace
}  // namespace carecrowd::services
