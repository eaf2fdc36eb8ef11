#include "config/config_fields.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <set>
#include <string>

#include "config/validate_config.h"

namespace ecomgen {
namespace {

bool AccessorMatchesKind(const FieldSpec& field) {
  switch (field.kind) {
    case FieldKind::kString:
    case FieldKind::kName:
    case FieldKind::kEnum:
      return std::holds_alternative<FieldAccess<std::string>>(field.ref);
    case FieldKind::kBool:
      return std::holds_alternative<FieldAccess<bool>>(field.ref);
    case FieldKind::kUint64:
      return std::holds_alternative<FieldAccess<uint64_t>>(field.ref);
    case FieldKind::kInt64:
    case FieldKind::kTimestamp:
    case FieldKind::kDuration:
      return std::holds_alternative<FieldAccess<int64_t>>(field.ref);
    case FieldKind::kDouble:
      return std::holds_alternative<FieldAccess<double>>(field.ref);
    case FieldKind::kCategoryList:
      return std::holds_alternative<FieldAccess<std::vector<std::string>>>(field.ref);
  }
  return false;
}

TEST(ConfigFieldsTest, EveryFieldIsWellFormed) {
  std::set<std::string> paths;
  for (const FieldSpec& field : ConfigFields()) {
    SCOPED_TRACE(field.path);
    EXPECT_TRUE(paths.insert(field.path).second) << "duplicate path";
    EXPECT_TRUE(AccessorMatchesKind(field));
    EXPECT_FALSE(field.description.empty());
    EXPECT_LE(field.range.min, field.range.max);
    EXPECT_EQ(FindConfigGroup(field.path), nullptr) << "a path is both a field and a group";
    EXPECT_EQ(FindConfigField(field.path), &field);
    if (field.kind == FieldKind::kEnum || field.kind == FieldKind::kCategoryList) {
      EXPECT_FALSE(field.choices.empty());
    }
    // Every enclosing object is a group.
    for (size_t dot = field.path.find('.'); dot != std::string::npos;
         dot = field.path.find('.', dot + 1)) {
      EXPECT_NE(FindConfigGroup(field.path.substr(0, dot)), nullptr) << field.path.substr(0, dot);
    }
  }
  // The mixes: 4 cohorts x (5 + 3 + 5 + 5) entries.
  size_t mix_entries = 0;
  for (const GroupSpec& group : ConfigGroups()) {
    if (group.is_mix) mix_entries += ConfigChildKeys(group.path).size();
  }
  EXPECT_EQ(mix_entries, 4U * 18U);
}

TEST(ConfigFieldsTest, EveryGroupHasMembersAndTheTopLevelComesFirst) {
  ASSERT_FALSE(ConfigGroups().empty());
  EXPECT_EQ(ConfigGroups().front().path, "");
  for (const GroupSpec& group : ConfigGroups()) {
    EXPECT_FALSE(ConfigChildKeys(group.path).empty()) << group.path;
    EXPECT_FALSE(group.description.empty()) << group.path;
  }
}

TEST(ConfigFieldsTest, AccessorsReachTheRightMembers) {
  Config config;
  FindConfigField("business.orders_per_day")->Mutable<double>(config) = 1234;
  FindConfigField("cohorts.gen_x.payment_pct.upi")->Mutable<double>(config) = 7;
  FindConfigField("payment_outage.offset")->Mutable<int64_t>(config) = 5;
  FindConfigField("seed")->Mutable<uint64_t>(config) = 9;
  EXPECT_EQ(config.business.orders_per_day, 1234);
  EXPECT_EQ(config.cohorts[static_cast<size_t>(Generation::kGenX)].payment_pct[2], 7);
  EXPECT_EQ(config.payment_outage.offset_us, 5);
  EXPECT_EQ(config.seed, 9U);
  EXPECT_EQ(FindConfigField("start")->Get<int64_t>(config), config.start_us);
}

TEST(ConfigFieldsTest, ChildKeysOfAGroup) {
  const std::vector<std::string_view> keys = ConfigChildKeys("cohorts.boomer.channel_pct");
  EXPECT_EQ(keys, (std::vector<std::string_view>{"web", "mobile_web", "mobile_app"}));
  const std::vector<std::string_view> top = ConfigChildKeys("");
  EXPECT_NE(std::find(top.begin(), top.end(), "seed"), top.end());
  EXPECT_NE(std::find(top.begin(), top.end(), "business"), top.end());
  EXPECT_EQ(std::find(top.begin(), top.end(), "orders_per_day"), top.end());
}

TEST(ConfigFieldsTest, EveryBuiltinScenarioIsValid) {
  for (const std::string_view name : kBuiltinScenarioNames) {
    const Result<Config> config = BuiltinScenario(name);
    ASSERT_TRUE(config.has_value()) << name;
    const std::optional<ConfigIssue> issue = FindConfigIssue(*config);
    EXPECT_FALSE(issue.has_value()) << name << ": " << issue->path << ": " << issue->message;
  }
}

}  // namespace
}  // namespace ecomgen
