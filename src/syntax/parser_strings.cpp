// Parser rules for string literals: adjacent-literal concatenation, escapes and f-strings.
#include "syntax/parser_rules.h"

namespace saessak {

// Adjacent string literals concatenate: 'a' "b" == 'ab'.
// Adjacent string literals concatenate: 'a' "b" == 'ab'; with an f-string among them the
// result is a JoinedStr.
Expr* Parser::strings() {
  const Token& first = peek();
  std::vector<Expr*> parts;
  std::string pending;
  bool any_fstring = false;
  int bytes_mode = -1;  // unknown until the first literal: 1 bytes, 0 str (they cannot mix)
  auto flush = [&]() {
    if (pending.empty()) return;
    ConstantExpr* c = make<ConstantExpr>(first);
    c->type = ConstantExpr::Type::Str;
    c->str_value = std::move(pending);
    pending.clear();
    parts.push_back(c);
  };
  while (at(TokenKind::String)) {
    const Token& t = advance();
    std::string_view text = t.text;
    size_t quote = text.find_first_of("'\"");
    std::string prefix;
    for (char ch : text.substr(0, quote)) prefix.push_back(static_cast<char>(ch | 0x20));
    bool is_bytes = prefix.find('b') != std::string::npos;
    if (bytes_mode >= 0 && bytes_mode != static_cast<int>(is_bytes)) {
      // CPython points just past the whole run of literals.
      const Token* last = &t;
      while (at(TokenKind::String)) last = &advance();
      fail_after(*last, "cannot mix bytes and nonbytes literals");
      return nullptr;
    }
    bytes_mode = is_bytes;
    bool raw = prefix.find('r') != std::string::npos;
    size_t quote_len = text.size() - quote >= 6 && text[quote + 1] == text[quote] && text[quote + 2] == text[quote] ? 3 : 1;
    std::string_view body = text.substr(quote + quote_len, text.size() - quote - 2 * quote_len);
    if (is_bytes) {
      if (!decode_bytes_escapes(t, body, raw, pending)) return nullptr;
      continue;
    }
    if (prefix.find('f') == std::string::npos) {
      if (!decode_escapes(t, body, raw, pending)) return nullptr;
      continue;
    }
    any_fstring = true;
    if (!fstring_parts(t, body, raw, 0, pending, parts, flush)) return nullptr;
  }
  if (!any_fstring) {
    ConstantExpr* c = make<ConstantExpr>(first);
    c->type = bytes_mode == 1 ? ConstantExpr::Type::Bytes : ConstantExpr::Type::Str;
    c->str_value = std::move(pending);
    finish(c);
    return c;
  }
  flush();
  JoinedStrExpr* joined = make<JoinedStrExpr>(first);
  joined->values = std::move(parts);
  finish(joined);
  return joined;
}

// One {expression[=][!conversion][:spec]} field starting at body[i] == '{'; advances i past '}'.
Expr* Parser::fstring_field(const Token& t, std::string_view body, size_t& i, bool raw, int nesting) {
  if (nesting >= 2) {
    fail_at(t, "f-string: expressions nested too deeply");
    return nullptr;
  }
  size_t start = ++i;
  int depth = 0;
  char in_string = 0;
  size_t end = std::string_view::npos;
  bool debug = false;
  for (; i < body.size(); ++i) {
    char c = body[i];
    if (in_string) {
      if (c == in_string) in_string = 0;
      continue;
    }
    if (c == '\\') {
      fail_at(t, "f-string expression part cannot include a backslash");
      return nullptr;
    }
    if (c == '\'' || c == '"') {
      in_string = c;
      continue;
    }
    if (c == '#') {
      fail_at(t, "f-string expression part cannot include '#'");
      return nullptr;
    }
    if (c == '(' || c == '[' || c == '{') ++depth;
    else if (c == ')' || c == ']' || c == '}') {
      if (depth == 0) {
        if (c == '}') {
          end = i;
          break;
        }
        fail_at(t, std::string("f-string: unmatched '") + c + "'");
        return nullptr;
      }
      --depth;
    } else if (depth == 0 && c == '!' && i + 1 < body.size() && body[i + 1] != '=') {
      end = i;
      break;
    } else if (depth == 0 && c == ':') {
      end = i;
      break;
    } else if (depth == 0 && c == '=' && i + 1 < body.size() && body[i + 1] != '=' && i > start &&
               std::string_view("=!<>").find(body[i - 1]) == std::string_view::npos) {
      debug = true;
      end = i;
      break;
    }
  }
  if (end == std::string_view::npos) {
    fail_at(t, in_string ? "f-string: unterminated string" : "f-string: expecting '}'");
    return nullptr;
  }
  std::string_view expression_text = body.substr(start, end - start);
  if (expression_text.find_first_not_of(" \t\n\r") == std::string_view::npos) {
    fail_at(t, "f-string: empty expression not allowed");
    return nullptr;
  }
  Expr* value = parse_embedded_expression(t, expression_text);
  if (!value) return nullptr;
  FormattedValueExpr* field = make<FormattedValueExpr>(t);
  field->value = value;
  std::string debug_text;
  if (debug) {
    ++i;  // past '='
    debug_text = std::string(expression_text) + "=";
    while (i < body.size() && (body[i] == ' ')) debug_text.push_back(body[i++]);
  }
  if (i < body.size() && body[i] == '!') {
    if (i + 1 >= body.size() || std::string_view("sra").find(body[i + 1]) == std::string_view::npos) {
      fail_at(t, "f-string: invalid conversion character: expected 's', 'r', or 'a'");
      return nullptr;
    }
    field->conversion = body[i + 1];
    i += 2;
  }
  if (i < body.size() && body[i] == ':') {
    ++i;
    // The spec runs to the matching '}' and may hold nested fields.
    size_t spec_start = i;
    int braces = 0;
    for (; i < body.size(); ++i) {
      if (body[i] == '{') ++braces;
      else if (body[i] == '}') {
        if (braces == 0) break;
        --braces;
      }
    }
    std::string pending;
    std::vector<Expr*> spec_parts;
    auto flush = [&]() {
      if (pending.empty()) return;
      ConstantExpr* c = make<ConstantExpr>(t);
      c->type = ConstantExpr::Type::Str;
      c->str_value = std::move(pending);
      pending.clear();
      spec_parts.push_back(c);
    };
    if (!fstring_parts(t, body.substr(spec_start, i - spec_start), raw, nesting + 1, pending, spec_parts, flush))
      return nullptr;
    flush();
    JoinedStrExpr* spec = make<JoinedStrExpr>(t);
    spec->values = std::move(spec_parts);
    field->format_spec = spec;
  }
  if (i >= body.size() || body[i] != '}') {
    fail_at(t, "f-string: expecting '}'");
    return nullptr;
  }
  ++i;
  if (debug) {
    // f"{x=}" is the text "x=" then repr(x), unless a conversion or spec says otherwise.
    if (!field->conversion && !field->format_spec) field->conversion = 'r';
    JoinedStrExpr* joined = make<JoinedStrExpr>(t);
    ConstantExpr* text = make<ConstantExpr>(t);
    text->type = ConstantExpr::Type::Str;
    text->str_value = debug_text;
    joined->values = {text, field};
    return joined;
  }
  return field;
}

// Parses the expression of an f-string field, as if it were in parentheses.
Expr* Parser::parse_embedded_expression(const Token& t, std::string_view text) {
  std::string wrapped = "(" + std::string(text) + ")";
  TokenizeResult tokens = tokenize(wrapped);
  if (tokens.error) {
    fail_at(t, "f-string: " + tokens.error->message);
    return nullptr;
  }
  for (Token& token : tokens.tokens) token.line += t.line - 1;
  Parser sub(std::move(tokens.tokens), arena_);
  sub.depth_ = depth_;
  Expr* e = sub.expression();
  if (!sub.error_ && !sub.at(TokenKind::Newline) && !sub.at(TokenKind::EndMarker)) sub.invalid_syntax();
  if (sub.error_) {
    CompileError err = *sub.error_;
    err.message = "f-string: " + err.message;
    err.line = t.line;
    err.column = t.column;
    error_ = err;
    return nullptr;
  }
  return e;
}

namespace {

// The escapes str and bytes literals share: \<newline> (nothing), \\, \', \", \a \b \f \n \r \t \v.
// False for any other character after the backslash.
bool single_character_escape(char e, std::string& out) {
  switch (e) {
    case '\n': return true;
    case '\\': out.push_back('\\'); return true;
    case '\'': out.push_back('\''); return true;
    case '"': out.push_back('"'); return true;
    case 'a': out.push_back('\a'); return true;
    case 'b': out.push_back('\b'); return true;
    case 'f': out.push_back('\f'); return true;
    case 'n': out.push_back('\n'); return true;
    case 'r': out.push_back('\r'); return true;
    case 't': out.push_back('\t'); return true;
    case 'v': out.push_back('\v'); return true;
    default: return false;
  }
}

}  // namespace

bool Parser::decode_escapes(const Token& t, std::string_view body, bool raw, std::string& out) {
  if (raw) {
    out.append(body);
    return true;
  }
  for (size_t i = 0; i < body.size(); ++i) {
    char ch = body[i];
    if (ch != '\\' || i + 1 >= body.size()) {
      out.push_back(ch);
      continue;
    }
    char e = body[++i];
    if (single_character_escape(e, out)) continue;
    switch (e) {
      case 'x': case 'u': case 'U': {
        int digits = e == 'x' ? 2 : e == 'u' ? 4 : 8;
        uint32_t cp = 0;
        for (int k = 0; k < digits; ++k) {
          char h = i + 1 < body.size() ? body[i + 1] : '\0';
          int v = h >= '0' && h <= '9' ? h - '0' : (h | 0x20) >= 'a' && (h | 0x20) <= 'f' ? (h | 0x20) - 'a' + 10 : -1;
          if (v < 0) {
            fail_at(t, std::string("(unicode error) 'unicodeescape' codec can't decode bytes in position ") +
                           std::to_string(i - 1) + "-" + std::to_string(i + k) + ": truncated \\" + e +
                           std::string(digits == 2 ? "XX" : digits == 4 ? "XXXX" : "XXXXXXXX") + " escape");
            return false;
          }
          cp = cp * 16 + v;
          ++i;
        }
        if (cp > 0x10FFFF) {
          fail_at(t, "(unicode error) 'unicodeescape' codec can't decode bytes: illegal Unicode character");
          return false;
        }
        append_utf8(out, cp);
        break;
      }
      case 'N':
        fail_at(t, "\\N{...} escapes are not supported by Saessak yet");
        return false;
      default:
        if (e >= '0' && e <= '7') {
          uint32_t cp = e - '0';
          for (int k = 0; k < 2 && i + 1 < body.size() && body[i + 1] >= '0' && body[i + 1] <= '7'; ++k)
            cp = cp * 8 + (body[++i] - '0');
          append_utf8(out, cp);
        } else {
          out.push_back('\\');
          out.push_back(e);
        }
    }
  }
  return true;
}

// The body of b'...': only ASCII characters may appear, and escapes make raw octets (\xff is
// the byte 255, not the character U+00FF); \u, \U and \N are not escapes in bytes.
bool Parser::decode_bytes_escapes(const Token& t, std::string_view body, bool raw, std::string& out) {
  for (char ch : body) {
    if (static_cast<uint8_t>(ch) >= 0x80) {
      fail_at(t, "bytes can only contain ASCII literal characters");
      return false;
    }
  }
  if (raw) {
    out.append(body);
    return true;
  }
  auto hex = [](char h) {
    return h >= '0' && h <= '9' ? h - '0' : (h | 0x20) >= 'a' && (h | 0x20) <= 'f' ? (h | 0x20) - 'a' + 10 : -1;
  };
  for (size_t i = 0; i < body.size(); ++i) {
    char ch = body[i];
    if (ch != '\\' || i + 1 >= body.size()) {
      out.push_back(ch);
      continue;
    }
    char e = body[++i];
    if (single_character_escape(e, out)) continue;
    switch (e) {
      case 'x': {
        int hi = i + 1 < body.size() ? hex(body[i + 1]) : -1;
        int lo = i + 2 < body.size() ? hex(body[i + 2]) : -1;
        if (hi < 0 || lo < 0) {
          fail_after(t, "(value error) invalid \\x escape at position " + std::to_string(i - 1));
          return false;
        }
        out.push_back(static_cast<char>(hi * 16 + lo));
        i += 2;
        break;
      }
      default:
        if (e >= '0' && e <= '7') {
          unsigned value = e - '0';
          for (int k = 0; k < 2 && i + 1 < body.size() && body[i + 1] >= '0' && body[i + 1] <= '7'; ++k)
            value = value * 8 + (body[++i] - '0');
          out.push_back(static_cast<char>(value & 0xFF));
        } else {
          out.push_back('\\');
          out.push_back(e);
        }
    }
  }
  return true;
}

// An error with one caret just past a token, where CPython reports errors about a literal's
// contents and about a run of literals.
void Parser::fail_after(const Token& t, std::string message) {
  fail_at(t, std::move(message));
  if (!error_) return;
  error_->line = t.end_line;
  error_->column = t.end_column;
  error_->end_line = t.end_line;
  error_->end_column = t.end_column + 1;
}

}  // namespace saessak
