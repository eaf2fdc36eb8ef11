#include <fcntl.h>
#include <gtest/gtest.h>
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "core/test_util.h"
#include "sinks/file/output_file.h"

namespace ecomgen {
namespace {

namespace fs = std::filesystem;

// Bytes that differ from block to block, so a block written twice or at the wrong offset
// shows up.
std::string Pattern(size_t size, uint64_t seed) {
  std::string bytes(size, '\0');
  uint64_t state = seed * 0x9E3779B97F4A7C15 + 1;
  for (char& byte : bytes) {
    state = state * 6364136223846793005 + 1442695040888963407;
    byte = static_cast<char>(state >> 56);
  }
  return bytes;
}

std::string ReadFile(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream content;
  content << in.rdbuf();
  return content.str();
}

// Writes `pieces` to a new file in `dir` and returns what the file then holds.
std::string WriteAndRead(const fs::path& dir, const std::vector<std::string>& pieces) {
  const fs::path path = dir / "out.bin";
  fs::remove(path);  // the file must be new
  Result<std::unique_ptr<OutputFile>> file = OpenPosixFile(path.string());
  EXPECT_TRUE(file) << file.error().message();
  if (!file) return {};
  uint64_t appended = 0;
  for (const std::string& piece : pieces) {
    EXPECT_OK((*file)->Append(piece));
    appended += piece.size();
    EXPECT_EQ((*file)->size(), appended);
  }
  EXPECT_OK((*file)->Close());
  return ReadFile(path);
}

class PosixOutputFileTest : public testing::TestWithParam<std::string> {
 protected:
  void SetUp() override {
    const fs::path base = GetParam();
    if (!fs::is_directory(base)) GTEST_SKIP() << base << " does not exist here";
    std::string pattern = (base / "ecomgen-file-XXXXXX").string();
    ASSERT_NE(::mkdtemp(pattern.data()), nullptr);
    dir_ = pattern;
  }
  void TearDown() override {
    if (!dir_.empty()) fs::remove_all(dir_);
  }

  fs::path dir_;
};

TEST_P(PosixOutputFileTest, EmptyAndSmallFilesKeepTheirBytes) {
  EXPECT_EQ(WriteAndRead(dir_, {}), "");
  EXPECT_EQ(WriteAndRead(dir_, {"a,b\n", "", "1,2\n"}), "a,b\n1,2\n");
}

// Sizes around the hand-offs (1, 2, then 4 MiB a buffer: at 1, 3, 7, 11 MiB in the file) and
// the 4 KiB blocks: handed-off buffers go to the background writer (directly, where the file
// system allows it), the rest is the buffered tail.
TEST_P(PosixOutputFileTest, LargeFilesOfAnySizeKeepEveryByteInOrder) {
  constexpr size_t kMiB = size_t{1} << 20;
  for (const size_t size : {kMiB - 1, kMiB, kMiB + 1, 3 * kMiB, 3 * kMiB + 4095, 4 * kMiB,
                            7 * kMiB - 1, 7 * kMiB, 8 * kMiB + 4096, 13 * kMiB + 777}) {
    const std::string bytes = Pattern(size, size);
    // Pieces of uneven sizes, one larger than a buffer.
    std::vector<std::string> pieces;
    for (size_t at = 0, step = 1; at < size; at += step, step = step * 7 % (5 * kMiB) + 1) {
      pieces.push_back(bytes.substr(at, step));
    }
    EXPECT_EQ(WriteAndRead(dir_, pieces), bytes) << "size " << size;
  }
}

// The temporary directory (ext4 here: direct writes) and a tmpfs (buffered on kernels whose
// tmpfs refuses O_DIRECT).
INSTANTIATE_TEST_SUITE_P(FileSystems, PosixOutputFileTest,
                         testing::Values(::testing::TempDir(), std::string("/dev/shm")));

TEST(PosixOutputFileErrorTest, AFullDiskFailsTheAppendOrTheClose) {
  const int fd = ::open("/dev/full", O_WRONLY | O_CLOEXEC);
  ASSERT_GE(fd, 0);
  const std::unique_ptr<OutputFile> file = AdoptPosixFile("/dev/full", fd);
  const std::string bytes = Pattern(9 << 20, 1);
  Status status = file->Append(bytes);
  // The first buffer's failure arrives with a later Append or with Close, and sticks.
  if (status.ok()) status = file->Close();
  EXPECT_FALSE(status.ok());
  EXPECT_NE(status.message().find("/dev/full"), std::string::npos) << status.message();
  EXPECT_FALSE(file->Append("x").ok());
}

// A name that exists, and above all a symbolic link under it, is never opened: the file it
// points to keeps its bytes.
TEST(PosixOutputFileErrorTest, AnExistingNameOrLinkIsRefused) {
  const std::filesystem::path dir =
      std::filesystem::path(::testing::TempDir()) / ("posix-link-" + std::to_string(::getpid()));
  std::filesystem::create_directories(dir);
  { std::ofstream(dir / "victim") << "PRECIOUS\n"; }
  std::filesystem::create_symlink(dir / "victim", dir / "link");
  std::filesystem::create_symlink(dir / "nowhere", dir / "dangling");
  for (const char* name : {"victim", "link", "dangling"}) {
    Result<std::unique_ptr<OutputFile>> file = OpenPosixFile((dir / name).string());
    ASSERT_FALSE(file) << name;
    EXPECT_NE(file.error().message().find("already exists"), std::string::npos)
        << file.error().message();
  }
  EXPECT_FALSE(std::filesystem::exists(dir / "nowhere"));
  std::ifstream victim(dir / "victim");
  std::string line;
  std::getline(victim, line);
  EXPECT_EQ(line, "PRECIOUS");
  std::filesystem::remove_all(dir);
}

TEST(PosixOutputFileErrorTest, AMissingDirectoryIsNamed) {
  Result<std::unique_ptr<OutputFile>> file = OpenPosixFile("/nonexistent-dir/out.csv");
  ASSERT_FALSE(file);
  EXPECT_NE(file.error().message().find("/nonexistent-dir/out.csv"), std::string::npos);
}

}  // namespace
}  // namespace ecomgen
