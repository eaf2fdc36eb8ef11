#include "exec/staged_files.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "core/test_util.h"

namespace ecomgen {
namespace {

namespace fs = std::filesystem;

// A fresh directory, removed with its content at the end of the test.
class StagedFilesTest : public testing::Test {
 protected:
  void SetUp() override {
    std::string pattern = (fs::temp_directory_path() / "ecomgen-staged-XXXXXX").string();
    ASSERT_NE(::mkdtemp(pattern.data()), nullptr);
    dir_ = pattern;
  }
  void TearDown() override { fs::remove_all(dir_); }

  // Every entry of the directory (hidden temporaries too), sorted.
  std::vector<std::string> Entries() const {
    std::vector<std::string> names;
    for (const fs::directory_entry& entry : fs::directory_iterator(dir_)) {
      names.push_back(entry.path().filename().string());
    }
    std::sort(names.begin(), names.end());
    return names;
  }
  std::string Read(const std::string& name) const {
    std::ifstream in(dir_ / name, std::ios::binary);
    std::ostringstream content;
    content << in.rdbuf();
    return content.str();
  }
  void Write(const std::string& name, const std::string& content) const {
    std::ofstream(dir_ / name, std::ios::binary) << content;
  }
  // Creates `name` in `files` with `content`, closed.
  static void Stage(StagedFiles& files, const std::string& name, const std::string& content) {
    Result<std::unique_ptr<OutputFile>> file = files.Create(name);
    ASSERT_TRUE(file) << file.error().message();
    ASSERT_OK((*file)->Append(content));
    ASSERT_OK((*file)->Close());
  }

  fs::path dir_;
};

TEST_F(StagedFilesTest, CommitRenamesEveryFileAndLeavesNoTemporary) {
  StagedFiles files(dir_.string(), /*force=*/false);
  Stage(files, "a.csv", "aaa");
  Stage(files, "b.csv", "bbb");
  EXPECT_EQ(Entries().size(), 2u);
  EXPECT_TRUE(Entries()[0].starts_with(".a.csv.tmp-")) << Entries()[0];
  ASSERT_OK(files.Commit());
  EXPECT_EQ(Entries(), (std::vector<std::string>{"a.csv", "b.csv"}));
  EXPECT_EQ(Read("a.csv"), "aaa");
  EXPECT_EQ(Read("b.csv"), "bbb");
}

TEST_F(StagedFilesTest, DestructorWithoutCommitRemovesTheTemporaries) {
  {
    StagedFiles files(dir_.string(), /*force=*/false);
    Stage(files, "a.csv", "aaa");
    EXPECT_EQ(Entries().size(), 1u);
  }
  EXPECT_TRUE(Entries().empty());
}

TEST_F(StagedFilesTest, CreateRefusesAnExistingFileWithoutForce) {
  Write("a.csv", "old");
  StagedFiles files(dir_.string(), /*force=*/false);
  const Result<std::unique_ptr<OutputFile>> file = files.Create("a.csv");
  ASSERT_FALSE(file);
  EXPECT_NE(file.error().message().find("--force"), std::string::npos);
  EXPECT_EQ(Read("a.csv"), "old");
}

// The third of four renames fails (its final name is a directory): the two files already in
// place go away again, and no temporary is left.
TEST_F(StagedFilesTest, FailedRenameMidCommitKeepsNoFile) {
  StagedFiles files(dir_.string(), /*force=*/false);
  for (const char* name : {"a.csv", "b.csv", "c.csv", "d.csv"}) Stage(files, name, name);
  fs::create_directory(dir_ / "c.csv");
  Write("c.csv/inside", "x");

  const Status status = files.Commit();
  ASSERT_FALSE(status.ok());
  EXPECT_EQ(status.code(), Status::Code::kIOError);
  EXPECT_NE(status.message().find("c.csv"), std::string::npos) << status.message();
  EXPECT_EQ(Entries(), std::vector<std::string>{"c.csv"});
  EXPECT_EQ(Read("c.csv/inside"), "x");
}

// Without --force, a final name that appears while the run writes is not replaced at commit.
TEST_F(StagedFilesTest, FileCreatedDuringTheRunIsNotReplacedWithoutForce) {
  StagedFiles files(dir_.string(), /*force=*/false);
  Stage(files, "a.csv", "new a");
  Stage(files, "b.csv", "new b");
  Write("b.csv", "someone else's");

  ASSERT_FALSE(files.Commit().ok());
  EXPECT_EQ(Entries(), std::vector<std::string>{"b.csv"});
  EXPECT_EQ(Read("b.csv"), "someone else's");
}

// With --force, the files the run would replace are restored when the commit fails.
TEST_F(StagedFilesTest, FailedCommitWithForceRestoresReplacedFiles) {
  Write("a.csv", "old a");
  Write("b.csv", "old b");
  StagedFiles files(dir_.string(), /*force=*/true);
  for (const char* name : {"a.csv", "b.csv", "c.csv"}) Stage(files, name, name);
  fs::create_directory(dir_ / "c.csv");

  ASSERT_FALSE(files.Commit().ok());
  EXPECT_EQ(Entries(), (std::vector<std::string>{"a.csv", "b.csv", "c.csv"}));
  EXPECT_EQ(Read("a.csv"), "old a");
  EXPECT_EQ(Read("b.csv"), "old b");
  EXPECT_TRUE(fs::is_directory(dir_ / "c.csv"));
}

TEST_F(StagedFilesTest, SuccessfulCommitWithForceReplacesAndKeepsNoBackup) {
  Write("a.csv", "old a");
  StagedFiles files(dir_.string(), /*force=*/true);
  Stage(files, "a.csv", "new a");
  ASSERT_OK(files.Commit());
  EXPECT_EQ(Entries(), std::vector<std::string>{"a.csv"});
  EXPECT_EQ(Read("a.csv"), "new a");
}

// The test hook: the files share one byte budget and fail at exactly its last byte.
TEST_F(StagedFilesTest, FailAfterBytesFailsTheWriteThatCrossesTheBudget) {
  StagedFiles files(dir_.string(), /*force=*/false, /*fail_after_bytes=*/5);
  Result<std::unique_ptr<OutputFile>> first = files.Create("a.csv");
  Result<std::unique_ptr<OutputFile>> second = files.Create("b.csv");
  ASSERT_TRUE(first && second);
  ASSERT_OK((*first)->Append("abc"));
  const Status failed = (*second)->Append("defg");
  ASSERT_FALSE(failed.ok());
  EXPECT_EQ(failed.code(), Status::Code::kIOError);
  EXPECT_NE(failed.message().find("b.csv"), std::string::npos) << failed.message();
  EXPECT_EQ((*second)->size(), 2u);  // "de" fitted
  EXPECT_FALSE((*second)->Append("").ok()) << "errors are sticky";
  EXPECT_FALSE((*second)->Close().ok());
  EXPECT_FALSE((*first)->Append("x").ok()) << "the budget is shared";
}

// The directory moved away after the files were created: the commit refuses, and the
// temporaries are removed where the directory now is.
TEST_F(StagedFilesTest, CommitAfterTheDirectoryMovedKeepsNothingInEitherPlace) {
  const fs::path out = dir_ / "out";
  const fs::path moved = dir_ / "moved";
  fs::create_directory(out);
  {
    StagedFiles files(out.string(), /*force=*/false);
    Stage(files, "a.csv", "a");
    fs::rename(out, moved);
    Stage(files, "b.csv", "b");  // still created in the directory the run has open
    EXPECT_EQ(std::distance(fs::directory_iterator(moved), fs::directory_iterator()), 2);
    const Status status = files.Commit();
    EXPECT_EQ(status.code(), Status::Code::kIOError);
    EXPECT_NE(status.message().find("was moved or replaced"), std::string::npos)
        << status.message();
  }
  EXPECT_TRUE(fs::is_empty(moved));
  EXPECT_FALSE(fs::exists(out));
}

// A directory that cannot be opened fails the first Create with the reason.
TEST_F(StagedFilesTest, CreateInADirectoryThatCannotBeOpenedFails) {
  StagedFiles files((dir_ / "missing").string(), /*force=*/false);
  Result<std::unique_ptr<OutputFile>> file = files.Create("a.csv");
  ASSERT_FALSE(file);
  EXPECT_NE(file.error().message().find("cannot open output directory"), std::string::npos)
      << file.error().message();
}

}  // namespace
}  // namespace ecomgen
