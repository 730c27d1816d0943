// Tokens, as Python's tokenizer defines them: INDENT and DEDENT make blocks explicit.
#pragma once

#include <string_view>

namespace saessak {

enum class TokenKind { Name, Number, String, Operator, Newline, Indent, Dedent, EndMarker };

struct Token {
  TokenKind kind;
  std::string_view text;  // points into the source
  int line;
  int column;  // 0-based byte offset in its line
  int end_line;
  int end_column;

  bool is(TokenKind k, std::string_view t) const { return kind == k && text == t; }
  bool is_op(std::string_view t) const { return kind == TokenKind::Operator && text == t; }
  bool is_keyword(std::string_view t) const { return kind == TokenKind::Name && text == t; }
};

bool is_keyword(std::string_view name);

}  // namespace saessak
