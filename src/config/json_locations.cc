#include "config/json_locations.h"

#include <fmt/format.h>

#include <utility>

#include "config/json_limits.h"
#include "ecomgen/quote.h"

namespace ecomgen {
namespace {

bool IsContinuationByte(char ch) { return (static_cast<unsigned char>(ch) & 0xC0U) == 0x80U; }

bool IsJsonSpace(char ch) { return ch == ' ' || ch == '\t' || ch == '\n' || ch == '\r'; }

int HexValue(char ch) {
  if (ch >= '0' && ch <= '9') return ch - '0';
  if (ch >= 'a' && ch <= 'f') return ch - 'a' + 10;
  if (ch >= 'A' && ch <= 'F') return ch - 'A' + 10;
  return 0;
}

void AppendUtf8(uint32_t code_point, std::string& out) {
  if (code_point < 0x80U) {
    out += static_cast<char>(code_point);
  } else if (code_point < 0x800U) {
    out += static_cast<char>(0xC0U | (code_point >> 6U));
    out += static_cast<char>(0x80U | (code_point & 0x3FU));
  } else if (code_point < 0x10000U) {
    out += static_cast<char>(0xE0U | (code_point >> 12U));
    out += static_cast<char>(0x80U | ((code_point >> 6U) & 0x3FU));
    out += static_cast<char>(0x80U | (code_point & 0x3FU));
  } else {
    out += static_cast<char>(0xF0U | (code_point >> 18U));
    out += static_cast<char>(0x80U | ((code_point >> 12U) & 0x3FU));
    out += static_cast<char>(0x80U | ((code_point >> 6U) & 0x3FU));
    out += static_cast<char>(0x80U | (code_point & 0x3FU));
  }
}

}  // namespace

// A recursive-descent walk over text that is known to be valid JSON, so it checks nothing
// but duplicate keys and depth.
class JsonLocationScanner {
 public:
  JsonLocationScanner(std::string_view text, std::string_view source_name, JsonLocations& out)
      : text_(text), source_name_(source_name), out_(out) {
    // A UTF-8 byte order mark is not part of the document.
    if (text_.substr(0, 3) == "\xEF\xBB\xBF") pos_ = 3;
  }

  Status Run() { return ScanValue("", 0); }

 private:
  char Peek() const { return pos_ < text_.size() ? text_[pos_] : '\0'; }

  void Advance() {
    if (pos_ >= text_.size()) return;
    const char ch = text_[pos_++];
    if (ch == '\n') {
      ++location_.line;
      location_.column = 1;
    } else if (!IsContinuationByte(ch)) {
      ++location_.column;
    }
  }

  void SkipSpace() {
    while (pos_ < text_.size() && IsJsonSpace(text_[pos_])) Advance();
  }

  Status ScanValue(const std::string& path, int depth) {
    if (depth > kMaxJsonDepth) {
      return Status::InvalidArgument(fmt::format("{}: JSON nested deeper than {} levels",
                                                 FormatLocation(source_name_, location_),
                                                 kMaxJsonDepth));
    }
    SkipSpace();
    out_.entries_[path].value = location_;
    switch (Peek()) {
      case '{':
        return ScanObject(path, depth);
      case '[':
        return ScanArray(path, depth);
      case '"':
        (void)ReadString();
        return Status::Ok();
      default:
        while (pos_ < text_.size() && !IsJsonSpace(Peek()) && Peek() != ',' && Peek() != ']' &&
               Peek() != '}') {
          Advance();
        }
        return Status::Ok();
    }
  }

  Status ScanObject(const std::string& path, int depth) {
    Advance();  // {
    SkipSpace();
    if (Peek() == '}') {
      Advance();
      return Status::Ok();
    }
    while (pos_ < text_.size()) {
      SkipSpace();
      const TextLocation key_location = location_;
      const std::string child = path.empty() ? ReadString() : path + "." + ReadString();
      if (const auto it = out_.entries_.find(child); it != out_.entries_.end()) {
        return Status::InvalidArgument(
            fmt::format("{}: duplicate key {} (first given at line {}, column {})",
                        FormatLocation(source_name_, key_location), QuoteForMessage(child),
                        it->second.key.line, it->second.key.column));
      }
      SkipSpace();
      Advance();  // :
      ECOMGEN_RETURN_IF_ERROR(ScanValue(child, depth + 1));
      out_.entries_[child].key = key_location;
      SkipSpace();
      const char separator = Peek();
      Advance();  // , or }
      if (separator != ',') break;
    }
    return Status::Ok();
  }

  Status ScanArray(const std::string& path, int depth) {
    Advance();  // [
    SkipSpace();
    if (Peek() == ']') {
      Advance();
      return Status::Ok();
    }
    for (size_t item_idx = 0; pos_ < text_.size(); ++item_idx) {
      const std::string child = fmt::format("{}[{}]", path, item_idx);
      ECOMGEN_RETURN_IF_ERROR(ScanValue(child, depth + 1));
      out_.entries_[child].key = out_.entries_[child].value;
      SkipSpace();
      const char separator = Peek();
      Advance();  // , or ]
      if (separator != ',') break;
    }
    return Status::Ok();
  }

  // Reads a string literal at the current position and returns its decoded text.
  std::string ReadString() {
    std::string decoded;
    Advance();  // opening quote
    while (pos_ < text_.size() && Peek() != '"') {
      if (Peek() != '\\') {
        decoded += Peek();
        Advance();
        continue;
      }
      Advance();
      const char escape = Peek();
      Advance();
      switch (escape) {
        case 'b':
          decoded += '\b';
          break;
        case 'f':
          decoded += '\f';
          break;
        case 'n':
          decoded += '\n';
          break;
        case 'r':
          decoded += '\r';
          break;
        case 't':
          decoded += '\t';
          break;
        case 'u': {
          uint32_t code_point = ReadHex4();
          // A high surrogate followed by \uDC00..\uDFFF encodes one supplementary character.
          if (code_point >= 0xD800U && code_point < 0xDC00U && Peek() == '\\') {
            Advance();
            Advance();  // u
            const uint32_t low = ReadHex4();
            code_point = 0x10000U + ((code_point - 0xD800U) << 10U) + (low - 0xDC00U);
          }
          AppendUtf8(code_point, decoded);
          break;
        }
        default:
          decoded += escape;
          break;  // \" \\ \/
      }
    }
    Advance();  // closing quote
    return decoded;
  }

  uint32_t ReadHex4() {
    uint32_t value = 0;
    for (int digit_idx = 0; digit_idx < 4; ++digit_idx) {
      value = value * 16 + static_cast<uint32_t>(HexValue(Peek()));
      Advance();
    }
    return value;
  }

  std::string_view text_;
  std::string_view source_name_;
  JsonLocations& out_;
  size_t pos_ = 0;
  TextLocation location_;
};

std::string FormatLocation(std::string_view source_name, TextLocation location) {
  return fmt::format("{}:{}:{}", source_name, location.line, location.column);
}

TextLocation LocationOfOffset(std::string_view text, size_t offset) {
  TextLocation location;
  const size_t end = offset < text.size() ? offset : text.size();
  for (size_t byte_idx = 0; byte_idx < end; ++byte_idx) {
    if (text[byte_idx] == '\n') {
      ++location.line;
      location.column = 1;
    } else if (!IsContinuationByte(text[byte_idx])) {
      ++location.column;
    }
  }
  return location;
}

Result<JsonLocations> JsonLocations::Scan(std::string_view text, std::string_view source_name) {
  JsonLocations locations;
  JsonLocationScanner scanner(text, source_name, locations);
  ECOMGEN_RETURN_IF_ERROR(scanner.Run());
  return locations;
}

const JsonLocations::Entry* JsonLocations::FindNearest(std::string_view path) const {
  while (true) {
    if (const auto it = entries_.find(path); it != entries_.end()) return &it->second;
    if (path.empty()) return nullptr;
    const size_t cut = path.find_last_of(".[");
    path = cut == std::string_view::npos ? std::string_view() : path.substr(0, cut);
  }
}

TextLocation JsonLocations::ValueLocation(std::string_view path) const {
  const Entry* entry = FindNearest(path);
  return entry == nullptr ? TextLocation{} : entry->value;
}

TextLocation JsonLocations::KeyLocation(std::string_view path) const {
  if (const auto it = entries_.find(path); it != entries_.end()) return it->second.key;
  return ValueLocation(path);
}

bool JsonLocations::Contains(std::string_view path) const {
  return entries_.find(path) != entries_.end();
}

}  // namespace ecomgen
