#include "rng/streams.h"

#include <gtest/gtest.h>

#include <fstream>
#include <regex>
#include <sstream>
#include <string>

namespace ecomgen {
namespace {

TEST(StreamsTest, DisjointRejectsSharedAndOverlappingStreams) {
  constexpr StreamId a{TableId::kOrders, 1};
  constexpr StreamId b{TableId::kOrders, 2};
  constexpr StreamId other_table{TableId::kReturns, 1};
  constexpr StreamId block{TableId::kOrders, 0x100, 4};
  EXPECT_TRUE(streams::Disjoint(std::array{a, b, other_table, block}));
  EXPECT_FALSE(streams::Disjoint(std::array{a, b, StreamId{TableId::kOrders, 1}}));
  EXPECT_FALSE(streams::Disjoint(std::array{block, StreamId{TableId::kOrders, 0x103}}));
  EXPECT_TRUE(streams::Disjoint(std::array{block, StreamId{TableId::kOrders, 0x104}}));
}

TEST(StreamsTest, BlockMembersAreTheBlocksIds) {
  EXPECT_EQ(streams::kLatentDailyShock.At(3).id, streams::kLatentDailyShock.id + 3);
  EXPECT_EQ(streams::kLatentDailyShock.At(3).width, 1u);
}

// The compile-time check covers only the streams listed in kAll: every stream the header
// declares must be there.
TEST(StreamsTest, EveryDeclaredStreamIsChecked) {
  std::ifstream file(std::string(ECOMGEN_SOURCE_DIR) + "/src/rng/streams.h");
  ASSERT_TRUE(file.good());
  std::stringstream text;
  text << file.rdbuf();
  const std::string source = text.str();
  const std::regex declaration(R"(inline constexpr StreamId (k\w+)\{)");
  const std::string all = source.substr(source.find("kAll = {"));
  size_t declared = 0;
  for (auto it = std::sregex_iterator(source.begin(), source.end(), declaration);
       it != std::sregex_iterator(); ++it) {
    ++declared;
    const std::string name = (*it)[1];
    EXPECT_TRUE(std::regex_search(all, std::regex("\\b" + name + "\\b")))
        << name << " is missing from streams::kAll";
  }
  EXPECT_EQ(declared, streams::kAll.size());
}

}  // namespace
}  // namespace ecomgen
