#include "stream/event_merger.h"

#include <gtest/gtest.h>

#include <map>
#include <string>

#include "batch/batch.h"

namespace ecomgen::stream {
namespace {

Config SmallRun(std::string_view scenario) {
  Result<Config> config = BuiltinScenario(scenario);
  EXPECT_TRUE(config.has_value());
  config->scale = 0.05;
  config->seed = 3;
  return *config;
}

// The table name of an event line.
std::string TableOf(std::string_view line) {
  const size_t begin = line.find(':') + 2;
  return std::string(line.substr(begin, line.find('"', begin) - begin));
}

std::map<std::string, int64_t> RowsPerTable(const BatchGenerator& generator) {
  std::map<std::string, int64_t> rows;
  for (const std::unique_ptr<ChunkReader>& reader : generator.Readers({})) {
    while (reader->Next()) {
      for (size_t out = 0; out < reader->outputs().size(); ++out) {
        rows[std::string(TableName(reader->outputs()[out]))] +=
            static_cast<int64_t>(reader->batch(out).rows());
      }
    }
  }
  return rows;
}

TEST(EventMergerTest, EveryFactRowOnceInEventTimeOrder) {
  const Config config = SmallRun("returns_wave");
  const BatchGenerator generator(config);
  EventMerger merger(generator, {});
  std::map<std::string, int64_t> streamed;
  int64_t last_ts = std::numeric_limits<int64_t>::min();
  while (merger.Next()) {
    ASSERT_GE(merger.ts_us(), last_ts);
    last_ts = merger.ts_us();
    ASSERT_EQ(merger.line().back(), '\n');
    ++streamed[TableOf(merger.line())];
  }
  std::map<std::string, int64_t> expected = RowsPerTable(generator);
  for (const std::string dimension : {"customers", "suppliers", "products", "campaigns"}) {
    expected.erase(dimension);
  }
  EXPECT_EQ(streamed, expected);
  EXPECT_GT(streamed["returns"], 0);
}

TEST(EventMergerTest, SpanAndTablesSelectASubset) {
  Config config = SmallRun("payment_outage");
  config.scale = 1;  // enough tickets in one hour
  const BatchGenerator generator(config);
  MergeOptions options;
  options.tables = {TableId::kReturns, TableId::kSupportTickets};
  options.from_us = config.start_us + kMicrosPerHour;
  options.until_us = config.start_us + 2 * kMicrosPerHour;
  EventMerger merger(generator, options);
  int64_t events = 0;
  while (merger.Next()) {
    ++events;
    EXPECT_GE(merger.ts_us(), options.from_us);
    EXPECT_LT(merger.ts_us(), options.until_us);
    const std::string table = TableOf(merger.line());
    EXPECT_TRUE(table == "support_tickets" || table == "returns") << table;
  }
  EXPECT_GT(events, 0);
}

TEST(EventMergerTest, SameConfigSameLines) {
  const Config config = SmallRun("flash_sale");
  std::string first;
  std::string second;
  for (std::string* out : {&first, &second}) {
    const BatchGenerator generator(config);
    EventMerger merger(generator, {});
    while (merger.Next()) out->append(merger.line());
  }
  EXPECT_FALSE(first.empty());
  EXPECT_EQ(first, second);
}

}  // namespace
}  // namespace ecomgen::stream
