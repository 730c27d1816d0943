// The parser: tokens to a syntax tree (recursive descent, CPython 3.11's grammar and messages).
// This file: token access, error reporting and the entry point; the rules live beside it.
#include "syntax/parser_rules.h"

namespace saessak {

std::optional<CompileError> Parser::parse_module(Module& module) {
  while (!error_ && !at(TokenKind::EndMarker)) {
    if (at(TokenKind::Newline)) {
      advance();
      continue;
    }
    if (at(TokenKind::Indent)) {
      fail_indent("unexpected indent", peek());
      break;
    }
    statement(module.body);
  }
  return error_;
}

const Token& Parser::peek(size_t ahead) const {
  size_t i = std::min(pos_ + ahead, tokens_.size() - 1);
  return tokens_[i];
}

const Token& Parser::advance() {
  const Token& t = tokens_[pos_];
  if (pos_ + 1 < tokens_.size()) ++pos_;
  return t;
}

bool Parser::accept_op(std::string_view op) {
  if (!at_op(op)) return false;
  advance();
  return true;
}

bool Parser::accept_keyword(std::string_view k) {
  if (!at_keyword(k)) return false;
  advance();
  return true;
}

void Parser::fail_at(const Token& t, std::string message, std::string type) {
  if (error_) return;
  CompileError e;
  e.type = std::move(type);
  e.message = std::move(message);
  e.line = t.line;
  e.column = t.column;
  e.end_line = t.end_line;
  e.end_column = t.end_column;
  error_ = e;
}

void Parser::fail_node(const Node* n, std::string message) {
  if (error_) return;
  CompileError e;
  e.message = std::move(message);
  e.line = n->loc.line;
  e.column = n->loc.column;
  e.end_line = n->loc.end_line;
  e.end_column = n->loc.end_column;
  error_ = e;
}

bool Parser::expect_op(std::string_view op) {
  if (accept_op(op)) return true;
  if (op == ":") fail_at(peek(), "expected ':'");
  else invalid_syntax();
  return false;
}

void Parser::finish(Node* node) {
  const Token& last = tokens_[pos_ > 0 ? pos_ - 1 : 0];
  node->loc.end_line = last.end_line;
  node->loc.end_column = last.end_column;
}

ParseResult parse(std::string_view source) {
  ParseResult result;
  result.arena = std::make_unique<Arena>();
  TokenizeResult tokens = tokenize(source);
  if (tokens.error) {
    // CPython reports an unclosed bracket only when the parser finds nothing wrong before it;
    // a simple approximation: report the tokenizer's error.
    result.error = tokens.error;
    return result;
  }
  Parser parser(std::move(tokens.tokens), *result.arena);
  result.error = parser.parse_module(result.module);
  return result;
}

}  // namespace saessak
