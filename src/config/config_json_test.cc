#include "config/config_json.h"

#include <gtest/gtest.h>

#include <cstdio>
#include <limits>
#include <nlohmann/json.hpp>
#include <string>

#include "config/time_parse.h"
#include "core/test_util.h"

namespace ecomgen {
namespace {

// The error message of parsing `text` as "t.json"; empty when it parses.
std::string ErrorOf(std::string_view text) {
  const Result<Config> config = ConfigFromJson(text, "t.json");
  return config.has_value() ? std::string() : config.error().message();
}

Config Parse(std::string_view text) {
  Result<Config> config = ConfigFromJson(text, "t.json");
  EXPECT_TRUE(config.has_value()) << config.error().message();
  return config.has_value() ? std::move(*config) : Config{};
}

TEST(ConfigJsonTest, EveryBuiltinScenarioRoundTrips) {
  for (const std::string_view name : kBuiltinScenarioNames) {
    SCOPED_TRACE(name);
    const Result<Config> builtin = BuiltinScenario(name);
    ASSERT_TRUE(builtin.has_value());
    const std::string text = ConfigToJsonText(*builtin);
    const Result<Config> parsed = ConfigFromJson(text, "show.json");
    ASSERT_TRUE(parsed.has_value()) << parsed.error().message();
    EXPECT_EQ(ConfigToJsonText(*parsed), text);
  }
}

TEST(ConfigJsonTest, UnusualValuesRoundTrip) {
  Result<Config> config = BuiltinScenario("payment_outage");
  ASSERT_TRUE(config.has_value());
  config->seed = std::numeric_limits<uint64_t>::max();
  config->scale = 0.1 + 0.2;                                        // not exactly 0.3
  config->start_us = 1'732'838'400'000'000 + 7 * kMicrosPerMinute;  // starts are on a minute
  config->duration_us = 6 * kMicrosPerHour + 1'500'000;
  config->payment_outage.offset_us = 90 * kMicrosPerMinute;
  config->description = "Tab\there, quote \" and unicode \u00e9";
  const std::string text = ConfigToJsonText(*config);
  const Config parsed = Parse(text);
  EXPECT_EQ(parsed.seed, config->seed);
  EXPECT_EQ(parsed.scale, config->scale);
  EXPECT_EQ(parsed.start_us, config->start_us);
  EXPECT_EQ(parsed.duration_us, config->duration_us);
  EXPECT_EQ(parsed.description, config->description);
  EXPECT_EQ(ConfigToJsonText(parsed), text);
}

TEST(ConfigJsonTest, WritesTheDocumentedLayout) {
  const Result<Config> config = BuiltinScenario("flash_sale");
  ASSERT_TRUE(config.has_value());
  const nlohmann::ordered_json json = ConfigToJson(*config);
  EXPECT_EQ(json.begin().key(), "name");
  EXPECT_EQ(json["name"], "flash_sale");
  EXPECT_EQ(json["start"], "2024-11-29T08:00:00Z");
  EXPECT_EQ(json["duration"], "4h");
  EXPECT_EQ(json["discount"]["pct"], 70.0);
  EXPECT_EQ(json["discount"]["categories"], nlohmann::ordered_json::array({"electronics"}));
  EXPECT_EQ(json["cohorts"]["gen_z"]["acquisition_pct"]["paid_social"], 40.0);
  EXPECT_EQ(json["cohorts"]["boomer"]["support_pct"]["phone"], 70.0);
  EXPECT_EQ(json["payment_outage"]["offset"], "2h");
  EXPECT_EQ(json["app_launch"]["launch_offset"], "30d");
  EXPECT_FALSE(json.contains("start_us"));
  EXPECT_FALSE(json.contains("extends"));
}

TEST(ConfigJsonTest, EmptyObjectIsTheBaseline) {
  const Result<Config> baseline = BuiltinScenario("baseline");
  ASSERT_TRUE(baseline.has_value());
  EXPECT_EQ(ConfigToJsonText(Parse("{}")), ConfigToJsonText(*baseline));
}

TEST(ConfigJsonTest, ExtendsABuiltinScenario) {
  const Config config = Parse(R"({
    "$schema": "ecomgen-config.schema.json",
    "extends": "flash_sale",
    "name": "long-sale",
    "duration": "6h",
    "discount": {"pct": 50}
  })");
  EXPECT_EQ(config.name, "long-sale");
  EXPECT_EQ(config.duration_us, 6 * kMicrosPerHour);
  EXPECT_EQ(config.intensity, 8.5);  // from flash_sale
  EXPECT_TRUE(config.traffic_spike.enabled);
  EXPECT_EQ(config.discount.pct, 50);
  EXPECT_EQ(config.discount.categories, std::vector<std::string>{"electronics"});
}

TEST(ConfigJsonTest, AMixInAFileReplacesTheWholeMix) {
  const Config config =
      Parse(R"({"cohorts": {"millennial": {"payment_pct": {"card": 70, "upi": 30}}}})");
  const CohortConfig& millennial = config.cohorts[static_cast<size_t>(Generation::kMillennial)];
  EXPECT_EQ(millennial.payment_pct, (std::array<double, kPaymentCount>{70, 0, 30, 0, 0}));
  // Other mixes keep the base's values.
  EXPECT_EQ(millennial.acquisition_pct,
            (std::array<double, kAcquisitionCount>{20, 20, 20, 20, 20}));
}

// A new market brings its payment mixes (no upi in the us); the document's own mix wins.
TEST(ConfigJsonTest, ChangingTheMarketBringsItsPaymentMixes) {
  const auto gen_z = static_cast<size_t>(Generation::kGenZ);
  const auto boomer = static_cast<size_t>(Generation::kBoomer);
  const Config us = Parse(R"({"business": {"market": "us"}})");
  EXPECT_EQ(us.cohorts[gen_z].payment_pct, (std::array<double, kPaymentCount>{40, 40, 0, 0, 20}));
  EXPECT_EQ(us.cohorts[boomer].payment_pct, (std::array<double, kPaymentCount>{60, 15, 0, 0, 25}));
  const Config own = Parse(
      R"({"business": {"market": "us"}, "cohorts": {"boomer": {"payment_pct": {"card": 100}}}})");
  EXPECT_EQ(own.cohorts[boomer].payment_pct, (std::array<double, kPaymentCount>{100, 0, 0, 0, 0}));
  EXPECT_EQ(own.cohorts[gen_z].payment_pct, us.cohorts[gen_z].payment_pct);
  const Config india = Parse(R"({"business": {"market": "in"}})");
  EXPECT_EQ(india.cohorts[gen_z].payment_pct,
            (std::array<double, kPaymentCount>{40, 40, 20, 0, 0}));
}

TEST(ConfigJsonTest, SyntaxErrorsGiveLineAndColumn) {
  EXPECT_EQ(ErrorOf("{\n  \"seed\": 1,\n  \"scale\": ,\n}").substr(0, 15), "t.json:3:12: in");
  EXPECT_EQ(ErrorOf("{\"seed\": 1,}").substr(0, 12), "t.json:1:12:");
  EXPECT_EQ(ErrorOf("").substr(0, 11), "t.json:1:1:");
  EXPECT_EQ(ErrorOf("{\"seed\": tru}").substr(0, 12), "t.json:1:13:");
  const std::string unterminated = ErrorOf("{\n\"name\": \"abc\n\"}");
  EXPECT_EQ(unterminated.substr(0, 11), "t.json:2:13") << unterminated;
  for (const std::string_view bad :
       {"{\n  \"seed\": 1,\n  \"scale\": ,\n}", "[1, 2", "{\"a\" 1}"}) {
    const std::string message = ErrorOf(bad);
    EXPECT_NE(message.find("invalid JSON: "), std::string::npos) << message;
    EXPECT_EQ(message.find('\n'), std::string::npos) << message;
    EXPECT_EQ(message.find("[json.exception"), std::string::npos) << message;
  }
}

TEST(ConfigJsonTest, NumbersTooLargeForADoubleGiveALocation) {
  EXPECT_EQ(ErrorOf("{\n  \"seed\": 1e400}"),
            "t.json:2:11: invalid JSON: number overflow parsing '1e400'");
}

TEST(ConfigJsonTest, ByteOrderMarkIsSkipped) {
  EXPECT_EQ(ErrorOf("\xEF\xBB\xBF{\"seed\": \"x\"}"),
            "t.json:1:10: seed: expected an integer from 0 to 18446744073709551615, got a string "
            "(\"x\")");
}

TEST(ConfigJsonTest, UnknownKeysGetAHint) {
  EXPECT_EQ(ErrorOf("{\n  \"sed\": 7\n}"),
            "t.json:2:3: unknown key \"sed\" (did you mean \"seed\"?)");
  EXPECT_EQ(ErrorOf(R"({"business": {"ordes_per_day": 7}})"),
            "t.json:1:15: unknown key \"ordes_per_day\" in business (did you mean "
            "\"orders_per_day\"?)");
  EXPECT_EQ(ErrorOf(R"({"orders_per_day": 7})"),
            "t.json:1:2: unknown key \"orders_per_day\" (did you mean "
            "\"business.orders_per_day\"?)");
  EXPECT_EQ(ErrorOf(R"({"cohorts": {"gen_z": {"channel_pct": {"app": 100}}}})"),
            "t.json:1:40: unknown key \"app\" in cohorts.gen_z.channel_pct; expected one of web, "
            "mobile_web, mobile_app");
  EXPECT_EQ(ErrorOf(R"({"extend": "flash_sale"})"),
            "t.json:1:2: unknown key \"extend\" (did you mean \"extends\"?)");
}

TEST(ConfigJsonTest, WrongTypesNameThePathAndLocation) {
  EXPECT_EQ(ErrorOf("{\n  \"business\": {\n    \"orders_per_day\": \"many\"\n  }\n}"),
            "t.json:3:23: business.orders_per_day: expected a number, got a string (\"many\")");
  EXPECT_EQ(ErrorOf(R"({"duration": 30})"),
            "t.json:1:14: duration: expected a duration string such as \"14d\" or \"2h\", got a "
            "number (30)");
  EXPECT_EQ(ErrorOf(R"({"business": 5})"),
            "t.json:1:14: business: expected an object, got a number (5)");
  EXPECT_EQ(ErrorOf(R"({"traffic_spike": {"enabled": 1}})"),
            "t.json:1:31: traffic_spike.enabled: expected true or false, got a number (1)");
  EXPECT_EQ(ErrorOf(R"({"seed": -1})"),
            "t.json:1:10: seed: expected an integer from 0 to 18446744073709551615, got a number "
            "(-1)");
  EXPECT_EQ(ErrorOf(R"({"business": {"customers": 12.5}})"),
            "t.json:1:28: business.customers: expected an integer, got a number (12.5)");
  EXPECT_EQ(ErrorOf(R"({"discount": {"categories": ["books", 3]}})"),
            "t.json:1:39: discount.categories[1]: expected a category name, got a number (3)");
  EXPECT_EQ(ErrorOf("[1]"), "t.json:1:1: expected a JSON object at the top level, got an array");
  EXPECT_EQ(ErrorOf(R"({"start": "2024-11-29T00:00:00+01:00"})"),
            "t.json:1:11: start: timestamp \"2024-11-29T00:00:00+01:00\" has the UTC offset "
            "+01:00; write the instant in UTC with Z (2024-11-28T23:00:00Z)");
  EXPECT_EQ(ErrorOf(R"({"extends": 3})"),
            "t.json:1:13: extends: expected a built-in scenario name, got a number (3)");
}

TEST(ConfigJsonTest, WholeFloatsAreAcceptedForIntegers) {
  EXPECT_EQ(Parse(R"({"business": {"customers": 2e4}})").business.customers, 20000);
  EXPECT_EQ(Parse(R"({"seed": 7.0})").seed, 7U);
  EXPECT_EQ(Parse(R"({"seed": 18446744073709551615})").seed, std::numeric_limits<uint64_t>::max());
}

TEST(ConfigJsonTest, BadValuesNameThePathAndLocation) {
  EXPECT_EQ(ErrorOf("{\"discount\": {\"pct\": 150}}"),
            "t.json:1:22: discount.pct: must be between 0 and 100, got 150");
  EXPECT_EQ(ErrorOf(R"({"discount": {"categories": ["books", "electronix"]}})"),
            "t.json:1:39: discount.categories[1]: unknown value \"electronix\" (did you mean "
            "\"electronics\"?); expected one of \"electronics\", \"clothing\", \"books\", "
            "\"beauty\", \"home_kitchen\", \"sports_outdoors\", \"toys_games\", \"grocery\"");
  EXPECT_EQ(ErrorOf(R"({"extends": "flash", "seed": 1})"),
            "t.json:1:13: extends: unknown scenario \"flash\" (did you mean \"flash_sale\"?); "
            "built-in scenarios: flash_sale, returns_wave, supply_disruption, payment_outage, "
            "viral_moment, customer_segments, seasonal_planning, multi_channel, baseline");
  // A rule across fields points at the object that holds it.
  EXPECT_EQ(ErrorOf("{\"cohorts\": {\"gen_z\": {\"share_pct\": 30}}}").substr(0, 68),
            "t.json:1:13: cohorts: the share_pct of the four cohorts must sum to ");
  EXPECT_EQ(ErrorOf(R"({"extends": "payment_outage", "duration": "3h"})"),
            "t.json:1:1: payment_outage.duration: the outage (offset 2h + duration 2h) must end "
            "inside the 3h window");
  EXPECT_EQ(ErrorOf(R"({"name": "../etc"})"),
            "t.json:1:10: name: must be 1 to 64 letters, digits, _ or -, got \"../etc\"");
}

TEST(ConfigJsonTest, DuplicateKeysAreRejected) {
  EXPECT_EQ(ErrorOf("{\"seed\": 1,\n \"seed\": 2}"),
            "t.json:2:2: duplicate key \"seed\" (first given at line 1, column 2)");
}

TEST(ConfigJsonTest, LoadConfigFileReportsUnreadableFiles) {
  const Result<Config> missing = LoadConfigFile("no/such/dir/config.json");
  ASSERT_FALSE(missing.has_value());
  EXPECT_EQ(missing.error().code(), Status::Code::kInvalidArgument);
  EXPECT_NE(missing.error().message().find("no/such/dir/config.json: cannot open"),
            std::string::npos);
}

TEST(ConfigJsonTest, LoadConfigFileReadsAFile) {
  const std::string path = ::testing::TempDir() + "ecomgen_config_json_test.json";
  std::FILE* file = std::fopen(path.c_str(), "wb");
  ASSERT_NE(file, nullptr);
  const std::string text = R"({"extends": "viral_moment", "seed": 5})";
  ASSERT_EQ(std::fwrite(text.data(), 1, text.size(), file), text.size());
  ASSERT_EQ(std::fclose(file), 0);
  const Result<Config> config = LoadConfigFile(path);
  std::remove(path.c_str());
  ASSERT_TRUE(config.has_value()) << config.error().message();
  EXPECT_EQ(config->seed, 5U);
  EXPECT_TRUE(config->viral.enabled);
}

}  // namespace
}  // namespace ecomgen
