#include "tokens/tokenizer.h"

#include <array>
#include <string>

#include "support/utf8.h"

namespace saessak {

bool is_keyword(std::string_view name) {
  static constexpr std::array<std::string_view, 35> kKeywords = {
      "False", "None",   "True",    "and",      "as",     "assert", "async", "await",  "break",
      "class", "continue", "def",   "del",      "elif",   "else",   "except", "finally", "for",
      "from",  "global", "if",      "import",   "in",     "is",     "lambda", "nonlocal", "not",
      "or",    "pass",   "raise",   "return",   "try",    "while",  "with",  "yield"};
  for (std::string_view k : kKeywords)
    if (k == name) return true;
  return false;
}

namespace {

bool is_ascii_letter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_'; }
bool is_digit(char c) { return c >= '0' && c <= '9'; }

// Non-ASCII code points that may appear in identifiers. An approximation of XID_Continue
// that rejects the punctuation and symbol blocks kids type by accident (→, “, 。).
bool is_identifier_code_point(uint32_t c) {
  if (c < 0x80) return false;
  if (c < 0xC0) return c == 0xAA || c == 0xB5 || c == 0xBA;
  if (c == 0xD7 || c == 0xF7) return false;
  if (c >= 0x2000 && c <= 0x2BFF) return false;
  if (c >= 0x3000 && c <= 0x303F) return false;
  if (c >= 0xFF00 && c <= 0xFF0F) return false;
  if (c >= 0xFF1A && c <= 0xFF20) return false;
  if (c == 0xFEFF || c == 0xFFFD) return false;
  if (c >= 0xD800 && c <= 0xDFFF) return false;
  if (c >= 0x1F000) return false;  // emoji
  return true;
}

std::string hex4(uint32_t c) {
  static const char* kHex = "0123456789ABCDEF";
  std::string s;
  int digits = c > 0xFFFF ? 6 : 4;
  for (int shift = (digits - 1) * 4; shift >= 0; shift -= 4) s.push_back(kHex[(c >> shift) & 15]);
  return s;
}

class Tokenizer {
 public:
  explicit Tokenizer(std::string_view source) : src_(source) {}

  TokenizeResult run() {
    TokenizeResult result;
    while (!error_ && pos_ <= src_.size()) {
      if (at_line_start_) {
        if (!handle_indentation()) break;
        if (pos_ >= src_.size()) break;
      }
      if (!next_token()) break;
    }
    if (!error_) finish();
    result.tokens = std::move(tokens_);
    result.error = std::move(error_);
    return result;
  }

 private:
  struct Bracket {
    char kind;
    int line;
    int column;
  };

  int column() const { return static_cast<int>(pos_ - line_start_); }

  void emit(TokenKind kind, size_t start, int start_line, int start_column) {
    tokens_.push_back({kind, src_.substr(start, pos_ - start), start_line, start_column, line_, column()});
  }

  bool fail(std::string message, int line, int col, std::string type = "SyntaxError") {
    error_ = CompileError{std::move(type), std::move(message), line, col};
    return false;
  }

  void new_line() {
    ++line_;
    line_start_ = pos_;
  }

  // Measures the indentation of a logical line's first physical line. Blank and comment-only
  // lines produce no tokens at all.
  bool handle_indentation() {
    while (true) {
      int width = 0;
      size_t p = pos_;
      while (p < src_.size()) {
        char c = src_[p];
        if (c == ' ') ++width;
        else if (c == '\t') width = (width / 8 + 1) * 8;
        else if (c == '\f') width = 0;
        else break;
        ++p;
      }
      if (p >= src_.size()) {
        pos_ = p;
        at_line_start_ = false;
        return true;
      }
      char c = src_[p];
      if (c == '#' || c == '\n' || c == '\r' || (c == '\\' && p + 1 < src_.size() && src_[p + 1] == '\n' && false)) {
        // Blank or comment line: skip it entirely.
        while (p < src_.size() && src_[p] != '\n') ++p;
        if (p >= src_.size()) {
          pos_ = p;
          at_line_start_ = false;
          return true;
        }
        pos_ = p + 1;
        new_line();
        continue;
      }
      pos_ = p;
      at_line_start_ = false;
      if (width > indents_.back()) {
        indents_.push_back(width);
        tokens_.push_back({TokenKind::Indent, src_.substr(line_start_, p - line_start_), line_, 0, line_, column()});
      } else {
        while (width < indents_.back()) {
          indents_.pop_back();
          tokens_.push_back({TokenKind::Dedent, {}, line_, column(), line_, column()});
        }
        if (width != indents_.back())
          return fail("unindent does not match any outer indentation level", line_, column(), "IndentationError");
      }
      return true;
    }
  }

  bool next_token() {
    // Skip spaces, comments and continuations inside the line.
    while (pos_ < src_.size()) {
      char c = src_[pos_];
      if (c == ' ' || c == '\t' || c == '\f' || c == '\r') {
        ++pos_;
      } else if (c == '#') {
        while (pos_ < src_.size() && src_[pos_] != '\n') ++pos_;
      } else if (c == '\\') {
        size_t p = pos_ + 1;
        if (p < src_.size() && src_[p] == '\r') ++p;
        if (p < src_.size() && src_[p] == '\n') {
          pos_ = p + 1;
          new_line();
        } else if (p >= src_.size()) {
          return fail("unexpected EOF while parsing", line_, column());
        } else {
          return fail("unexpected character after line continuation character", line_, column() + 1);
        }
      } else {
        break;
      }
    }
    if (pos_ >= src_.size()) {
      pos_ = src_.size() + 1;  // ends the main loop
      return true;
    }
    char c = src_[pos_];
    size_t start = pos_;
    int start_line = line_, start_col = column();
    if (c == '\n') {
      ++pos_;
      if (brackets_.empty()) {
        if (!tokens_.empty() && tokens_.back().kind != TokenKind::Newline) {
          tokens_.push_back({TokenKind::Newline, src_.substr(start, 1), start_line, start_col, start_line, start_col + 1});
        }
        new_line();
        at_line_start_ = true;
      } else {
        new_line();
      }
      return true;
    }
    if (is_ascii_letter(c) || static_cast<uint8_t>(c) >= 0x80) {
      // A string prefix?
      size_t p = pos_;
      while (p < src_.size() && p - pos_ < 3 && std::string_view("rRbBuUfF").find(src_[p]) != std::string_view::npos) ++p;
      if (p > pos_ && p < src_.size() && (src_[p] == '\'' || src_[p] == '"') && valid_prefix(src_.substr(pos_, p - pos_)))
        return string_literal(start, start_line, start_col, p);
      return name(start, start_line, start_col);
    }
    if (is_digit(c) || (c == '.' && pos_ + 1 < src_.size() && is_digit(src_[pos_ + 1])))
      return number(start, start_line, start_col);
    if (c == '\'' || c == '"') return string_literal(start, start_line, start_col, pos_);
    return operator_token(start, start_line, start_col);
  }

  static bool valid_prefix(std::string_view prefix) {
    std::string lower;
    for (char c : prefix) lower.push_back(static_cast<char>(c | 0x20));
    static constexpr std::array<std::string_view, 10> kPrefixes = {"r", "u", "b", "f", "br", "rb", "fr", "rf"};
    for (std::string_view p : kPrefixes)
      if (!p.empty() && p == lower) return true;
    return false;
  }

  bool name(size_t start, int start_line, int start_col) {
    while (pos_ < src_.size()) {
      char c = src_[pos_];
      if (is_ascii_letter(c) || is_digit(c)) {
        ++pos_;
      } else if (static_cast<uint8_t>(c) >= 0x80) {
        size_t p = pos_;
        uint32_t cp = decode_utf8(src_, p);
        if (!is_identifier_code_point(cp)) {
          if (pos_ == start) {
            std::string shown;
            append_utf8(shown, cp);
            return fail("invalid character '" + shown + "' (U+" + hex4(cp) + ")", line_, column());
          }
          break;
        }
        pos_ = p;
      } else {
        break;
      }
    }
    emit(TokenKind::Name, start, start_line, start_col);
    return true;
  }

  bool number(size_t start, int start_line, int start_col) {
    auto digits = [&](auto accept) {
      while (pos_ < src_.size() && (accept(src_[pos_]) || (src_[pos_] == '_' && pos_ + 1 < src_.size() && accept(src_[pos_ + 1]))))
        ++pos_;
    };
    char c = src_[pos_];
    if (c == '0' && pos_ + 1 < src_.size() && std::string_view("xXoObB").find(src_[pos_ + 1]) != std::string_view::npos) {
      char base = static_cast<char>(src_[pos_ + 1] | 0x20);
      pos_ += 2;
      if (pos_ < src_.size() && src_[pos_] == '_') ++pos_;
      size_t digits_start = pos_;
      if (base == 'x') digits([](char d) { return is_digit(d) || ((d | 0x20) >= 'a' && (d | 0x20) <= 'f'); });
      else if (base == 'o') digits([](char d) { return d >= '0' && d <= '7'; });
      else digits([](char d) { return d == '0' || d == '1'; });
      if (pos_ == digits_start) {
        const char* what = base == 'x' ? "hexadecimal" : base == 'o' ? "octal" : "binary";
        return fail(std::string("invalid ") + what + " literal", line_, column());
      }
    } else {
      digits(is_digit);
      bool is_float = false;
      if (pos_ < src_.size() && src_[pos_] == '.') {
        is_float = true;
        ++pos_;
        digits(is_digit);
      }
      if (pos_ < src_.size() && (src_[pos_] == 'e' || src_[pos_] == 'E')) {
        size_t p = pos_ + 1;
        if (p < src_.size() && (src_[p] == '+' || src_[p] == '-')) ++p;
        if (p < src_.size() && is_digit(src_[p])) {
          is_float = true;
          pos_ = p;
          digits(is_digit);
        }
      }
      std::string_view text = src_.substr(start, pos_ - start);
      if (!is_float && text.size() > 1 && text[0] == '0' && text.find_first_not_of("0_") != std::string_view::npos)
        return fail("leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers",
                    start_line, start_col);
    }
    if (pos_ < src_.size() && (src_[pos_] == 'j' || src_[pos_] == 'J')) ++pos_;
    if (pos_ < src_.size() && (is_ascii_letter(src_[pos_]) || is_digit(src_[pos_]))) {
      return fail("invalid decimal literal", line_, column());
    }
    emit(TokenKind::Number, start, start_line, start_col);
    return true;
  }

  bool string_literal(size_t start, int start_line, int start_col, size_t quote_pos) {
    char quote = src_[quote_pos];
    bool triple = quote_pos + 2 < src_.size() && src_[quote_pos + 1] == quote && src_[quote_pos + 2] == quote;
    pos_ = quote_pos + (triple ? 3 : 1);
    while (true) {
      if (pos_ >= src_.size()) {
        if (triple) return fail("unterminated triple-quoted string literal (detected at line " + std::to_string(line_) + ")", start_line, start_col);
        return fail("unterminated string literal (detected at line " + std::to_string(line_) + ")", start_line, start_col);
      }
      char c = src_[pos_];
      if (c == '\\') {
        pos_ += 2;
        if (pos_ - 1 < src_.size() && src_[pos_ - 1] == '\n') new_line();
        continue;
      }
      if (c == '\n') {
        if (!triple) return fail("unterminated string literal (detected at line " + std::to_string(line_) + ")", start_line, start_col);
        ++pos_;
        new_line();
        continue;
      }
      if (c == quote) {
        if (!triple) {
          ++pos_;
          break;
        }
        if (pos_ + 2 < src_.size() + 0 && src_[pos_ + 1] == quote && src_[pos_ + 2] == quote) {
          pos_ += 3;
          break;
        }
      }
      ++pos_;
    }
    if (pos_ > src_.size()) pos_ = src_.size();
    emit(TokenKind::String, start, start_line, start_col);
    return true;
  }

  bool operator_token(size_t start, int start_line, int start_col) {
    static constexpr std::array<std::string_view, 49> kOperators = {
        "**=", "//=", ">>=", "<<=", "...", "!=", "==", "<=", ">=", "**", "//", ">>", "<<", "->", "+=", "-=", "*=",
        "/=",  "%=",  "&=",  "|=",  "^=",  "@=", ":=", "(",  ")",  "[",  "]",  "{",  "}",  ",",  ":",  ".",
        ";",   "@",   "=",   "+",   "-",   "*",  "/",  "%",  "&",  "|",  "^",  "~",  "<",  ">",  "!",  "$"};
    std::string_view rest = src_.substr(pos_);
    for (std::string_view op : kOperators) {
      if (op == "!" || op == "$") continue;
      if (rest.substr(0, op.size()) == op) {
        pos_ += op.size();
        char c = op[0];
        if (op.size() == 1 && (c == '(' || c == '[' || c == '{')) {
          if (brackets_.size() >= 200) return fail("too many nested parentheses", start_line, start_col);
          brackets_.push_back({c, start_line, start_col});
        } else if (op.size() == 1 && (c == ')' || c == ']' || c == '}')) {
          if (brackets_.empty()) return fail(std::string("unmatched '") + c + "'", start_line, start_col);
          char open = brackets_.back().kind;
          char expected = open == '(' ? ')' : open == '[' ? ']' : '}';
          if (c != expected) {
            const Bracket& b = brackets_.back();
            std::string message = std::string("closing parenthesis '") + c + "' does not match opening parenthesis '" + open + "'";
            if (b.line != start_line) message += " on line " + std::to_string(b.line);
            return fail(message, start_line, start_col);
          }
          brackets_.pop_back();
        }
        emit(TokenKind::Operator, start, start_line, start_col);
        return true;
      }
    }
    size_t p = pos_;
    uint32_t cp = decode_utf8(src_, p);
    std::string shown;
    append_utf8(shown, cp);
    if (cp == '!') return fail("invalid syntax", start_line, start_col);
    return fail("invalid character '" + shown + "' (U+" + hex4(cp) + ")", start_line, start_col);
  }

  void finish() {
    if (pos_ > src_.size()) pos_ = src_.size();
    if (!brackets_.empty()) {
      const Bracket& b = brackets_.back();
      fail(std::string("'") + b.kind + "' was never closed", b.line, b.column);
      return;
    }
    int end_col = column();
    if (!tokens_.empty() && tokens_.back().kind != TokenKind::Newline && tokens_.back().kind != TokenKind::Dedent)
      tokens_.push_back({TokenKind::Newline, {}, line_, end_col, line_, end_col + 1});
    while (indents_.size() > 1) {
      indents_.pop_back();
      tokens_.push_back({TokenKind::Dedent, {}, line_, end_col, line_, end_col});
    }
    tokens_.push_back({TokenKind::EndMarker, {}, line_, end_col, line_, end_col});
  }

  std::string_view src_;
  size_t pos_ = 0;
  size_t line_start_ = 0;
  int line_ = 1;
  bool at_line_start_ = true;
  std::vector<int> indents_{0};
  std::vector<Bracket> brackets_;
  std::vector<Token> tokens_;
  std::optional<CompileError> error_;
};

}  // namespace

TokenizeResult tokenize(std::string_view source) { return Tokenizer(source).run(); }

}  // namespace saessak
