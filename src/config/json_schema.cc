#include "config/json_schema.h"

#include <cassert>
#include <limits>
#include <nlohmann/json.hpp>
#include <string>
#include <string_view>

#include "config/config_fields.h"
#include "config/time_parse.h"

namespace ecomgen {
namespace {

using Json = nlohmann::ordered_json;

// What ParseDuration and ParseUtcTimestamp accept (their range checks aside).
constexpr std::string_view kDurationPattern = "^[0-9]+(\\.[0-9]+)?[smhdw]$";
constexpr std::string_view kTimestampPattern =
    "^[0-9]{4}-[0-9]{2}-[0-9]{2}(T[0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]{1,6})?(Z|[+-]00:00))?$";
constexpr std::string_view kNamePattern = "^[A-Za-z0-9_-]+$";

Json ChoicesJson(std::span<const std::string_view> choices) {
  Json out = Json::array();
  for (const std::string_view choice : choices) out.push_back(choice);
  return out;
}

void AddNumberRange(const FieldRange& range, Json& schema) {
  schema[range.min_exclusive ? "exclusiveMinimum" : "minimum"] = range.min;
  schema[range.max_exclusive ? "exclusiveMaximum" : "maximum"] = range.max;
}

Json FieldSchema(const FieldSpec& field) {
  Json schema = Json::object();
  switch (field.kind) {
    case FieldKind::kString:
      schema["type"] = "string";
      schema["minLength"] = static_cast<int64_t>(field.range.min);
      schema["maxLength"] = static_cast<int64_t>(field.range.max);
      break;
    case FieldKind::kName:
      schema["type"] = "string";
      schema["minLength"] = static_cast<int64_t>(field.range.min);
      schema["maxLength"] = static_cast<int64_t>(field.range.max);
      schema["pattern"] = kNamePattern;
      break;
    case FieldKind::kEnum:
      schema["enum"] = ChoicesJson(field.choices);
      break;
    case FieldKind::kBool:
      schema["type"] = "boolean";
      break;
    case FieldKind::kUint64:
      schema["type"] = "integer";
      schema["minimum"] = 0;
      schema["maximum"] = std::numeric_limits<uint64_t>::max();
      break;
    case FieldKind::kInt64:
      schema["type"] = "integer";
      schema["minimum"] = static_cast<int64_t>(field.range.min);
      schema["maximum"] = static_cast<int64_t>(field.range.max);
      break;
    case FieldKind::kDouble:
      schema["type"] = "number";
      AddNumberRange(field.range, schema);
      break;
    case FieldKind::kTimestamp:
      schema["type"] = "string";
      schema["pattern"] = kTimestampPattern;
      break;
    case FieldKind::kDuration:
      schema["type"] = "string";
      schema["pattern"] = kDurationPattern;
      break;
    case FieldKind::kCategoryList:
      schema["type"] = "array";
      schema["items"] = Json{{"enum", ChoicesJson(field.choices)}};
      schema["uniqueItems"] = true;
      schema["maxItems"] = static_cast<int64_t>(field.range.max);
      break;
  }
  std::string description = field.description;
  if (field.kind == FieldKind::kDuration) {
    description += field.range.min_exclusive ? " More than 0," : " 0 or more,";
    description += " at most " + FormatDuration(kMaxDurationUs) + ".";
  } else if (field.kind == FieldKind::kTimestamp) {
    description += " Years 1970..9999.";
  }
  schema["description"] = description;
  return schema;
}

Json GroupSchema(const GroupSpec& group) {
  Json schema = Json::object();
  schema["type"] = "object";
  schema["description"] = group.description;
  schema["properties"] = Json::object();
  schema["additionalProperties"] = false;
  return schema;
}

// The schema object of the group at `path` inside `root` (the top-level schema), created
// with its ancestors when missing, so groups appear in the order of their first field.
Json& GroupNode(Json& root, std::string_view path) {
  Json* node = &root;
  size_t key_start = 0;
  while (key_start < path.size()) {
    size_t key_end = path.find('.', key_start);
    if (key_end == std::string_view::npos) key_end = path.size();
    const std::string key(path.substr(key_start, key_end - key_start));
    Json& properties = (*node)["properties"];
    if (!properties.contains(key)) {
      const GroupSpec* group = FindConfigGroup(path.substr(0, key_end));
      // Every prefix of a field path is a group (ConfigFieldsTest checks the table).
      assert(group != nullptr);
      properties[key] = GroupSchema(*group);
    }
    node = &properties[key];
    key_start = key_end + 1;
  }
  return *node;
}

std::string_view ParentPath(std::string_view path) {
  const size_t dot = path.rfind('.');
  return dot == std::string_view::npos ? std::string_view() : path.substr(0, dot);
}

}  // namespace

Json ConfigJsonSchema() {
  Json root = Json::object();
  root["$schema"] = "https://json-schema.org/draft/2020-12/schema";
  root["title"] = "ecomgen scenario config";
  root["description"] = ConfigGroups().front().description;
  root["type"] = "object";
  root["properties"] = Json::object();
  root["properties"]["$schema"] =
      Json{{"type", "string"}, {"description", "The schema this file follows."}};
  root["properties"]["extends"] =
      Json{{"enum", ChoicesJson(kBuiltinScenarioNames)},
           {"default", "baseline"},
           {"description", "The built-in scenario whose values the keys left out keep."}};
  root["additionalProperties"] = false;
  for (const FieldSpec& field : ConfigFields()) {
    GroupNode(root, ParentPath(field.path))["properties"][std::string(field.key())] =
        FieldSchema(field);
  }
  return root;
}

std::string ConfigJsonSchemaText() { return ConfigJsonSchema().dump(2) + "\n"; }

}  // namespace ecomgen
