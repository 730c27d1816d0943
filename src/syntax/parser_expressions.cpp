// Parser rules for expressions: precedence levels, calls, subscripts and slices, displays and
// comprehensions.
#include "syntax/parser_rules.h"

namespace saessak {

// star_expressions: an expression, or a bare tuple `a, b`.
// yield [expressions] | yield from expression
Expr* Parser::yield_expression() {
  const Token& start = advance();
  bool from = accept_keyword("from");
  YieldExpr* y = arena_.make<YieldExpr>(from ? ExprKind::YieldFrom : ExprKind::Yield);
  y->loc = {start.line, start.column, start.end_line, start.end_column};
  if (from) y->value = expression();
  else if (!at(TokenKind::Newline) && !at_op(")") && !at_op(";") && !at_op("=") && !at(TokenKind::EndMarker))
    y->value = star_expressions();
  if (error_) return nullptr;
  finish(y);
  return y;
}

Expr* Parser::star_expressions() {
  if (at_keyword("yield")) return yield_expression();
  const Token& start = peek();
  Expr* first = star_expression();
  if (error_ || !at_op(",")) return first;
  SequenceExpr* tuple = arena_.make<SequenceExpr>(ExprKind::Tuple);
  tuple->loc = {start.line, start.column, start.end_line, start.end_column};
  tuple->elements.push_back(first);
  while (accept_op(",")) {
    if (!starts_expression()) break;
    tuple->elements.push_back(star_expression());
    if (error_) return nullptr;
  }
  finish(tuple);
  return tuple;
}

Expr* Parser::star_expression() {
  if (at_op("*")) {
    const Token& star = advance();
    StarredExpr* s = make<StarredExpr>(star);
    s->value = bitwise_or();
    finish(s);
    return s;
  }
  return expression();
}

bool Parser::starts_expression() const {
  const Token& t = peek();
  switch (t.kind) {
    case TokenKind::Name:
      return !is_keyword(t.text) || t.text == "None" || t.text == "True" || t.text == "False" || t.text == "not" ||
             t.text == "lambda" || t.text == "await";
    case TokenKind::Number:
    case TokenKind::String: return true;
    case TokenKind::Operator:
      return t.text == "(" || t.text == "[" || t.text == "{" || t.text == "-" || t.text == "+" || t.text == "~" ||
             t.text == "*" || t.text == "...";
    default: return false;
  }
}

Expr* Parser::named_expression() {
  if (at(TokenKind::Name) && peek(1).is_op(":=") && !is_keyword(peek().text)) {
    const Token& name = advance();
    advance();  // :=
    NamedExpr* e = make<NamedExpr>(name);
    NameExpr* target = make<NameExpr>(name);
    target->id = std::string(name.text);
    target->ctx = ExprContext::Store;
    e->target = target;
    e->value = expression();
    if (error_) return nullptr;
    finish(e);
    return e;
  }
  Expr* e = expression();
  if (!error_ && at_op(":=")) {
    fail_node(e, "cannot use assignment expressions with " + expression_name(e));
    return nullptr;
  }
  return e;
}

Expr* Parser::expression() {
  DepthGuard guard(*this);
  if (!guard.ok) return nullptr;
  const Token& start = peek();
  if (at_keyword("lambda")) {
    advance();
    LambdaExpr* lambda = make<LambdaExpr>(start);
    if (!parameters(lambda->args, ":", false)) return nullptr;
    if (!expect_op(":")) return nullptr;
    lambda->body = expression();
    if (error_) return nullptr;
    finish(lambda);
    return lambda;
  }
  Expr* body = disjunction();
  if (error_ || !at_keyword("if")) return body;
  advance();
  IfExpExpr* e = make<IfExpExpr>(start);
  e->body = body;
  e->test = disjunction();
  if (error_) return nullptr;
  if (!accept_keyword("else")) {
    fail_at(peek(), "expected 'else' after 'if' expression");
    return nullptr;
  }
  e->orelse = expression();
  finish(e);
  return e;
}

Expr* Parser::disjunction() {
  const Token& start = peek();
  Expr* first = conjunction();
  if (error_ || !at_keyword("or")) return first;
  BoolOpExpr* e = make<BoolOpExpr>(start);
  e->is_and = false;
  e->values.push_back(first);
  while (accept_keyword("or")) {
    e->values.push_back(conjunction());
    if (error_) return nullptr;
  }
  finish(e);
  return e;
}

Expr* Parser::conjunction() {
  const Token& start = peek();
  Expr* first = inversion();
  if (error_ || !at_keyword("and")) return first;
  BoolOpExpr* e = make<BoolOpExpr>(start);
  e->values.push_back(first);
  while (accept_keyword("and")) {
    e->values.push_back(inversion());
    if (error_) return nullptr;
  }
  finish(e);
  return e;
}

Expr* Parser::inversion() {
  DepthGuard guard(*this);
  if (!guard.ok) return nullptr;
  if (at_keyword("not")) {
    const Token& start = advance();
    UnaryOpExpr* e = make<UnaryOpExpr>(start);
    e->op = UnaryKind::Not;
    e->operand = inversion();
    finish(e);
    return e;
  }
  return comparison();
}

bool Parser::comparison_operator(CompareOp& op) {
  const Token& t = peek();
  if (t.kind == TokenKind::Operator) {
    static constexpr std::pair<std::string_view, CompareOp> kOps[] = {
        {"<", CompareOp::Lt}, {"<=", CompareOp::Le}, {"==", CompareOp::Eq},
        {"!=", CompareOp::Ne}, {">", CompareOp::Gt}, {">=", CompareOp::Ge}};
    for (auto [symbol, o] : kOps)
      if (t.text == symbol) {
        advance();
        op = o;
        return true;
      }
    return false;
  }
  if (t.is_keyword("in")) {
    advance();
    op = CompareOp::In;
    return true;
  }
  if (t.is_keyword("not") && peek(1).is_keyword("in")) {
    advance();
    advance();
    op = CompareOp::NotIn;
    return true;
  }
  if (t.is_keyword("is")) {
    advance();
    op = accept_keyword("not") ? CompareOp::IsNot : CompareOp::Is;
    return true;
  }
  return false;
}

Expr* Parser::comparison() {
  const Token& start = peek();
  Expr* first = bitwise_or();
  if (error_) return nullptr;
  CompareOp op;
  if (!comparison_operator(op)) return first;
  CompareExpr* e = make<CompareExpr>(start);
  e->left = first;
  do {
    e->ops.push_back(op);
    e->comparators.push_back(bitwise_or());
    if (error_) return nullptr;
  } while (comparison_operator(op));
  finish(e);
  return e;
}

Expr* Parser::term() {
  return binary_level({{"*", BinaryOp::Mul}, {"/", BinaryOp::TrueDiv}, {"//", BinaryOp::FloorDiv},
                       {"%", BinaryOp::Mod}, {"@", BinaryOp::MatMul}},
                      &Parser::factor);
}

Expr* Parser::factor() {
  DepthGuard guard(*this);
  if (!guard.ok) return nullptr;
  const Token& start = peek();
  UnaryKind kind;
  if (at_op("-")) kind = UnaryKind::Negative;
  else if (at_op("+")) kind = UnaryKind::Positive;
  else if (at_op("~")) kind = UnaryKind::Invert;
  else return power();
  advance();
  UnaryOpExpr* e = make<UnaryOpExpr>(start);
  e->op = kind;
  e->operand = factor();
  if (error_) return nullptr;
  finish(e);
  return e;
}

Expr* Parser::power() {
  const Token& start = peek();
  Expr* base;
  if (at_keyword("await")) {
    advance();
    AwaitExpr* a = make<AwaitExpr>(start);
    a->value = primary();
    if (error_) return nullptr;
    finish(a);
    base = a;
  } else {
    base = primary();
  }
  if (error_ || !at_op("**")) return base;
  advance();
  BinOpExpr* e = make<BinOpExpr>(start);
  e->left = base;
  e->op = BinaryOp::Pow;
  e->right = factor();
  if (error_) return nullptr;
  finish(e);
  return e;
}

Expr* Parser::primary() {
  const Token& start = peek();
  Expr* e = atom();
  while (!error_) {
    if (at_op(".")) {
      advance();
      if (!at(TokenKind::Name) || is_keyword(peek().text)) {
        invalid_syntax();
        return nullptr;
      }
      AttributeExpr* a = make<AttributeExpr>(start);
      a->value = e;
      a->attr = std::string(advance().text);
      finish(a);
      e = a;
    } else if (at_op("(")) {
      e = call(e, start);
    } else if (at_op("[")) {
      advance();
      SubscriptExpr* s = make<SubscriptExpr>(start);
      s->value = e;
      s->index = slices();
      if (error_ || !expect_op("]")) return nullptr;
      finish(s);
      e = s;
    } else {
      break;
    }
  }
  return error_ ? nullptr : e;
}

Expr* Parser::call(Expr* func, const Token& start) {
  advance();  // (
  CallExpr* c = make<CallExpr>(start);
  c->func = func;
  while (!error_ && !at_op(")")) {
    const Token& arg_start = peek();
    if (at(TokenKind::Name) && peek(1).is_op("=") && !is_keyword(arg_start.text)) {
      advance();
      advance();
      for (const Keyword& k : c->keywords)
        if (!k.name.empty() && k.name == arg_start.text) {
          fail_at(arg_start, "keyword argument repeated: " + std::string(arg_start.text));
          return nullptr;
        }
      Keyword k{std::string(arg_start.text), expression(), {arg_start.line, arg_start.column, arg_start.end_line, arg_start.end_column}};
      c->keywords.push_back(k);
    } else if (at_op("**")) {
      advance();
      Keyword k{"", expression(), {arg_start.line, arg_start.column, arg_start.end_line, arg_start.end_column}};
      if (error_) return nullptr;
      c->keywords.push_back(k);
    } else if (at_op("*")) {
      advance();
      StarredExpr* star = make<StarredExpr>(arg_start);
      star->value = expression();
      if (error_) return nullptr;
      finish(star);
      bool after_unpacked_keywords = false;
      for (const Keyword& k : c->keywords) after_unpacked_keywords = after_unpacked_keywords || k.name.empty();
      if (after_unpacked_keywords) {
        fail_node(star, "iterable argument unpacking follows keyword argument unpacking");
        return nullptr;
      }
      c->args.push_back(star);
    } else {
      Expr* arg = named_expression();
      if (error_) return nullptr;
      if (at_keyword("for")) {
        // f(x for x in xs): the generator expression is the only argument.
        if (!c->args.empty() || !c->keywords.empty() || c->func == nullptr) {
          fail_node(arg, "Generator expression must be parenthesized");
          return nullptr;
        }
        arg = comprehension(ExprKind::GeneratorExp, arg_start, arg, nullptr, ")");
        if (!arg) return nullptr;
        c->args.push_back(arg);
        finish(c);
        return c;
      }
      if (!c->keywords.empty()) {
        bool unpacking = false;
        for (const Keyword& k : c->keywords) unpacking = unpacking || k.name.empty();
        fail_node(arg, unpacking ? "positional argument follows keyword argument unpacking"
                                 : "positional argument follows keyword argument");
        return nullptr;
      }
      c->args.push_back(arg);
    }
    if (error_) return nullptr;
    if (!accept_op(",")) {
      if (!at_op(")") && starts_expression()) {
        fail_at(arg_start, "invalid syntax. Perhaps you forgot a comma?");
        return nullptr;
      }
      break;
    }
  }
  if (!expect_op(")")) return nullptr;
  finish(c);
  return c;
}

// a[i], a[i:j:k], and a[i, j:k] (a tuple of indexes and slices).
Expr* Parser::slices() {
  const Token& start = peek();
  Expr* first = slice();
  if (error_ || !at_op(",")) return first;
  SequenceExpr* tuple = arena_.make<SequenceExpr>(ExprKind::Tuple);
  tuple->loc = {start.line, start.column, start.end_line, start.end_column};
  tuple->elements.push_back(first);
  while (accept_op(",")) {
    if (at_op("]")) break;
    tuple->elements.push_back(slice());
    if (error_) return nullptr;
  }
  finish(tuple);
  return tuple;
}

Expr* Parser::slice() {
  const Token& start = peek();
  if (at_op("*")) return star_expression();
  Expr* lower = slice_part();
  if (error_) return nullptr;
  if (!at_op(":")) return lower;
  SliceExpr* s = make<SliceExpr>(start);
  s->lower = lower;
  advance();
  s->upper = slice_part();
  if (!error_ && accept_op(":")) s->step = slice_part();
  finish(s);
  return s;
}

Expr* Parser::atom() {
  const Token& t = peek();
  switch (t.kind) {
    case TokenKind::Name: {
      if (t.text == "None" || t.text == "True" || t.text == "False") {
        advance();
        ConstantExpr* c = make<ConstantExpr>(t);
        c->type = t.text == "None" ? ConstantExpr::Type::None
                  : t.text == "True" ? ConstantExpr::Type::True
                                     : ConstantExpr::Type::False;
        return c;
      }
      if (is_keyword(t.text)) {
        invalid_syntax();
        return nullptr;
      }
      advance();
      NameExpr* n = make<NameExpr>(t);
      n->id = std::string(t.text);
      return n;
    }
    case TokenKind::Number: return number();
    case TokenKind::String: return strings();
    case TokenKind::Operator:
      if (t.text == "(") return parenthesized();
      if (t.text == "[") return list_display();
      if (t.text == "{") return dict_display();
      if (t.text == "...") {
        advance();
        ConstantExpr* c = make<ConstantExpr>(t);
        c->type = ConstantExpr::Type::Ellipsis;
        return c;
      }
      break;
    default: break;
  }
  invalid_syntax();
  return nullptr;
}

Expr* Parser::number() {
  const Token& t = advance();
  ConstantExpr* c = make<ConstantExpr>(t);
  std::string text;
  for (char ch : t.text)
    if (ch != '_') text.push_back(ch);
  if (!text.empty() && (text.back() == 'j' || text.back() == 'J')) {
    // An imaginary literal: its digits are always decimal (`0x1j` does not tokenize as one).
    text.pop_back();
    c->type = ConstantExpr::Type::Imaginary;
    c->float_value = std::strtod(text.c_str(), nullptr);
    return c;
  }
  int base = 10;
  size_t skip = 0;
  if (text.size() > 1 && text[0] == '0') {
    char p = static_cast<char>(text[1] | 0x20);
    if (p == 'x') base = 16, skip = 2;
    else if (p == 'o') base = 8, skip = 2;
    else if (p == 'b') base = 2, skip = 2;
  }
  bool is_float = base == 10 && text.find_first_of(".eE") != std::string::npos;
  if (is_float) {
    c->type = ConstantExpr::Type::Float;
    c->float_value = std::strtod(text.c_str(), nullptr);
    return c;
  }
  c->type = ConstantExpr::Type::Int;
  int64_t value = 0;
  auto [end, ec] = std::from_chars(text.data() + skip, text.data() + text.size(), value, base);
  if (ec != std::errc() || !Value::fits_small_int(value)) {
    // A big int literal: the compiler makes it from its digits.
    c->type = ConstantExpr::Type::BigInt;
    c->str_value = text;
    return c;
  }
  c->int_value = value;
  return c;
}

Expr* Parser::parenthesized() {
  const Token& open = advance();
  if (at_keyword("yield")) {
    Expr* y = yield_expression();
    if (!y || !expect_op(")")) return nullptr;
    return y;
  }
  if (accept_op(")")) {
    SequenceExpr* empty = arena_.make<SequenceExpr>(ExprKind::Tuple);
    empty->loc = {open.line, open.column, open.end_line, open.end_column};
    finish(empty);
    return empty;
  }
  Expr* first = at_op("*") ? star_expression() : named_expression();
  if (error_) return nullptr;
  if (at_keyword("for")) {
    if (first->kind == ExprKind::Starred) return invalid_syntax(), nullptr;
    return comprehension(ExprKind::GeneratorExp, open, first, nullptr, ")");
  }
  if (accept_op(")")) {
    if (first->kind == ExprKind::Starred) {
      fail_node(first, "cannot use starred expression here");
      return nullptr;
    }
    return first;
  }
  SequenceExpr* tuple = arena_.make<SequenceExpr>(ExprKind::Tuple);
  tuple->loc = {open.line, open.column, open.end_line, open.end_column};
  tuple->elements.push_back(first);
  while (accept_op(",")) {
    if (at_op(")")) break;
    tuple->elements.push_back(star_expression());
    if (error_) return nullptr;
  }
  if (!at_op(")")) {
    if (starts_expression()) fail_at(peek(), "invalid syntax. Perhaps you forgot a comma?");
    else invalid_syntax();
    return nullptr;
  }
  advance();
  finish(tuple);
  return tuple;
}

Expr* Parser::list_display() {
  const Token& open = advance();
  SequenceExpr* list = arena_.make<SequenceExpr>(ExprKind::List);
  list->loc = {open.line, open.column, open.end_line, open.end_column};
  while (!at_op("]")) {
    const Token& item_start = peek();
    list->elements.push_back(at_op("*") ? star_expression() : named_expression());
    if (error_) return nullptr;
    if (at_keyword("for")) {
      if (list->elements.size() != 1 || list->elements[0]->kind == ExprKind::Starred) return invalid_syntax(), nullptr;
      return comprehension(ExprKind::ListComp, open, list->elements[0], nullptr, "]");
    }
    if (!accept_op(",")) {
      if (!at_op("]") && starts_expression()) {
        fail_at(item_start, "invalid syntax. Perhaps you forgot a comma?");
        return nullptr;
      }
      break;
    }
  }
  if (!expect_op("]")) return nullptr;
  finish(list);
  return list;
}

// The `for ... in ... if ...` clauses after a comprehension's element, and the closing bracket.
Expr* Parser::comprehension(ExprKind kind, const Token& open, Expr* element, Expr* value, std::string_view close) {
  ComprehensionExpr* c = arena_.make<ComprehensionExpr>(kind);
  c->loc = {open.line, open.column, open.end_line, open.end_column};
  c->element = element;
  c->value = value;
  while (at_keyword("for")) {
    advance();
    if (at_keyword("async")) {
      fail_at(peek(), "asynchronous comprehensions are not supported by Saessak yet");
      return nullptr;
    }
    Comprehension clause;
    clause.target = target_list();
    if (error_) return nullptr;
    if (!accept_keyword("in")) return invalid_syntax(), nullptr;
    if (!set_store_context(clause.target, false)) return nullptr;
    clause.iter = disjunction();
    if (error_) return nullptr;
    while (accept_keyword("if")) {
      if (at(TokenKind::Name) && peek(1).is_op(":=")) clause.ifs.push_back(named_expression());
      else clause.ifs.push_back(disjunction());
      if (error_) return nullptr;
    }
    c->generators.push_back(clause);
  }
  if (!at_op(close)) {
    invalid_syntax();
    return nullptr;
  }
  advance();
  finish(c);
  return c;
}

// {**a, 'k': v, **b}: a dict display that starts with unpacking.
Expr* Parser::dict_rest(DictExpr* dict, const Token& open) {
  while (!at_op("}")) {
    if (accept_op("**")) {
      dict->keys.push_back(nullptr);
      dict->values.push_back(bitwise_or());
    } else {
      Expr* key = expression();
      if (error_) return nullptr;
      if (!expect_op(":")) return nullptr;
      dict->keys.push_back(key);
      dict->values.push_back(expression());
    }
    if (error_) return nullptr;
    if (!accept_op(",")) break;
  }
  if (!expect_op("}")) return nullptr;
  finish(dict);
  return dict;
}

// { ... }: a dict, a set, or a comprehension of either.
Expr* Parser::dict_display() {
  const Token& open = advance();
  DictExpr* dict = make<DictExpr>(open);
  if (accept_op("}")) {
    finish(dict);
    return dict;
  }
  if (at_op("**")) return dict_rest(dict, open);
  Expr* first = star_expression();
  if (error_) return nullptr;
  if (!at_op(":")) {
    // A set display or a set comprehension.
    if (at_keyword("for")) {
      if (first->kind == ExprKind::Starred) return invalid_syntax(), nullptr;
      return comprehension(ExprKind::SetComp, open, first, nullptr, "}");
    }
    SequenceExpr* set = arena_.make<SequenceExpr>(ExprKind::Set);
    set->loc = {open.line, open.column, open.end_line, open.end_column};
    set->elements.push_back(first);
    while (accept_op(",")) {
      if (at_op("}")) break;
      set->elements.push_back(star_expression());
      if (error_) return nullptr;
    }
    if (!expect_op("}")) return nullptr;
    finish(set);
    return set;
  }
  advance();
  Expr* value = expression();
  if (error_) return nullptr;
  if (at_keyword("for")) return comprehension(ExprKind::DictComp, open, first, value, "}");
  dict->keys.push_back(first);
  dict->values.push_back(value);
  while (accept_op(",")) {
    if (at_op("}")) break;
    if (at_op("**")) {
      advance();
      dict->keys.push_back(nullptr);  // {**other}: a null key marks an unpacked mapping
      dict->values.push_back(bitwise_or());
      if (error_) return nullptr;
      continue;
    }
    Expr* key = expression();
    if (error_) return nullptr;
    if (!at_op(":")) {
      fail_at(peek(), "':' expected after dictionary key");
      return nullptr;
    }
    advance();
    Expr* v = expression();
    if (error_) return nullptr;
    dict->keys.push_back(key);
    dict->values.push_back(v);
  }
  if (!expect_op("}")) return nullptr;
  finish(dict);
  return dict;
}

}  // namespace saessak
