// Parser rules for the match statement and its patterns (PEP 634).
#include "syntax/parser_rules.h"

namespace saessak {

// `match` is a soft keyword: a match statement's line ends with ':' and its block starts
// with `case`.
bool Parser::looks_like_match() const {
  size_t i = pos_ + 1;
  if (i >= tokens_.size() || tokens_[i].kind == TokenKind::Newline || tokens_[i].is_op("=") || tokens_[i].is_op(".") ||
      tokens_[i].is_op(":"))
    return false;
  while (i < tokens_.size() && tokens_[i].kind != TokenKind::Newline && tokens_[i].kind != TokenKind::EndMarker) ++i;
  return i + 2 < tokens_.size() && tokens_[i - 1].is_op(":") && tokens_[i + 1].kind == TokenKind::Indent &&
         tokens_[i + 2].kind == TokenKind::Name && tokens_[i + 2].text == "case";
}

void Parser::match_statement(Body& body) {
  const Token& start = advance();
  MatchStmt* stmt = make<MatchStmt>(start);
  const Token& subject_start = peek();
  Expr* subject = named_expression();
  if (error_) return;
  if (at_op(",")) {
    // match a, b: the subject is a tuple.
    SequenceExpr* tuple = arena_.make<SequenceExpr>(ExprKind::Tuple);
    tuple->loc = {subject_start.line, subject_start.column, subject_start.end_line, subject_start.end_column};
    tuple->elements.push_back(subject);
    while (accept_op(",")) {
      if (at_op(":")) break;
      tuple->elements.push_back(star_expression());
      if (error_) return;
    }
    finish(tuple);
    subject = tuple;
  }
  stmt->subject = subject;
  if (!expect_op(":")) return;
  if (!at(TokenKind::Newline)) return invalid_syntax();
  advance();
  if (!at(TokenKind::Indent)) {
    fail_indent("expected an indented block after 'match' statement on line " + std::to_string(start.line), peek());
    return;
  }
  advance();
  while (!error_ && at(TokenKind::Name) && peek().text == "case") {
    const Token& case_token = advance();
    MatchCase c;
    c.pattern = patterns();
    if (error_) return;
    if (accept_keyword("if")) {
      c.guard = named_expression();
      if (error_) return;
    }
    if (!block(c.body, case_token, "'case' statement")) return;
    stmt->cases.push_back(std::move(c));
  }
  if (error_) return;
  if (stmt->cases.empty()) return invalid_syntax();
  if (at(TokenKind::Dedent)) advance();
  else if (!at(TokenKind::EndMarker)) return invalid_syntax();
  finish(stmt);
  body.push_back(stmt);
}

// case a, b: a top-level open sequence pattern, or one pattern.
Pattern* Parser::patterns() {
  const Token& start = peek();
  Pattern* first = maybe_star_pattern();
  if (!first || !at_op(",")) {
    if (first && first->kind == PatternKind::Star) {
      Pattern* seq = make_pattern(PatternKind::Sequence, start);
      seq->patterns.push_back(first);
      return seq;
    }
    return first;
  }
  Pattern* seq = make_pattern(PatternKind::Sequence, start);
  seq->patterns.push_back(first);
  while (accept_op(",")) {
    if (at_op(":") || at_keyword("if")) break;
    Pattern* p = maybe_star_pattern();
    if (!p) return nullptr;
    seq->patterns.push_back(p);
  }
  return seq;
}

Pattern* Parser::maybe_star_pattern() {
  if (at_op("*")) {
    const Token& star = advance();
    if (!at(TokenKind::Name)) return invalid_syntax(), nullptr;
    Pattern* p = make_pattern(PatternKind::Star, star);
    std::string name(advance().text);
    p->name = name == "_" ? "" : name;
    return p;
  }
  return pattern();
}

Pattern* Parser::pattern() {
  const Token& start = peek();
  Pattern* p = or_pattern();
  if (!p) return nullptr;
  if (accept_keyword("as")) {
    if (!at(TokenKind::Name) || is_keyword(peek().text)) return invalid_syntax(), nullptr;
    const Token& name = advance();
    if (name.text == "_") {
      fail_at(name, "cannot use '_' as a target");
      return nullptr;
    }
    Pattern* as = make_pattern(PatternKind::As, start);
    as->pattern = p;
    as->name = std::string(name.text);
    return as;
  }
  return p;
}

Pattern* Parser::or_pattern() {
  const Token& start = peek();
  Pattern* first = closed_pattern();
  if (!first || !at_op("|")) return first;
  Pattern* alt = make_pattern(PatternKind::Or, start);
  alt->patterns.push_back(first);
  while (accept_op("|")) {
    Pattern* p = closed_pattern();
    if (!p) return nullptr;
    alt->patterns.push_back(p);
  }
  return alt;
}

Pattern* Parser::closed_pattern() {
  DepthGuard guard(*this);
  if (!guard.ok) return nullptr;
  const Token& t = peek();
  if (t.is_op("(") || t.is_op("[")) {
    bool paren = t.is_op("(");
    advance();
    std::string close = paren ? ")" : "]";
    if (accept_op(close)) return make_pattern(PatternKind::Sequence, t);
    Pattern* first = maybe_star_pattern();
    if (!first) return nullptr;
    if (paren && accept_op(")")) {
      if (first->kind == PatternKind::Star) {
        Pattern* seq = make_pattern(PatternKind::Sequence, t);
        seq->patterns.push_back(first);
        return seq;
      }
      return first;  // a group
    }
    Pattern* seq = make_pattern(PatternKind::Sequence, t);
    seq->patterns.push_back(first);
    while (accept_op(",")) {
      if (at_op(close)) break;
      Pattern* p = maybe_star_pattern();
      if (!p) return nullptr;
      seq->patterns.push_back(p);
    }
    if (!expect_op(close)) return nullptr;
    return seq;
  }
  if (t.is_op("{")) return mapping_pattern();
  if (t.kind == TokenKind::Name && !is_keyword(t.text)) {
    // A capture, the wildcard, a dotted value, or a class pattern.
    advance();
    Expr* e = nullptr;
    bool dotted = false;
    NameExpr* n = make<NameExpr>(t);
    n->id = std::string(t.text);
    e = n;
    while (at_op(".")) {
      advance();
      if (!at(TokenKind::Name)) return invalid_syntax(), nullptr;
      AttributeExpr* a = make<AttributeExpr>(t);
      a->value = e;
      a->attr = std::string(advance().text);
      finish(a);
      e = a;
      dotted = true;
    }
    if (at_op("(")) return class_pattern(t, e);
    if (dotted) {
      Pattern* v = make_pattern(PatternKind::Value, t);
      v->value = e;
      return v;
    }
    Pattern* capture = make_pattern(PatternKind::As, t);
    capture->name = t.text == "_" ? "" : std::string(t.text);
    return capture;
  }
  // Literals: numbers (signed, maybe complex), strings, None, True, False.
  if (t.is_keyword("None") || t.is_keyword("True") || t.is_keyword("False")) {
    Pattern* p = make_pattern(PatternKind::Singleton, t);
    p->value = atom();
    return p;
  }
  if (t.kind == TokenKind::Number || t.kind == TokenKind::String || t.is_op("-")) {
    Pattern* p = make_pattern(PatternKind::Value, t);
    p->value = sum();
    if (error_) return nullptr;
    return p;
  }
  invalid_syntax();
  return nullptr;
}

Pattern* Parser::class_pattern(const Token& start, Expr* cls) {
  advance();  // (
  Pattern* p = make_pattern(PatternKind::Class, start);
  p->value = cls;
  while (!at_op(")")) {
    if (at(TokenKind::Name) && peek(1).is_op("=")) {
      std::string name(advance().text);
      advance();
      Pattern* sub = pattern();
      if (!sub) return nullptr;
      p->kwd_names.push_back(name);
      p->kwd_patterns.push_back(sub);
    } else {
      if (!p->kwd_names.empty()) {
        fail_at(peek(), "positional patterns follow keyword patterns");
        return nullptr;
      }
      Pattern* sub = pattern();
      if (!sub) return nullptr;
      p->patterns.push_back(sub);
    }
    if (!accept_op(",")) break;
  }
  if (!expect_op(")")) return nullptr;
  return p;
}

Pattern* Parser::mapping_pattern() {
  const Token& open = advance();
  Pattern* p = make_pattern(PatternKind::Mapping, open);
  while (!at_op("}")) {
    if (at_op("**")) {
      advance();
      if (!at(TokenKind::Name)) return invalid_syntax(), nullptr;
      p->name = std::string(advance().text);
      accept_op(",");
      break;
    }
    Expr* key;
    if (at(TokenKind::Name) && !is_keyword(peek().text)) {
      const Token& t = peek();
      key = bitwise_or();  // a dotted value
      if (error_) return nullptr;
      if (key->kind == ExprKind::Name) {
        fail_at(t, "mapping pattern keys may only match literals and attribute lookups");
        return nullptr;
      }
    } else {
      key = sum();
      if (error_) return nullptr;
    }
    if (!expect_op(":")) return nullptr;
    Pattern* value = pattern();
    if (!value) return nullptr;
    p->keys.push_back(key);
    p->patterns.push_back(value);
    if (!accept_op(",")) break;
  }
  if (!expect_op("}")) return nullptr;
  return p;
}

}  // namespace saessak
