#include "config/config_json.h"

#include <fmt/format.h>

#include <algorithm>
#include <cerrno>
#include <cmath>
#include <fstream>
#include <iterator>
#include <limits>
#include <nlohmann/json.hpp>
#include <optional>
#include <system_error>
#include <utility>
#include <vector>

#include "config/config_fields.h"
#include "config/edit_distance.h"
#include "config/json_limits.h"
#include "config/json_locations.h"
#include "config/market_defaults.h"
#include "config/time_parse.h"
#include "config/validate_config.h"
#include "ecomgen/quote.h"

namespace ecomgen {
namespace {

// What `show` prints keeps the fields' order; ordered_json does so with a linear search per
// key, which is quadratic for a file with many keys. Files are read into the map-backed json
// instead, and their members are visited in document order by the keys' locations.
using Json = nlohmann::ordered_json;
using InputJson = nlohmann::json;

// Top-level keys that are not Config fields.
constexpr std::string_view kExtendsKey = "extends";
constexpr std::string_view kSchemaKey = "$schema";  // lets editors find the JSON Schema
constexpr std::string_view kDefaultBase = "baseline";

// Config files are small; a bigger file is surely the wrong file.
constexpr std::streamsize kMaxConfigFileBytes = 16 << 20;

// Integers that a double holds exactly (2^53): JSON numbers such as 1e3 or 500.0 are
// accepted for integer fields when they are whole and no larger than this.
constexpr double kMaxExactInteger = 9007199254740992.0;

// "a string (\"abc\")", "a number (30)", "an object", ...: what a value is, for messages.
std::string DescribeJson(const InputJson& value) {
  switch (value.type()) {
    case InputJson::value_t::null:
      return "null";
    case InputJson::value_t::object:
      return "an object";
    case InputJson::value_t::array:
      return "an array";
    case InputJson::value_t::string:
      return "a string (" + QuoteForMessage(value.get_ref<const std::string&>()) + ")";
    case InputJson::value_t::boolean:
      return value.get<bool>() ? "true" : "false";
    case InputJson::value_t::number_integer:
      return fmt::format("a number ({})", value.get<int64_t>());
    case InputJson::value_t::number_unsigned:
      return fmt::format("a number ({})", value.get<uint64_t>());
    case InputJson::value_t::number_float:
      return fmt::format("a number ({})", value.get<double>());
    default:
      return "a value of another type";
  }
}

// The message for a value of the wrong JSON type.
std::string Expected(std::string_view what, const InputJson& value) {
  return fmt::format("expected {}, got {}", what, DescribeJson(value));
}

// A whole number held by `value` (an integer or a whole float), if it has one.
std::optional<double> WholeNumber(const InputJson& value) {
  if (value.is_number_integer()) return value.get<double>();
  if (value.is_number_float()) {
    const double number = value.get<double>();
    if (std::isfinite(number) && std::trunc(number) == number) return number;
  }
  return std::nullopt;
}

// Stores `value` into the member `field` describes; on failure, returns what is wrong with
// it (without the location). The value's range is checked later by FindConfigIssue.
std::optional<std::string> ReadField(const FieldSpec& field, const InputJson& value,
                                     Config& config) {
  switch (field.kind) {
    case FieldKind::kString:
    case FieldKind::kName:
    case FieldKind::kEnum:
      if (!value.is_string()) return Expected("a string", value);
      field.Mutable<std::string>(config) = value.get<std::string>();
      return std::nullopt;
    case FieldKind::kBool:
      if (!value.is_boolean()) return Expected("true or false", value);
      field.Mutable<bool>(config) = value.get<bool>();
      return std::nullopt;
    case FieldKind::kUint64: {
      if (value.is_number_unsigned()) {
        field.Mutable<uint64_t>(config) = value.get<uint64_t>();
        return std::nullopt;
      }
      const std::optional<double> whole = WholeNumber(value);
      if (!whole || *whole < 0 || *whole > kMaxExactInteger) {
        return Expected(
            fmt::format("an integer from 0 to {}", std::numeric_limits<uint64_t>::max()), value);
      }
      field.Mutable<uint64_t>(config) = static_cast<uint64_t>(*whole);
      return std::nullopt;
    }
    case FieldKind::kInt64: {
      if (value.is_number_integer() && !value.is_number_unsigned()) {
        field.Mutable<int64_t>(config) = value.get<int64_t>();
        return std::nullopt;
      }
      const std::optional<double> whole = WholeNumber(value);
      if (!whole || std::abs(*whole) > kMaxExactInteger) return Expected("an integer", value);
      field.Mutable<int64_t>(config) = static_cast<int64_t>(*whole);
      return std::nullopt;
    }
    case FieldKind::kDouble: {
      if (!value.is_number()) return Expected("a number", value);
      const double number = value.get<double>();
      if (!std::isfinite(number)) return Expected("a finite number", value);
      field.Mutable<double>(config) = number;
      return std::nullopt;
    }
    case FieldKind::kTimestamp: {
      if (!value.is_string()) {
        return Expected("a UTC timestamp string such as \"2024-11-29T00:00:00Z\"", value);
      }
      Result<int64_t> parsed = ParseUtcTimestamp(value.get_ref<const std::string&>());
      if (!parsed) return parsed.error().message();
      field.Mutable<int64_t>(config) = *parsed;
      return std::nullopt;
    }
    case FieldKind::kDuration: {
      if (!value.is_string()) return Expected("a duration string such as \"14d\" or \"2h\"", value);
      Result<int64_t> parsed = ParseDuration(value.get_ref<const std::string&>());
      if (!parsed) return parsed.error().message();
      field.Mutable<int64_t>(config) = *parsed;
      return std::nullopt;
    }
    case FieldKind::kCategoryList:
      // Items are checked one by one by the caller, which knows their locations.
      return std::nullopt;
  }
  return std::nullopt;
}

Json WriteField(const FieldSpec& field, const Config& config) {
  switch (field.kind) {
    case FieldKind::kString:
    case FieldKind::kName:
    case FieldKind::kEnum:
      return field.Get<std::string>(config);
    case FieldKind::kBool:
      return field.Get<bool>(config);
    case FieldKind::kUint64:
      return field.Get<uint64_t>(config);
    case FieldKind::kInt64:
      return field.Get<int64_t>(config);
    case FieldKind::kDouble:
      return field.Get<double>(config);
    case FieldKind::kTimestamp:
      return FormatUtcTimestamp(field.Get<int64_t>(config));
    case FieldKind::kDuration:
      return FormatDuration(field.Get<int64_t>(config));
    case FieldKind::kCategoryList:
      return field.Get<std::vector<std::string>>(config);
  }
  return nullptr;
}

// Reads one config file into a Config. Lives in a class so that the text, its locations and
// the source name need not be passed to every step.
class ConfigReader {
 public:
  ConfigReader(std::string_view source_name, const JsonLocations& locations)
      : source_name_(source_name), locations_(locations) {}

  Result<Config> Read(const InputJson& document) {
    if (!document.is_object()) {
      return ErrorAt(locations_.ValueLocation(""),
                     Expected("a JSON object at the top level", document));
    }
    Result<Config> base = ReadBase(document);
    if (!base) return base;
    Config config = std::move(*base);
    // A new market brings its own defaults; the document's own keys then apply over them.
    if (const auto business = document.find("business");
        business != document.end() && business->is_object()) {
      const auto market = business->find("market");
      if (market != business->end() && market->is_string() &&
          market->get_ref<const std::string&>() != config.business.market) {
        ApplyMarketDefaults(market->get_ref<const std::string&>(), config);
      }
    }
    ECOMGEN_RETURN_IF_ERROR(ReadGroup(document, "", config));
    if (const std::optional<ConfigIssue> issue = FindConfigIssue(config)) {
      return ErrorAt(locations_.ValueLocation(issue->path), issue->path + ": " + issue->message);
    }
    return config;
  }

 private:
  Status ErrorAt(TextLocation location, std::string_view message) const {
    return Status::InvalidArgument(
        fmt::format("{}: {}", FormatLocation(source_name_, location), message));
  }

  Result<Config> ReadBase(const InputJson& document) const {
    const auto it = document.find(kExtendsKey);
    if (it == document.end()) return BuiltinScenario(kDefaultBase);
    const TextLocation location = locations_.ValueLocation(kExtendsKey);
    if (!it->is_string()) {
      return ErrorAt(location, "extends: " + Expected("a built-in scenario name", *it));
    }
    // An unknown name's error has the did-you-mean and the list of names.
    Result<Config> base = BuiltinScenario(it->get_ref<const std::string&>());
    if (!base) return ErrorAt(location, "extends: " + base.error().message());
    return base;
  }

  Status ReadGroup(const InputJson& object, const std::string& group_path, Config& config) const {
    const GroupSpec* group = FindConfigGroup(group_path);
    if (group != nullptr && group->is_mix) ClearMix(group_path, config);
    for (const auto& [key_ptr, value_ptr] : MembersInDocumentOrder(object, group_path)) {
      const std::string& key = *key_ptr;
      const InputJson& value = *value_ptr;
      if (group_path.empty() && (key == kExtendsKey || key == kSchemaKey)) {
        if (!value.is_string()) {
          return ErrorAt(locations_.ValueLocation(key), key + ": " + Expected("a string", value));
        }
        continue;
      }
      const std::string path = JoinConfigPath(group_path, key);
      if (const FieldSpec* field = FindConfigField(path)) {
        ECOMGEN_RETURN_IF_ERROR(ReadValue(*field, value, config));
      } else if (FindConfigGroup(path) != nullptr) {
        if (!value.is_object()) {
          return ErrorAt(locations_.ValueLocation(path),
                         path + ": " + Expected("an object", value));
        }
        ECOMGEN_RETURN_IF_ERROR(ReadGroup(value, path, config));
      } else {
        return ErrorAt(locations_.KeyLocation(path), UnknownKeyMessage(group_path, key));
      }
    }
    return Status::Ok();
  }

  // The members of `object` (at `group_path`) in the order the file gives them, so that the
  // first bad key of the file is the one reported.
  std::vector<std::pair<const std::string*, const InputJson*>> MembersInDocumentOrder(
      const InputJson& object, const std::string& group_path) const {
    struct Member {
      TextLocation at;
      const std::string* key;
      const InputJson* value;
    };
    std::vector<Member> members;
    members.reserve(object.size());
    for (const auto& [key, value] : object.items()) {
      members.push_back({locations_.KeyLocation(JoinConfigPath(group_path, key)), &key, &value});
    }
    std::sort(members.begin(), members.end(), [](const Member& a, const Member& b) {
      return a.at.line != b.at.line ? a.at.line < b.at.line : a.at.column < b.at.column;
    });
    std::vector<std::pair<const std::string*, const InputJson*>> ordered;
    ordered.reserve(members.size());
    for (const Member& member : members) ordered.emplace_back(member.key, member.value);
    return ordered;
  }

  Status ReadValue(const FieldSpec& field, const InputJson& value, Config& config) const {
    if (std::optional<std::string> error = ReadField(field, value, config)) {
      return ErrorAt(locations_.ValueLocation(field.path), field.path + ": " + *error);
    }
    if (field.kind != FieldKind::kCategoryList) return Status::Ok();
    if (!value.is_array()) {
      return ErrorAt(locations_.ValueLocation(field.path),
                     field.path + ": " + Expected("an array of category names", value));
    }
    std::vector<std::string> items;
    for (size_t item_idx = 0; item_idx < value.size(); ++item_idx) {
      const InputJson& item = value[item_idx];
      if (!item.is_string()) {
        const std::string item_path = fmt::format("{}[{}]", field.path, item_idx);
        return ErrorAt(locations_.ValueLocation(item_path),
                       item_path + ": " + Expected("a category name", item));
      }
      items.push_back(item.get<std::string>());
    }
    field.Mutable<std::vector<std::string>>(config) = std::move(items);
    return Status::Ok();
  }

  static void ClearMix(const std::string& group_path, Config& config) {
    for (const FieldSpec& field : ConfigFields()) {
      if (field.path.size() > group_path.size() && field.path.starts_with(group_path) &&
          field.path[group_path.size()] == '.') {
        field.Mutable<double>(config) = 0;
      }
    }
  }

  static std::string UnknownKeyMessage(const std::string& group_path, std::string_view key) {
    std::string message = fmt::format("unknown key {}", QuoteForMessage(key));
    if (!group_path.empty()) message += " in " + group_path;
    std::vector<std::string_view> siblings = ConfigChildKeys(group_path);
    if (group_path.empty()) siblings.push_back(kExtendsKey);
    if (const auto hint = ClosestMatch(key, siblings)) {
      return message + fmt::format(" (did you mean {}?)", QuoteForMessage(*hint));
    }
    // The right key in the wrong object: "orders_per_day" at the top level.
    for (const FieldSpec& field : ConfigFields()) {
      if (field.key() == key) {
        return message + fmt::format(" (did you mean {}?)", QuoteForMessage(field.path));
      }
    }
    message += "; expected one of";
    for (size_t key_idx = 0; key_idx < siblings.size(); ++key_idx) {
      message += fmt::format("{} {}", key_idx == 0 ? "" : ",", siblings[key_idx]);
    }
    return message;
  }

  std::string_view source_name_;
  const JsonLocations& locations_;
};

// nlohmann's message without its "[json.exception.parse_error.101] " tag and without
// "parse error at line 1, column 2: " (we print the location in our own form), on one line.
std::string NlohmannMessage(const InputJson::exception& error) {
  std::string what = error.what();
  if (what.starts_with("[json.")) {
    if (const size_t tag_end = what.find("] "); tag_end != std::string::npos) {
      what.erase(0, tag_end + 2);
    }
  }
  if (what.starts_with("parse error")) {
    if (const size_t cut = what.find(": "); cut != std::string::npos) what.erase(0, cut + 2);
  }
  for (char& ch : what) {
    if (ch == '\n' || ch == '\r') ch = ' ';
  }
  return what;
}

// Everything that can throw (nlohmann) runs under ConfigFromJson's one try block.
Result<Config> ParseConfig(std::string_view text, std::string_view source_name) {
  // Before the parser: the document it would build is bounded by the limits, not the text.
  ECOMGEN_RETURN_IF_ERROR(CheckJsonLimits(text, source_name));
  InputJson document;
  try {
    document = InputJson::parse(text);
  } catch (const InputJson::parse_error& error) {
    // nlohmann's `byte` is the 1-based offset of the last character it read.
    const size_t offset = error.byte > 0 ? error.byte - 1 : 0;
    return Status::InvalidArgument(fmt::format(
        "{}: invalid JSON: {}", FormatLocation(source_name, LocationOfOffset(text, offset)),
        NlohmannMessage(error)));
  } catch (const InputJson::out_of_range& error) {
    // A number too large for a double ("number overflow parsing '1e400'") comes without a
    // position; the first occurrence of the quoted literal is a good guess.
    std::string message = NlohmannMessage(error);
    TextLocation location;
    const size_t open = message.find('\'');
    const size_t close = message.rfind('\'');
    if (open != std::string::npos && close > open + 1) {
      const size_t offset = text.find(std::string_view(message).substr(open + 1, close - open - 1));
      if (offset != std::string_view::npos) location = LocationOfOffset(text, offset);
    }
    return Status::InvalidArgument(
        fmt::format("{}: invalid JSON: {}", FormatLocation(source_name, location), message));
  }
  Result<JsonLocations> locations = JsonLocations::Scan(text, source_name);
  if (!locations) return locations.error();
  return ConfigReader(source_name, *locations).Read(document);
}

}  // namespace

Json ConfigToJson(const Config& config) {
  Json out = Json::object();
  for (const FieldSpec& field : ConfigFields()) {
    Json* node = &out;
    std::string_view rest = field.path;
    for (size_t dot = rest.find('.'); dot != std::string_view::npos; dot = rest.find('.')) {
      node = &(*node)[std::string(rest.substr(0, dot))];
      rest = rest.substr(dot + 1);
    }
    (*node)[std::string(rest)] = WriteField(field, config);
  }
  return out;
}

std::string ConfigToJsonText(const Config& config) {
  // `replace` keeps dump() from throwing on invalid UTF-8 (which a valid Config cannot hold).
  return ConfigToJson(config).dump(2, ' ', false, Json::error_handler_t::replace) + "\n";
}

Result<Config> ConfigFromJson(std::string_view text, std::string_view source_name) {
  // The one place where exceptions from nlohmann_json become a Status.
  try {
    return ParseConfig(text, source_name);
  } catch (const InputJson::exception& error) {
    return Status::InvalidArgument(fmt::format("{}: {}", source_name, NlohmannMessage(error)));
  }
}

Result<Config> LoadConfigFile(const std::string& path) {
  std::ifstream file(path, std::ios::binary);
  if (!file) {
    const int error = errno;
    return Status::InvalidArgument(fmt::format("{}: cannot open the config file: {}", path,
                                               std::generic_category().message(error)));
  }
  std::string text;
  std::vector<char> chunk(size_t{64} << 10);
  while (file) {
    file.read(chunk.data(), static_cast<std::streamsize>(chunk.size()));
    text.append(chunk.data(), static_cast<size_t>(file.gcount()));
    if (static_cast<std::streamsize>(text.size()) > kMaxConfigFileBytes) {
      return Status::InvalidArgument(
          fmt::format("{}: a config file must be smaller than 16 MiB", path));
    }
  }
  if (file.bad()) {
    const int error = errno;
    return Status::InvalidArgument(fmt::format("{}: cannot read the config file: {}", path,
                                               std::generic_category().message(error)));
  }
  return ConfigFromJson(text, path);
}

}  // namespace ecomgen
