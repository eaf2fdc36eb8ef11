#include "config/json_limits.h"

#include <fmt/format.h>

#include "config/json_locations.h"

namespace ecomgen {

Status CheckJsonLimits(std::string_view text, std::string_view source_name) {
  int depth = 0;
  // Commas outside strings, plus opening brackets: about one per value (see kMaxJsonValues).
  int64_t values = 0;
  bool in_string = false;
  bool escaped = false;
  for (size_t byte_idx = 0; byte_idx < text.size(); ++byte_idx) {
    const char ch = text[byte_idx];
    if (in_string) {
      if (escaped) {
        escaped = false;
      } else if (ch == '\\') {
        escaped = true;
      } else if (ch == '"') {
        in_string = false;
      }
      continue;
    }
    bool counted = false;
    switch (ch) {
      case '"':
        in_string = true;
        break;
      case '[':
      case '{':
        if (++depth > kMaxJsonDepth) {
          return Status::InvalidArgument(fmt::format(
              "{}: JSON nested {} levels deep; a config file may nest at most {}",
              FormatLocation(source_name, LocationOfOffset(text, byte_idx)), depth, kMaxJsonDepth));
        }
        counted = true;
        break;
      case ']':
      case '}':
        --depth;
        break;
      case ',':
        counted = true;
        break;
      default:
        break;
    }
    if (counted && ++values > kMaxJsonValues) {
      return Status::InvalidArgument(fmt::format(
          "{}: more than {} JSON values; a config file holds a few hundred",
          FormatLocation(source_name, LocationOfOffset(text, byte_idx)), kMaxJsonValues));
    }
  }
  return Status::Ok();
}

}  // namespace ecomgen
