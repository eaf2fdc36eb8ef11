#include "sinks/format_registry.h"

#include <gtest/gtest.h>

#include <memory>
#include <optional>
#include <string>

#include "ecomgen/output_format.h"

namespace ecomgen {
namespace {

TEST(FormatRegistryTest, NamesAndExtensionsFindTheirFormat) {
  ASSERT_FALSE(OutputFormats().empty());
  for (const OutputFormatInfo& info : OutputFormats()) {
    EXPECT_EQ(OutputFormatFromName(info.name), info.format) << info.name;
    EXPECT_EQ(OutputFormatFromExtension(info.extension), info.format) << info.extension;
    EXPECT_EQ(OutputFormatFromExtension("." + std::string(info.extension)), info.format);
    EXPECT_EQ(FormatInfo(info.format).name, info.name);
  }
  EXPECT_EQ(OutputFormatFromName("xlsx"), std::nullopt);
  EXPECT_EQ(OutputFormatFromExtension(".json"), std::nullopt);
  EXPECT_EQ(OutputFormatFromExtension(""), std::nullopt);
}

TEST(FormatRegistryTest, FactoryWritesTheRegisteredExtension) {
  for (const OutputFormatInfo& info : OutputFormats()) {
    FormatOptions options;
    options.format = info.format;
    const std::unique_ptr<Format> format = MakeFormat(options);
    ASSERT_NE(format, nullptr) << info.name;
    EXPECT_EQ(format->extension(), info.extension);
  }
}

TEST(FormatRegistryTest, EstimatesArePositive) {
  for (const OutputFormatInfo& info : OutputFormats()) {
    const FormatEntry& entry = FormatEntryFor(info.format);
    EXPECT_GE(entry.time_factor, 1.0) << info.name;
    for (double share : entry.size_share) EXPECT_GT(share, 0.0) << info.name;
  }
}

TEST(FormatRegistryTest, CompressionNamesRoundTrip) {
  for (int idx = 0; idx < kCompressionCount; ++idx) {
    const auto compression = static_cast<Compression>(idx);
    EXPECT_EQ(CompressionFromName(CompressionName(compression)), compression);
  }
  EXPECT_EQ(CompressionFromName("gzip"), std::nullopt);
}

}  // namespace
}  // namespace ecomgen
