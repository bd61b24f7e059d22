// The continuous mode's parts (scan/run -r --follow): the queue's settle,
// ordering and read-once rules on a made-up clock, the capture sniffing, and
// the directory watch and follower on a real temporary directory — with
// inotify and with polling.
#include <fcntl.h>
#include <stdlib.h>
#include <unistd.h>

#include <gtest/gtest.h>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <string>
#include <thread>
#include <vector>

#include "capture/capture_file_kind.h"
#include "capture/capture_follower.h"
#include "capture/directory_watch.h"
#include "capture/follow_queue.h"

namespace tapwatch {
namespace {

using namespace std::chrono_literals;
namespace fs = std::filesystem;
using Seen = FollowQueue::Seen;

FileIdentity file(uint64_t inode, uint64_t size, int64_t mtime = 1) { return {1, inode, size, mtime}; }

class FollowQueueTest : public ::testing::Test {
 protected:
  FollowQueue queue_{2s};
  FollowQueue::Clock::time_point t0_ = FollowQueue::Clock::time_point{} + 1000s;
};

TEST_F(FollowQueueTest, ReadyOnceUnchangedForTheSettleTime) {
  EXPECT_EQ(queue_.observe("/d/a.pcap", file(1, 100), t0_), Seen::Waiting);
  EXPECT_TRUE(queue_.takeReady(t0_ + 1s).empty());
  // Grew: the settle clock starts again.
  EXPECT_EQ(queue_.observe("/d/a.pcap", file(1, 200, 2), t0_ + 1500ms), Seen::Waiting);
  EXPECT_TRUE(queue_.takeReady(t0_ + 3s).empty());
  EXPECT_EQ(queue_.takeReady(t0_ + 3500ms), (std::vector<std::string>{"/d/a.pcap"}));
  EXPECT_TRUE(queue_.takeReady(t0_ + 10s).empty()) << "handed out once";
}

TEST_F(FollowQueueTest, CloseOrRenameCompletesAtOnceButAnEmptyFileNever) {
  queue_.observe("/d/a.pcap", file(1, 100), t0_, /*complete=*/true);
  queue_.observe("/d/empty.pcap", file(2, 0), t0_, /*complete=*/true);
  EXPECT_EQ(queue_.takeReady(t0_), (std::vector<std::string>{"/d/a.pcap"}));
  EXPECT_TRUE(queue_.takeReady(t0_ + 60s).empty());
}

TEST_F(FollowQueueTest, WrittenAgainAfterACloseWaitsAgain) {
  queue_.observe("/d/a.pcap", file(1, 100), t0_, true);
  queue_.observe("/d/a.pcap", file(1, 150, 2), t0_ + 10ms);  // reopened and appended to before it was taken
  EXPECT_TRUE(queue_.takeReady(t0_ + 1s).empty());
  EXPECT_EQ(queue_.takeReady(t0_ + 2100ms).size(), 1u);
}

TEST_F(FollowQueueTest, ReadyFilesComeInPathOrder) {
  queue_.observe("/d/c.pcap", file(3, 10), t0_, true);
  queue_.observe("/d/a/z.pcap", file(1, 10), t0_, true);
  queue_.observe("/d/b.pcap", file(2, 10), t0_, true);
  EXPECT_EQ(queue_.takeReady(t0_), (std::vector<std::string>{"/d/a/z.pcap", "/d/b.pcap", "/d/c.pcap"}));
}

TEST_F(FollowQueueTest, AReadFileThatGrowsIsReportedOnceAndNotReadAgain) {
  queue_.markRead("/d/a.pcap", file(1, 100));
  EXPECT_EQ(queue_.observe("/d/a.pcap", file(1, 100), t0_), Seen::Unchanged);
  EXPECT_EQ(queue_.observe("/d/a.pcap", file(1, 300, 2), t0_), Seen::GrewAfterRead);
  EXPECT_EQ(queue_.observe("/d/a.pcap", file(1, 400, 3), t0_ + 1s), Seen::Unchanged) << "reported once";
  EXPECT_TRUE(queue_.takeReady(t0_ + 60s).empty());
  EXPECT_TRUE(queue_.isRead("/d/a.pcap"));
}

TEST_F(FollowQueueTest, ANewFileUnderAReadFilesNameIsNew) {
  queue_.markRead("/d/a.pcap", file(1, 100));
  EXPECT_EQ(queue_.observe("/d/a.pcap", file(7, 100), t0_, true), Seen::Waiting);  // replaced: another inode
  EXPECT_EQ(queue_.takeReady(t0_), (std::vector<std::string>{"/d/a.pcap"}));
}

TEST_F(FollowQueueTest, AReadFileMovedToANewNameIsNotReadTwice) {
  queue_.markRead("/d/a.pcap", file(1, 100, 5));
  queue_.forget("/d/a.pcap");
  EXPECT_EQ(queue_.observe("/d/old/a.pcap", file(1, 100, 5), t0_, true), Seen::AlreadyRead);
  EXPECT_TRUE(queue_.takeReady(t0_).empty());
  // A reused inode of a deleted file is another file (other size or mtime).
  EXPECT_EQ(queue_.observe("/d/b.pcap", file(1, 100, 9), t0_, true), Seen::Waiting);
}

TEST_F(FollowQueueTest, ASkippedFileIsJudgedAgainOnlyWhenItChanges) {
  queue_.observe("/d/x", file(1, 2), t0_, true);
  ASSERT_EQ(queue_.takeReady(t0_).size(), 1u);
  queue_.markSkipped("/d/x", file(1, 2));
  EXPECT_EQ(queue_.observe("/d/x", file(1, 2), t0_ + 5s), Seen::Unchanged);
  EXPECT_TRUE(queue_.takeReady(t0_ + 10s).empty());
  EXPECT_EQ(queue_.observe("/d/x", file(1, 500, 2), t0_ + 11s, true), Seen::Waiting);
  EXPECT_EQ(queue_.takeReady(t0_ + 11s).size(), 1u);
}

TEST_F(FollowQueueTest, ListingsAndDirectoryRemovalForgetWhatIsGone) {
  queue_.observe("/d/a.pcap", file(1, 10), t0_);
  queue_.observe("/d/sub/b.pcap", file(2, 10), t0_);
  queue_.observe("/d/sub/c.pcap", file(3, 10), t0_);
  queue_.observe("/d/subway.pcap", file(4, 10), t0_);
  queue_.forgetUnder("/d/sub");
  EXPECT_EQ(queue_.tracked(), 2u) << "/d/subway.pcap is not below /d/sub";
  queue_.retainOnly({"/d/subway.pcap"});
  EXPECT_EQ(queue_.tracked(), 1u);
  EXPECT_EQ(queue_.takeReady(t0_ + 3s), (std::vector<std::string>{"/d/subway.pcap"}));
}

TEST(CaptureFileKind, TemporaryNames) {
  EXPECT_TRUE(isTemporaryCaptureName(".a.pcap"));
  EXPECT_TRUE(isTemporaryCaptureName("a.pcap.tmp"));
  EXPECT_TRUE(isTemporaryCaptureName("a.pcap.part"));
  EXPECT_FALSE(isTemporaryCaptureName("a.pcap"));
  EXPECT_FALSE(isTemporaryCaptureName("tmp.pcap"));
}

// A scratch directory on the real file system (mkdtemp: unique per process).
class TempTree {
 public:
  TempTree() {
    std::string tmpl = (fs::temp_directory_path() / "tapwatch-follow-XXXXXX").string();
    if (::mkdtemp(tmpl.data()) == nullptr) throw std::runtime_error("mkdtemp failed");
    root_ = tmpl;
  }
  ~TempTree() {
    std::error_code ec;
    fs::remove_all(root_, ec);
  }
  std::string path(const std::string& name) const { return root_ + "/" + name; }
  std::string write(const std::string& name, const std::string& bytes) const {
    fs::create_directories(fs::path(path(name)).parent_path());
    std::ofstream(path(name), std::ios::binary) << bytes;
    return path(name);
  }
  const std::string& root() const { return root_; }

 private:
  std::string root_;
};

// A classic pcap header (little-endian, microseconds, Ethernet) and no packet.
std::string pcapHeader() {
  return std::string("\xd4\xc3\xb2\xa1\x02\x00\x04\x00", 8) + std::string(8, '\0') +
         std::string("\xff\xff\x00\x00\x01\x00\x00\x00", 8);
}

TEST(CaptureFileKind, SniffsByMagicNotByName) {
  TempTree tree;
  EXPECT_EQ(sniffCaptureFile(tree.write("a.dmp", pcapHeader())), CaptureFileKind::Pcap);
  EXPECT_EQ(sniffCaptureFile(tree.write("b", std::string("\xa1\xb2\xc3\xd4", 4))), CaptureFileKind::Pcap);
  EXPECT_EQ(sniffCaptureFile(tree.write("c", std::string("\xa1\xb2\x3c\x4d", 4))), CaptureFileKind::Pcap);
  EXPECT_EQ(sniffCaptureFile(tree.write("d.pcapng", std::string("\x0a\x0d\x0d\x0a\x1c\0\0\0", 8))),
            CaptureFileKind::Pcapng);
  std::string detail;
  EXPECT_EQ(sniffCaptureFile(tree.write("notes.pcap", "hello, not a capture"), &detail), CaptureFileKind::Other);
  EXPECT_EQ(detail, "starts with 68 65 6c 6c");
  EXPECT_EQ(sniffCaptureFile(tree.write("short", "ab")), CaptureFileKind::Other);
  EXPECT_EQ(sniffCaptureFile(tree.path("missing"), &detail), CaptureFileKind::Unreadable);
}

// Calls next() until `want` paths came out or `limit` passed; everything handed out.
std::vector<std::string> collect(CaptureFollower& follower, size_t want, std::chrono::milliseconds limit) {
  std::vector<std::string> got;
  const auto end = std::chrono::steady_clock::now() + limit;
  while (got.size() < want && std::chrono::steady_clock::now() < end)
    for (std::string& p : follower.next(50ms)) got.push_back(std::move(p));
  return got;
}

std::unique_ptr<CaptureFollower> openFollower(const std::string& root, DirectoryWatch::Mode mode,
                                              std::chrono::milliseconds settle) {
  auto follower = CaptureFollower::open({root}, {.settle = settle, .poll_interval = 100ms, .mode = mode});
  EXPECT_TRUE(follower) << follower.error().describe();
  return follower ? std::move(follower.value()) : nullptr;
}

TEST(DirectoryWatch, InotifyReportsClosesRenamesNewDirectoriesAndDeletions) {
  TempTree tree;
  auto opened = DirectoryWatch::open({tree.root()}, DirectoryWatch::Mode::Auto, 100ms);
  ASSERT_TRUE(opened);
  DirectoryWatch& watch = **opened;
  ASSERT_TRUE(watch.usesInotify()) << watch.fallbackReason();
  auto first = watch.wait(10ms);
  ASSERT_EQ(first.size(), 1u);
  EXPECT_EQ(first[0].kind, WatchEvent::Kind::Listing);

  const auto kinds_of = [&](const std::string& path) {
    std::vector<WatchEvent::Kind> kinds;
    for (int i = 0; i < 10; ++i)
      for (const WatchEvent& e : watch.wait(20ms))
        if (e.path == path) kinds.push_back(e.kind);
    return kinds;
  };
  const std::string a = tree.write("a.pcap", pcapHeader());
  auto kinds = kinds_of(a);
  ASSERT_FALSE(kinds.empty());
  EXPECT_EQ(kinds.back(), WatchEvent::Kind::Complete);  // IN_CLOSE_WRITE

  fs::create_directories(tree.path("sub/deeper"));
  const std::string b = tree.write("sub/deeper/b.pcap", pcapHeader());
  kinds = kinds_of(b);
  ASSERT_FALSE(kinds.empty()) << "a new subdirectory is watched (or listed) as soon as it appears";

  fs::rename(a, tree.path("sub/a2.pcap"));
  bool gone = false, moved_in = false;
  for (int i = 0; i < 10; ++i)
    for (const WatchEvent& e : watch.wait(20ms)) {
      gone |= e.kind == WatchEvent::Kind::Gone && e.path == a;
      moved_in |= e.kind == WatchEvent::Kind::Complete && e.path == tree.path("sub/a2.pcap");
    }
  EXPECT_TRUE(gone && moved_in);
}

class FollowerTest : public ::testing::TestWithParam<DirectoryWatch::Mode> {};

TEST_P(FollowerTest, HandsOutEachNewCaptureOnceInOrderAndSkipsTheRest) {
  TempTree tree;
  const std::string before = tree.write("0-before.pcap", pcapHeader());
  auto follower = openFollower(tree.root(), GetParam(), 300ms);
  ASSERT_TRUE(follower);
  follower->alreadyRead(before);
  EXPECT_EQ(GetParam() == DirectoryWatch::Mode::Auto, follower->usesInotify());

  // Temporary names wait; a rename into place counts.
  tree.write(".2-b.pcap.part", pcapHeader());
  tree.write("1-a.pcap.tmp", pcapHeader());
  tree.write("notes.txt", "no capture here");
  EXPECT_TRUE(collect(*follower, 1, 700ms).empty()) << "only temporary names and a non-capture so far";
  fs::rename(tree.path(".2-b.pcap.part"), tree.path("2-b.pcap"));
  fs::rename(tree.path("1-a.pcap.tmp"), tree.path("1-a.pcap"));
  EXPECT_EQ(collect(*follower, 2, 3000ms), (std::vector<std::string>{tree.path("1-a.pcap"), tree.path("2-b.pcap")}));
  EXPECT_EQ(follower->skippedFiles(), 1u) << "notes.txt, once";

  // A read file that grows is not read again; nothing comes out twice.
  { std::ofstream(tree.path("1-a.pcap"), std::ios::binary | std::ios::app) << std::string(16, '\0'); }
  EXPECT_TRUE(collect(*follower, 1, 800ms).empty());
  EXPECT_EQ(follower->skippedFiles(), 1u);
}

TEST_P(FollowerTest, AFileWrittenSlowlyIsTakenOnlyWhenComplete) {
  TempTree tree;
  auto follower = openFollower(tree.root(), GetParam(), 1000ms);  // 5x the gaps between writes
  ASSERT_TRUE(follower);
  follower->next(10ms);
  const std::string path = tree.path("slow.pcap");
  const int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_CLOEXEC, 0644);
  ASSERT_GE(fd, 0);
  const std::string bytes = pcapHeader() + std::string(72, 'x');  // six 16-byte chunks
  std::vector<std::string> early;
  for (size_t at = 0; at < bytes.size(); at += 16) {
    ASSERT_EQ(::write(fd, bytes.data() + at, std::min<size_t>(16, bytes.size() - at)), 16);
    for (auto& p : collect(*follower, 1, 200ms)) early.push_back(p);  // gaps shorter than the settle
  }
  EXPECT_EQ(early, std::vector<std::string>{}) << "taken while still being written";
  ::close(fd);
  const auto closed = std::chrono::steady_clock::now();
  EXPECT_EQ(collect(*follower, 1, 3000ms), std::vector<std::string>{path});
  const auto took = std::chrono::steady_clock::now() - closed;
  if (GetParam() == DirectoryWatch::Mode::Auto) {
    EXPECT_LT(took, 300ms) << "IN_CLOSE_WRITE completes it without waiting for the settle";
  }
}

TEST_P(FollowerTest, ARootWithATrailingSlashNamesEachFileOnce) {
  TempTree tree;
  auto follower = openFollower(tree.root() + "//", GetParam(), 200ms);
  ASSERT_TRUE(follower);
  follower->next(10ms);
  fs::create_directories(tree.path("sub"));
  tree.write("sub/a.pcap", pcapHeader());
  EXPECT_EQ(collect(*follower, 2, 1500ms), std::vector<std::string>{tree.path("sub/a.pcap")});
}

INSTANTIATE_TEST_SUITE_P(Modes, FollowerTest,
                         ::testing::Values(DirectoryWatch::Mode::Auto, DirectoryWatch::Mode::Polling),
                         [](const auto& info) {
                           return info.param == DirectoryWatch::Mode::Auto ? std::string("Inotify")
                                                                           : std::string("Polling");
                         });

}  // namespace
}  // namespace tapwatch
