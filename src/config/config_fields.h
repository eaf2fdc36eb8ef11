// The table of Config fields: the one description of the config's JSON form.
//
// Every leaf of the JSON config is one FieldSpec: its JSON path ("business.orders_per_day"),
// its kind (how it is spelled in JSON), how to reach the Config member, its allowed range and
// a description. Reading (config_json.cc), writing, per-field validation (validate_config.cc),
// the command-line overrides and the JSON Schema (json_schema.cc) all walk this table, so a
// new field is added in one place.
//
// JSON names are the member names without their unit suffix `_us`: `start_us` is "start"
// (an ISO 8601 UTC string), `payment_outage.offset_us` is "payment_outage.offset" (a duration
// string such as "2h"). A cohort's mixes are objects keyed by the contract's vocabularies:
// "cohorts.gen_z.payment_pct.bnpl".
//
// Thread safety: the tables are built once, on first use, and are immutable afterwards.
#pragma once

#include <array>
#include <cassert>
#include <cstdint>
#include <functional>
#include <span>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "ecomgen/config.h"

namespace ecomgen {

// Product categories a discount, a returns wave or a viral product may name.
inline constexpr std::array<std::string_view, 8> kProductCategories = {
    "electronics",  "clothing",        "books",      "beauty",
    "home_kitchen", "sports_outdoors", "toys_games", "grocery"};

// Markets: India (INR) and the United States (USD).
inline constexpr std::array<std::string_view, 2> kMarkets = {"in", "us"};

// How a field is spelled in JSON, and which C++ type holds it.
enum class FieldKind : uint8_t {
  kString,        // std::string, any text; `range` bounds its length in bytes
  kName,          // std::string of [A-Za-z0-9_-], since it becomes part of file names
  kEnum,          // std::string, one of `choices`
  kBool,          // bool
  kUint64,        // uint64_t, any value (the seed)
  kInt64,         // int64_t, a JSON integer
  kDouble,        // double, a JSON number
  kTimestamp,     // int64_t microseconds since the epoch, an ISO 8601 UTC string
  kDuration,      // int64_t microseconds, a string such as "90m" (see time_parse.h)
  kCategoryList,  // std::vector<std::string>, distinct entries of `choices`
};

// Allowed values of a number (for kTimestamp and kDuration in microseconds), the allowed
// length of a kString or kName, or the allowed entry count of a kCategoryList.
struct FieldRange {
  double min = 0;
  double max = 0;
  bool min_exclusive = false;
  bool max_exclusive = false;
};

// Reaches one member of a Config, for reading and for writing.
template <typename T>
struct FieldAccess {
  std::function<T&(Config&)> mutable_ref;
  std::function<const T&(const Config&)> ref;
};

using FieldRef =
    std::variant<FieldAccess<std::string>, FieldAccess<bool>, FieldAccess<uint64_t>,
                 FieldAccess<int64_t>, FieldAccess<double>, FieldAccess<std::vector<std::string>>>;

// One leaf of the JSON config.
struct FieldSpec {
  std::string path;  // dotted JSON path, e.g. "payment_outage.failure_rate"
  FieldKind kind = FieldKind::kDouble;
  FieldRef ref;
  FieldRange range;
  std::span<const std::string_view> choices;  // kEnum and kCategoryList only
  std::string description;

  // The member this field describes. REQUIRES: T is the type that `kind` documents.
  template <typename T>
  const T& Get(const Config& config) const {
    const auto* access = std::get_if<FieldAccess<T>>(&ref);
    // A mismatch is a bug in the field table (ConfigFieldsTest checks every entry).
    assert(access != nullptr);
    return access->ref(config);
  }
  template <typename T>
  T& Mutable(Config& config) const {
    const auto* access = std::get_if<FieldAccess<T>>(&ref);
    assert(access != nullptr);  // a bug in the field table, as above
    return access->mutable_ref(config);
  }

  // The last component of the path ("failure_rate").
  std::string_view key() const;
};

// An object of the JSON config (every proper prefix of a field path is one).
struct GroupSpec {
  std::string path;  // "" for the top level
  std::string description;
  // A percentage mix ("cohorts.gen_z.channel_pct"): its fields sum to 100, and an object
  // given in a config file replaces the whole mix (keys it leaves out are 0).
  bool is_mix = false;
};

// Every field, in the order they are written (top level first, then each group).
const std::vector<FieldSpec>& ConfigFields();

// Every object, the top level first, each before its members.
const std::vector<GroupSpec>& ConfigGroups();

// The field at `path`, or nullptr.
const FieldSpec* FindConfigField(std::string_view path);

// The object at `path` ("" is the top level), or nullptr.
const GroupSpec* FindConfigGroup(std::string_view path);

// The keys directly inside the object at `group_path`: its fields, then its objects.
std::vector<std::string_view> ConfigChildKeys(std::string_view group_path);

// `parent` + "." + `key`, or just `key` at the top level.
std::string JoinConfigPath(std::string_view parent, std::string_view key);

}  // namespace ecomgen
