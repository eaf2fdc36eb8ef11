#include "config/json_schema.h"

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <string>

#include "config/config_fields.h"
#include "config/config_json.h"

namespace ecomgen {
namespace {

using Json = nlohmann::ordered_json;

// The schema node of `path`, or nullptr.
const Json* NodeAt(const Json& schema, std::string_view path) {
  const Json* node = &schema;
  while (!path.empty()) {
    const size_t dot = path.find('.');
    const std::string key(path.substr(0, dot));
    if (!node->contains("properties") || !(*node)["properties"].contains(key)) return nullptr;
    node = &(*node)["properties"][key];
    path = dot == std::string_view::npos ? std::string_view() : path.substr(dot + 1);
  }
  return node;
}

bool MatchesSchemaType(const Json& node, const Json& value) {
  if (node.contains("enum")) {
    for (const Json& choice : node["enum"]) {
      if (choice == value) return true;
    }
    return false;
  }
  const std::string type = node["type"];
  if (type == "string") return value.is_string();
  if (type == "number") return value.is_number();
  if (type == "integer") return value.is_number_integer();
  if (type == "boolean") return value.is_boolean();
  if (type == "array") return value.is_array();
  if (type == "object") return value.is_object();
  return false;
}

TEST(JsonSchemaTest, IsValidJsonText) {
  const std::string text = ConfigJsonSchema().dump(2);
  const Json reparsed = Json::parse(text, nullptr, false);
  ASSERT_FALSE(reparsed.is_discarded());
  EXPECT_EQ(reparsed["$schema"], "https://json-schema.org/draft/2020-12/schema");
  EXPECT_EQ(reparsed["type"], "object");
  EXPECT_EQ(reparsed["additionalProperties"], false);
  EXPECT_EQ(reparsed["properties"]["extends"]["enum"].size(), kBuiltinScenarioNames.size());
}

TEST(JsonSchemaTest, ListsEveryFieldAndGroup) {
  const Json schema = ConfigJsonSchema();
  for (const FieldSpec& field : ConfigFields()) {
    const Json* node = NodeAt(schema, field.path);
    ASSERT_NE(node, nullptr) << field.path;
    EXPECT_TRUE(node->contains("type") || node->contains("enum")) << field.path;
    EXPECT_TRUE(node->contains("description")) << field.path;
  }
  for (const GroupSpec& group : ConfigGroups()) {
    const Json* node = NodeAt(schema, group.path);
    ASSERT_NE(node, nullptr) << group.path;
    EXPECT_EQ((*node)["type"], "object") << group.path;
    EXPECT_EQ((*node)["additionalProperties"], false) << group.path;
    EXPECT_EQ((*node)["properties"].size(),
              ConfigChildKeys(group.path).size() + (group.path.empty() ? 2 : 0))
        << group.path;
  }
}

TEST(JsonSchemaTest, RangesComeFromTheFieldTable) {
  const Json schema = ConfigJsonSchema();
  const Json* intensity = NodeAt(schema, "intensity");
  ASSERT_NE(intensity, nullptr);
  EXPECT_EQ((*intensity)["exclusiveMinimum"], 0.0);
  EXPECT_EQ((*intensity)["maximum"], 1000.0);
  const Json* market = NodeAt(schema, "business.market");
  ASSERT_NE(market, nullptr);
  EXPECT_EQ((*market)["enum"], Json::array({"in", "us"}));
  const Json* categories = NodeAt(schema, "discount.categories");
  ASSERT_NE(categories, nullptr);
  EXPECT_EQ((*categories)["items"]["enum"].size(), kProductCategories.size());
}

TEST(JsonSchemaTest, ShowOutputHasTheSchemaTypes) {
  const Json schema = ConfigJsonSchema();
  for (const std::string_view name : kBuiltinScenarioNames) {
    const Result<Config> config = BuiltinScenario(name);
    ASSERT_TRUE(config.has_value());
    const Json json = ConfigToJson(*config);
    for (const FieldSpec& field : ConfigFields()) {
      const Json* node = NodeAt(schema, field.path);
      ASSERT_NE(node, nullptr);
      Json value = json;
      for (std::string_view rest = field.path; !rest.empty();) {
        const size_t dot = rest.find('.');
        value = Json(value[std::string(rest.substr(0, dot))]);
        rest = dot == std::string_view::npos ? std::string_view() : rest.substr(dot + 1);
      }
      EXPECT_TRUE(MatchesSchemaType(*node, value)) << name << " " << field.path << " " << value;
    }
  }
}

}  // namespace
}  // namespace ecomgen
