// Where each key and value of a JSON document is, as line:column.
//
// nlohmann_json reports only a byte offset for syntax errors and nothing for values, but every
// error about a config file must name its line and column. JsonLocations scans the text once
// (after nlohmann has accepted it) and maps each JSON path to the position of its key and of
// its value. Paths are dotted ("business.orders_per_day"); array items get an index
// ("discount.categories[1]"). The scan also rejects duplicate keys, which a JSON parser would
// otherwise resolve silently by keeping one of them.
//
// Lines and columns are 1-based; a column counts characters (UTF-8 code points), as editors do.
//
// Thread safety: a value type; const methods may be called concurrently.
#pragma once

#include <cstddef>
#include <cstdint>
#include <functional>
#include <map>
#include <string>
#include <string_view>

#include "ecomgen/result.h"

namespace ecomgen {

// A position in a text file: 1-based line, and 1-based column in characters.
struct TextLocation {
  int64_t line = 1;
  int64_t column = 1;
};

// "flash.json:12:7".
std::string FormatLocation(std::string_view source_name, TextLocation location);

// The line and column of the byte at `offset` of `text` (offsets past the end point just
// after the last character).
TextLocation LocationOfOffset(std::string_view text, size_t offset);

class JsonLocations {
 public:
  // Scans `text`, which must already have been accepted by a JSON parser; errors (a duplicate
  // key, nesting too deep) are InvalidArgument with messages that start with
  // "SOURCE_NAME:LINE:COLUMN: ".
  static Result<JsonLocations> Scan(std::string_view text, std::string_view source_name);

  // Where the value at `path` starts; for a path not in the document, the nearest enclosing
  // value that is ("" is the whole document).
  TextLocation ValueLocation(std::string_view path) const;

  // Where the key of the member at `path` starts; falls back like ValueLocation.
  TextLocation KeyLocation(std::string_view path) const;

  // Whether the document has a value at `path`.
  bool Contains(std::string_view path) const;

 private:
  friend class JsonLocationScanner;

  struct Entry {
    TextLocation key;
    TextLocation value;
  };

  const Entry* FindNearest(std::string_view path) const;

  std::map<std::string, Entry, std::less<>> entries_;
};

}  // namespace ecomgen
