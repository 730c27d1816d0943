// The parser's internal state and rules, shared by the files that define them:
// parser.cpp (token access, errors, the entry point), parser_statements.cpp,
// parser_patterns.cpp (match), parser_expressions.cpp and parser_strings.cpp (literals, f-strings).
// Not part of the syntax layer's interface: only src/syntax/parser*.cpp include it.
#pragma once

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdlib>

#include "syntax/parser.h"
#include "objects/value.h"
#include "support/utf8.h"
#include "tokens/tokenizer.h"

namespace saessak {

// Deepest expression nesting accepted before a SyntaxError; keeps the C++ stack safe in the
// parser and the compiler, which both recurse on expressions.
constexpr int kMaxDepth = 200;

class Parser {
 public:
  Parser(std::vector<Token> tokens, Arena& arena) : tokens_(std::move(tokens)), arena_(arena) {}

  std::optional<CompileError> parse_module(Module& module);

 private:
  const Token& peek(size_t ahead = 0) const;
  bool at(TokenKind kind) const { return peek().kind == kind; }
  bool at_op(std::string_view op) const { return peek().is_op(op); }
  bool at_keyword(std::string_view k) const { return peek().is_keyword(k); }
  const Token& advance();
  bool accept_op(std::string_view op);
  bool accept_keyword(std::string_view k);

  void fail_at(const Token& t, std::string message, std::string type = "SyntaxError");
  void fail_after(const Token& t, std::string message);
  void fail_node(const Node* n, std::string message);
  void fail_indent(std::string message, const Token& t) { fail_at(t, std::move(message), "IndentationError"); }
  void invalid_syntax() { fail_at(peek(), "invalid syntax"); }
  bool expect_op(std::string_view op);

  template <class T>
  T* make(const Token& start) {
    T* node = arena_.make<T>();
    node->loc = {start.line, start.column, start.end_line, start.end_column};
    return node;
  }
  void finish(Node* node);

  void statement(Body& body);

  void simple_statements(Body& body);

  void simple_statement(Body& body);

  void decorated(Body& body);

  Stmt* finish_simple(Stmt* s, const Token& start);

  std::string expression_name(const Expr* e);

  bool set_store_context(Expr* e, bool plain_assign);

  bool dotted_name(std::string& out);

  bool as_name(std::string& out);

  void import_statement(Body& body);

  void import_from_statement(Body& body);

  bool set_delete_context(Expr* e);

  void async_statement(Body& body);

  void with_statement(Body& body);

  // One `as` target: a name, attribute, subscript, or a parenthesized tuple/list of them.
  Expr* target_list_single() { return bitwise_or(); }

  bool looks_like_match() const;

  void match_statement(Body& body);

  template <class T = Pattern>
  Pattern* make_pattern(PatternKind kind, const Token& at_token) {
    Pattern* p = arena_.make<Pattern>(kind);
    p->loc = {at_token.line, at_token.column, at_token.end_line, at_token.end_column};
    return p;
  }

  Pattern* patterns();

  Pattern* maybe_star_pattern();

  Pattern* pattern();

  Pattern* or_pattern();

  Pattern* closed_pattern();

  Pattern* class_pattern(const Token& start, Expr* cls);

  Pattern* mapping_pattern();

  void try_statement(Body& body);

  bool block(Body& body, const Token& owner, const std::string& what);

  Expr* condition();

  void if_statement(Body& body);

  void while_statement(Body& body);

  void for_statement(Body& body);

  Expr* target_list();

  void function_definition(Body& body, std::vector<Expr*> decorators);

  void class_definition(Body& body, std::vector<Expr*> decorators);

  bool parameters(Arguments& a, std::string_view close, bool annotations);

  // ---- expressions ----
  struct DepthGuard {
    Parser& p;
    bool ok;
    explicit DepthGuard(Parser& parser) : p(parser), ok(++parser.depth_ <= kMaxDepth) {
      if (!ok) parser.fail_at(parser.peek(), "too many nested parentheses");
    }
    ~DepthGuard() { --p.depth_; }
  };

  Expr* yield_expression();

  Expr* star_expressions();

  Expr* star_expression();

  bool starts_expression() const;

  Expr* named_expression();

  Expr* expression();

  Expr* disjunction();

  Expr* conjunction();

  Expr* inversion();

  bool comparison_operator(CompareOp& op);

  Expr* comparison();

  // One level of left-associative binary operators.
  template <class Next>
  Expr* binary_level(std::initializer_list<std::pair<std::string_view, BinaryOp>> ops, Next next) {
    const Token& start = peek();
    Expr* left = (this->*next)();
    while (!error_) {
      bool matched = false;
      for (auto [symbol, op] : ops) {
        if (!at_op(symbol)) continue;
        advance();
        BinOpExpr* e = make<BinOpExpr>(start);
        e->left = left;
        e->op = op;
        e->right = (this->*next)();
        finish(e);
        left = e;
        matched = true;
        break;
      }
      if (!matched) break;
    }
    return error_ ? nullptr : left;
  }

  Expr* bitwise_or() { return binary_level({{"|", BinaryOp::BitOr}}, &Parser::bitwise_xor); }
  Expr* bitwise_xor() { return binary_level({{"^", BinaryOp::BitXor}}, &Parser::bitwise_and); }
  Expr* bitwise_and() { return binary_level({{"&", BinaryOp::BitAnd}}, &Parser::shift_expr); }
  Expr* shift_expr() { return binary_level({{"<<", BinaryOp::LShift}, {">>", BinaryOp::RShift}}, &Parser::sum); }
  Expr* sum() { return binary_level({{"+", BinaryOp::Add}, {"-", BinaryOp::Sub}}, &Parser::term); }
  Expr* term();

  Expr* factor();

  Expr* power();

  Expr* primary();

  Expr* call(Expr* func, const Token& start);

  Expr* slice_part() { return at_op(":") || at_op("]") || at_op(",") ? nullptr : expression(); }

  Expr* slices();

  Expr* slice();

  Expr* atom();

  Expr* number();

  Expr* strings();

  // Splits an f-string's body into literal text (appended to `pending`) and fields.
  template <class Flush>
  bool fstring_parts(const Token& t, std::string_view body, bool raw, int nesting, std::string& pending,
                     std::vector<Expr*>& parts, Flush& flush) {
    size_t i = 0;
    std::string literal;
    while (i < body.size()) {
      char c = body[i];
      if (c == '{' || c == '}') {
        if (i + 1 < body.size() && body[i + 1] == c && nesting == 0) {
          literal.push_back(c);
          i += 2;
          continue;
        }
        if (c == '}') {
          fail_at(t, "f-string: single '}' is not allowed");
          return false;
        }
        if (!decode_escapes(t, literal, raw, pending)) return false;
        literal.clear();
        flush();
        Expr* field = fstring_field(t, body, i, raw, nesting);
        if (!field) return false;
        parts.push_back(field);
        continue;
      }
      if (c == '\\' && !raw && i + 1 < body.size()) {
        literal.push_back(c);
        literal.push_back(body[i + 1]);
        i += 2;
        continue;
      }
      literal.push_back(c);
      ++i;
    }
    return decode_escapes(t, literal, raw, pending);
  }

  Expr* fstring_field(const Token& t, std::string_view body, size_t& i, bool raw, int nesting);

  Expr* parse_embedded_expression(const Token& t, std::string_view text);

  bool decode_escapes(const Token& t, std::string_view body, bool raw, std::string& out);
  bool decode_bytes_escapes(const Token& t, std::string_view body, bool raw, std::string& out);

  Expr* parenthesized();

  Expr* list_display();

  Expr* comprehension(ExprKind kind, const Token& open, Expr* element, Expr* value, std::string_view close);

  Expr* dict_rest(DictExpr* dict, const Token& open);

  Expr* dict_display();

  std::vector<Token> tokens_;
  Arena& arena_;
  size_t pos_ = 0;
  int depth_ = 0;
  int block_depth_ = 0;
  std::optional<CompileError> error_;
};

}  // namespace saessak
