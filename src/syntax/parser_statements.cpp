// Parser rules for statements: simple and compound statements, blocks, imports, with/try,
// assignment and deletion targets, def and class with their parameter lists.
#include "syntax/parser_rules.h"

namespace saessak {

void Parser::statement(Body& body) {
  const Token& t = peek();
  if (t.is_op("@")) return decorated(body);
  if (t.kind == TokenKind::Name) {
    if (t.text == "if") return if_statement(body);
    if (t.text == "while") return while_statement(body);
    if (t.text == "for") return for_statement(body);
    if (t.text == "def") return function_definition(body, {});
    if (t.text == "try") return try_statement(body);
    if (t.text == "class") return class_definition(body, {});
    if (t.text == "with") return with_statement(body);
    if (t.text == "match" && looks_like_match()) return match_statement(body);
    if (t.text == "async") return async_statement(body);
  }
  simple_statements(body);
}

void Parser::simple_statements(Body& body) {
  while (!error_) {
    simple_statement(body);
    if (error_) return;
    if (accept_op(";")) {
      if (at(TokenKind::Newline)) break;
      continue;
    }
    break;
  }
  if (error_) return;
  if (!at(TokenKind::Newline)) {
    invalid_syntax();
    return;
  }
  advance();
}

void Parser::simple_statement(Body& body) {
  const Token& start = peek();
  if (accept_keyword("pass")) return body.push_back(finish_simple(arena_.make<SimpleStmt>(StmtKind::Pass), start));
  if (accept_keyword("break")) return body.push_back(finish_simple(arena_.make<SimpleStmt>(StmtKind::Break), start));
  if (accept_keyword("continue"))
    return body.push_back(finish_simple(arena_.make<SimpleStmt>(StmtKind::Continue), start));
  if (accept_keyword("return")) {
    ReturnStmt* r = make<ReturnStmt>(start);
    if (!at(TokenKind::Newline) && !at_op(";")) r->value = star_expressions();
    finish(r);
    return body.push_back(r);
  }
  if (at_keyword("global") || at_keyword("nonlocal")) {
    StmtKind kind = at_keyword("global") ? StmtKind::Global : StmtKind::Nonlocal;
    advance();
    GlobalStmt* g = arena_.make<GlobalStmt>(kind);
    g->loc = {start.line, start.column, start.end_line, start.end_column};
    do {
      if (!at(TokenKind::Name) || is_keyword(peek().text)) return invalid_syntax();
      g->names.emplace_back(advance().text);
    } while (accept_op(","));
    finish(g);
    return body.push_back(g);
  }
  if (accept_keyword("raise")) {
    RaiseStmt* r = make<RaiseStmt>(start);
    if (!at(TokenKind::Newline) && !at_op(";")) {
      r->exception = expression();
      if (error_) return;
      if (accept_keyword("from")) {
        r->cause = expression();
        if (error_) return;
      }
    }
    finish(r);
    return body.push_back(r);
  }
  if (at_keyword("import")) return import_statement(body);
  if (at_keyword("from")) return import_from_statement(body);
  if (accept_keyword("assert")) {
    AssertStmt* a = make<AssertStmt>(start);
    a->test = expression();
    if (error_) return;
    if (accept_op(",")) {
      a->message = expression();
      if (error_) return;
    }
    finish(a);
    return body.push_back(a);
  }
  if (accept_keyword("del")) {
    DeleteStmt* d = make<DeleteStmt>(start);
    do {
      if (at(TokenKind::Newline) || at_op(";")) break;
      Expr* target = bitwise_or();
      if (error_) return;
      if (!set_delete_context(target)) return;
      d->targets.push_back(target);
    } while (accept_op(","));
    if (d->targets.empty()) return invalid_syntax();
    finish(d);
    return body.push_back(d);
  }
  // print "hi" — the classic Python 2 habit.
  if (start.is_keyword("print") && (peek(1).kind == TokenKind::String || peek(1).kind == TokenKind::Number)) {
    fail_at(start, "Missing parentheses in call to 'print'. Did you mean print(...)?");
    return;
  }
  Expr* first = star_expressions();
  if (error_) return;
  if (at_op(":")) {
    // An annotated assignment: x: int = 5
    if (first->kind != ExprKind::Name && first->kind != ExprKind::Attribute && first->kind != ExprKind::Subscript) {
      if (first->kind == ExprKind::Tuple) fail_node(first, "only single target (not tuple) can be annotated");
      else if (first->kind == ExprKind::List) fail_node(first, "only single target (not list) can be annotated");
      else fail_node(first, "illegal target for annotation");
      return;
    }
    advance();
    AnnAssignStmt* ann = make<AnnAssignStmt>(start);
    ann->target = first;
    ann->simple = first->kind == ExprKind::Name && !start.is_op("(");
    set_store_context(first, false);
    ann->annotation = expression();
    if (error_) return;
    if (accept_op("=")) {
      ann->value = star_expressions();
      if (error_) return;
    }
    finish(ann);
    return body.push_back(ann);
  }
  if (at_op("=")) {
    AssignStmt* assign = make<AssignStmt>(start);
    std::vector<Expr*> chain{first};
    while (accept_op("=")) {
      if (at_op("=")) return invalid_syntax();
      chain.push_back(star_expressions());
      if (error_) return;
    }
    assign->value = chain.back();
    chain.pop_back();
    for (Expr* target : chain) {
      if (!set_store_context(target, true)) return;
      assign->targets.push_back(target);
    }
    finish(assign);
    return body.push_back(assign);
  }
  static constexpr std::pair<std::string_view, BinaryOp> kAugmented[] = {
      {"+=", BinaryOp::Add},       {"-=", BinaryOp::Sub},     {"*=", BinaryOp::Mul},    {"/=", BinaryOp::TrueDiv},
      {"//=", BinaryOp::FloorDiv}, {"%=", BinaryOp::Mod},     {"**=", BinaryOp::Pow},   {"@=", BinaryOp::MatMul},
      {"<<=", BinaryOp::LShift},   {">>=", BinaryOp::RShift}, {"&=", BinaryOp::BitAnd}, {"|=", BinaryOp::BitOr},
      {"^=", BinaryOp::BitXor}};
  for (auto [symbol, op] : kAugmented) {
    if (!at_op(symbol)) continue;
    if (first->kind != ExprKind::Name && first->kind != ExprKind::Attribute && first->kind != ExprKind::Subscript) {
      fail_node(first, "'" + expression_name(first) + "' is an illegal expression for augmented assignment");
      return;
    }
    advance();
    AugAssignStmt* aug = make<AugAssignStmt>(start);
    set_store_context(first, false);
    aug->target = first;
    aug->op = op;
    aug->value = star_expressions();
    finish(aug);
    return body.push_back(aug);
  }
  ExprStmt* stmt = make<ExprStmt>(start);
  stmt->value = first;
  finish(stmt);
  body.push_back(stmt);
}

void Parser::decorated(Body& body) {
  std::vector<Expr*> decorators;
  while (at_op("@")) {
    advance();
    decorators.push_back(named_expression());
    if (error_) return;
    if (!at(TokenKind::Newline)) return invalid_syntax();
    advance();
  }
  if (at_keyword("def")) return function_definition(body, std::move(decorators));
  if (at_keyword("async") && peek(1).is_keyword("def")) {
    const Token& async_token = advance();
    size_t before = body.size();
    function_definition(body, std::move(decorators));
    if (!error_ && body.size() > before) {
      static_cast<FunctionDefStmt*>(body.back())->is_async = true;
      body.back()->loc.column = async_token.column;
    }
    return;
  }
  if (at_keyword("class")) return class_definition(body, std::move(decorators));
  invalid_syntax();
}

Stmt* Parser::finish_simple(Stmt* s, const Token& start) {
  s->loc = {start.line, start.column, start.end_line, start.end_column};
  return s;
}

// What CPython calls an expression in "cannot assign to ..." messages.
std::string Parser::expression_name(const Expr* e) {
  switch (e->kind) {
    case ExprKind::Constant: {
      auto type = static_cast<const ConstantExpr*>(e)->type;
      if (type == ConstantExpr::Type::True) return "True";
      if (type == ConstantExpr::Type::False) return "False";
      if (type == ConstantExpr::Type::None) return "None";
      if (type == ConstantExpr::Type::Ellipsis) return "ellipsis";
      return "literal";
    }
    case ExprKind::BinOp: case ExprKind::UnaryOp: return "expression";
    case ExprKind::BoolOp: return "expression";
    case ExprKind::Compare: return "comparison";
    case ExprKind::Call: return "function call";
    case ExprKind::IfExp: return "conditional expression";
    case ExprKind::Tuple: return "tuple";
    case ExprKind::List: return "list";
    case ExprKind::Dict: return "dict literal";
    case ExprKind::Set: return "set display";
    case ExprKind::ListComp: return "list comprehension";
    case ExprKind::SetComp: return "set comprehension";
    case ExprKind::DictComp: return "dict comprehension";
    case ExprKind::GeneratorExp: return "generator expression";
    case ExprKind::Yield:
    case ExprKind::YieldFrom: return "yield expression";
    case ExprKind::Lambda: return "lambda";
    case ExprKind::NamedExpr: return "named expression";
    case ExprKind::Await: return "await expression";
    default: return "expression";
  }
}

// Marks an expression as an assignment target, or reports why it cannot be one.
bool Parser::set_store_context(Expr* e, bool plain_assign) {
  switch (e->kind) {
    case ExprKind::Name: static_cast<NameExpr*>(e)->ctx = ExprContext::Store; return true;
    case ExprKind::Attribute: static_cast<AttributeExpr*>(e)->ctx = ExprContext::Store; return true;
    case ExprKind::Subscript: static_cast<SubscriptExpr*>(e)->ctx = ExprContext::Store; return true;
    case ExprKind::Tuple:
    case ExprKind::List: {
      auto* seq = static_cast<SequenceExpr*>(e);
      seq->ctx = ExprContext::Store;
      for (Expr* item : seq->elements)
        if (!set_store_context(item, false)) return false;
      return true;
    }
    case ExprKind::Starred: return set_store_context(static_cast<StarredExpr*>(e)->value, false);
    default: break;
  }
  std::string what = expression_name(e);
  bool named = what == "True" || what == "False" || what == "None" || what == "ellipsis";
  if (plain_assign && !named && e->kind != ExprKind::Tuple)
    fail_node(e, "cannot assign to " + what + " here. Maybe you meant '==' instead of '='?");
  else
    fail_node(e, "cannot assign to " + what);
  return false;
}

bool Parser::dotted_name(std::string& out) {
  if (!at(TokenKind::Name) || is_keyword(peek().text)) {
    invalid_syntax();
    return false;
  }
  out = std::string(advance().text);
  while (at_op(".")) {
    advance();
    if (!at(TokenKind::Name) || is_keyword(peek().text)) {
      invalid_syntax();
      return false;
    }
    out += "." + std::string(advance().text);
  }
  return true;
}

bool Parser::as_name(std::string& out) {
  if (!accept_keyword("as")) return true;
  if (!at(TokenKind::Name) || is_keyword(peek().text)) {
    invalid_syntax();
    return false;
  }
  out = std::string(advance().text);
  return true;
}

void Parser::import_statement(Body& body) {
  const Token& start = advance();
  ImportStmt* stmt = make<ImportStmt>(start);
  do {
    const Token& name_start = peek();
    Alias alias;
    alias.loc = {name_start.line, name_start.column, name_start.end_line, name_start.end_column};
    if (!dotted_name(alias.name) || !as_name(alias.asname)) return;
    stmt->names.push_back(alias);
  } while (accept_op(","));
  finish(stmt);
  body.push_back(stmt);
}

void Parser::import_from_statement(Body& body) {
  const Token& start = advance();
  ImportFromStmt* stmt = make<ImportFromStmt>(start);
  while (at_op(".") || at_op("...")) stmt->level += static_cast<int>(advance().text.size());
  if (!at_keyword("import") && !dotted_name(stmt->module)) return;
  if (!accept_keyword("import")) return invalid_syntax();
  if (at_op("*")) {
    const Token& star = advance();
    stmt->names.push_back({"*", "", {star.line, star.column, star.end_line, star.end_column}});
  } else {
    bool parens = accept_op("(");
    do {
      if (parens && at_op(")")) break;
      const Token& name_start = peek();
      Alias alias;
      alias.loc = {name_start.line, name_start.column, name_start.end_line, name_start.end_column};
      if (!at(TokenKind::Name) || is_keyword(peek().text)) return invalid_syntax();
      alias.name = std::string(advance().text);
      if (!as_name(alias.asname)) return;
      stmt->names.push_back(alias);
    } while (accept_op(","));
    if (parens && !expect_op(")")) return;
    if (!parens && at_op(",")) {
      fail_at(peek(), "trailing comma not allowed without surrounding parentheses");
      return;
    }
  }
  finish(stmt);
  body.push_back(stmt);
}

bool Parser::set_delete_context(Expr* e) {
  switch (e->kind) {
    case ExprKind::Name: static_cast<NameExpr*>(e)->ctx = ExprContext::Del; return true;
    case ExprKind::Attribute: static_cast<AttributeExpr*>(e)->ctx = ExprContext::Del; return true;
    case ExprKind::Subscript: static_cast<SubscriptExpr*>(e)->ctx = ExprContext::Del; return true;
    case ExprKind::Tuple:
    case ExprKind::List:
      for (Expr* item : static_cast<SequenceExpr*>(e)->elements)
        if (!set_delete_context(item)) return false;
      return true;
    default: fail_node(e, "cannot delete " + expression_name(e)); return false;
  }
}

// async def / async for / async with
void Parser::async_statement(Body& body) {
  const Token& async_token = peek();
  const Token& next = peek(1);
  if (!next.is_keyword("def") && !next.is_keyword("for") && !next.is_keyword("with")) {
    invalid_syntax();
    return;
  }
  advance();
  size_t before = body.size();
  if (next.is_keyword("def")) function_definition(body, {});
  else if (next.is_keyword("for")) for_statement(body);
  else with_statement(body);
  if (error_ || body.size() == before) return;
  Stmt* made = body.back();
  made->loc.column = async_token.column;
  if (made->kind == StmtKind::FunctionDef) static_cast<FunctionDefStmt*>(made)->is_async = true;
  else if (made->kind == StmtKind::For) static_cast<ForStmt*>(made)->is_async = true;
  else if (made->kind == StmtKind::With) static_cast<WithStmt*>(made)->is_async = true;
}

void Parser::with_statement(Body& body) {
  const Token& start = advance();
  WithStmt* stmt = make<WithStmt>(start);
  // with (a as b, c): the parenthesized form, when the parentheses hold `as` or a trailing comma.
  bool parens = false;
  if (at_op("(")) {
    size_t depth = 0, i = pos_;
    bool has_as = false;
    for (; i < tokens_.size(); ++i) {
      const Token& tk = tokens_[i];
      if (tk.is_op("(") || tk.is_op("[") || tk.is_op("{")) ++depth;
      else if (tk.is_op(")") || tk.is_op("]") || tk.is_op("}")) {
        if (--depth == 0) break;
      } else if (depth == 1 && tk.is_keyword("as")) has_as = true;
    }
    parens = has_as && i + 1 < tokens_.size() && tokens_[i + 1].is_op(":");
    if (parens) advance();
  }
  do {
    if (parens && at_op(")")) break;
    WithItem item;
    item.context = expression();
    if (error_) return;
    if (accept_keyword("as")) {
      item.target = target_list_single();
      if (error_ || !set_store_context(item.target, false)) return;
    }
    stmt->items.push_back(item);
  } while (accept_op(","));
  if (parens && !expect_op(")")) return;
  if (!block(stmt->body, start, "'with' statement")) return;
  finish(stmt);
  body.push_back(stmt);
}

void Parser::try_statement(Body& body) {
  const Token& start = advance();
  TryStmt* stmt = make<TryStmt>(start);
  if (!block(stmt->body, start, "'try' statement")) return;
  bool bare_seen = false;
  size_t bare_except = 0;
  while (at_keyword("except")) {
    size_t except_index = pos_;
    const Token& except = advance();
    if (at_op("*")) {
      fail_at(peek(), "'except*' is not supported by Saessak yet");
      return;
    }
    if (bare_seen) {
      fail_at(tokens_[bare_except], "default 'except:' must be last");
      return;
    }
    ExceptHandler handler;
    handler.loc = {except.line, except.column, except.end_line, except.end_column};
    if (!at_op(":")) {
      handler.type = expression();
      if (error_) return;
      if (at_op(",")) {
        fail_at(peek(), "multiple exception types must be parenthesized");
        return;
      }
      if (accept_keyword("as")) {
        if (!at(TokenKind::Name) || is_keyword(peek().text)) return invalid_syntax();
        handler.name = std::string(advance().text);
      }
    } else {
      bare_seen = true;
      bare_except = except_index;
    }
    if (!block(handler.body, except, "'except' statement")) return;
    stmt->handlers.push_back(std::move(handler));
  }
  if (at_keyword("else")) {
    if (stmt->handlers.empty()) return invalid_syntax();
    const Token& else_token = advance();
    if (!block(stmt->orelse, else_token, "'else' statement")) return;
  }
  if (at_keyword("finally")) {
    const Token& finally_token = advance();
    if (!block(stmt->finalbody, finally_token, "'finally' statement")) return;
  }
  if (stmt->handlers.empty() && stmt->finalbody.empty()) {
    // CPython points at the end of the try body.
    size_t last = pos_;
    while (last > 0 && (tokens_[last - 1].kind == TokenKind::Dedent || tokens_[last - 1].kind == TokenKind::Newline)) --last;
    Token where = tokens_[last > 0 ? last - 1 : 0];
    where.column = where.end_column;
    fail_at(where, "expected 'except' or 'finally' block");
    return;
  }
  finish(stmt);
  body.push_back(stmt);
}

// A block after ':' — an indented suite or simple statements on the same line.
bool Parser::block(Body& body, const Token& owner, const std::string& what) {
  if (!expect_op(":")) return false;
  if (!at(TokenKind::Newline)) {
    simple_statements(body);
    return !error_;
  }
  advance();
  if (!at(TokenKind::Indent)) {
    fail_indent("expected an indented block after " + what + " on line " + std::to_string(owner.line), peek());
    return false;
  }
  advance();
  if (++block_depth_ > 100) {
    fail_indent("too many levels of indentation", peek());
    return false;
  }
  while (!error_ && !at(TokenKind::Dedent) && !at(TokenKind::EndMarker)) {
    if (at(TokenKind::Indent)) {
      fail_indent("unexpected indent", peek());
      return false;
    }
    statement(body);
  }
  --block_depth_;
  if (at(TokenKind::Dedent)) advance();
  return !error_;
}

Expr* Parser::condition() {
  Expr* test = named_expression();
  if (!error_ && at_op("=")) {
    fail_at(peek(), "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
  }
  return test;
}

void Parser::if_statement(Body& body) {
  const Token& start = advance();  // 'if' or 'elif'
  IfStmt* stmt = make<IfStmt>(start);
  stmt->test = condition();
  if (error_) return;
  std::string what = std::string("'") + std::string(start.text) + "' statement";
  if (!block(stmt->body, start, what)) return;
  finish(stmt);
  body.push_back(stmt);
  if (at_keyword("elif")) {
    if_statement(stmt->orelse);
  } else if (at_keyword("else")) {
    const Token& else_token = advance();
    block(stmt->orelse, else_token, "'else' statement");
  }
}

void Parser::while_statement(Body& body) {
  const Token& start = advance();
  WhileStmt* stmt = make<WhileStmt>(start);
  stmt->test = condition();
  if (error_ || !block(stmt->body, start, "'while' statement")) return;
  finish(stmt);
  body.push_back(stmt);
  if (at_keyword("else")) {
    const Token& else_token = advance();
    block(stmt->orelse, else_token, "'else' statement");
  }
}

void Parser::for_statement(Body& body) {
  const Token& start = advance();
  ForStmt* stmt = make<ForStmt>(start);
  stmt->target = target_list();
  if (error_) return;
  if (!accept_keyword("in")) return invalid_syntax();
  if (!set_store_context(stmt->target, false)) return;
  stmt->iter = star_expressions();
  if (error_ || !block(stmt->body, start, "'for' statement")) return;
  finish(stmt);
  body.push_back(stmt);
  if (at_keyword("else")) {
    const Token& else_token = advance();
    block(stmt->orelse, else_token, "'else' statement");
  }
}

// The target of a `for`: names, attributes, subscripts and tuples of them.
Expr* Parser::target_list() {
  const Token& start = peek();
  if (at_keyword("in")) {
    invalid_syntax();
    return nullptr;
  }
  Expr* first = bitwise_or();
  if (error_ || !at_op(",")) return first;
  SequenceExpr* tuple = arena_.make<SequenceExpr>(ExprKind::Tuple);
  tuple->loc = {start.line, start.column, start.end_line, start.end_column};
  tuple->elements.push_back(first);
  while (accept_op(",")) {
    if (at_keyword("in")) break;
    tuple->elements.push_back(bitwise_or());
    if (error_) return nullptr;
  }
  finish(tuple);
  return tuple;
}

void Parser::function_definition(Body& body, std::vector<Expr*> decorators) {
  const Token& start = advance();
  FunctionDefStmt* def = make<FunctionDefStmt>(start);
  def->decorators = std::move(decorators);
  if (!at(TokenKind::Name) || is_keyword(peek().text)) return invalid_syntax();
  def->name = std::string(advance().text);
  if (!expect_op("(")) return;
  if (!parameters(def->args, ")", true)) return;
  if (!expect_op(")")) return;
  if (accept_op("->")) {
    def->returns = expression();
    if (error_) return;
  }
  if (!block(def->body, start, "function definition")) return;
  finish(def);
  body.push_back(def);
}

void Parser::class_definition(Body& body, std::vector<Expr*> decorators) {
  const Token& start = advance();
  ClassDefStmt* def = make<ClassDefStmt>(start);
  def->decorators = std::move(decorators);
  if (!at(TokenKind::Name) || is_keyword(peek().text)) return invalid_syntax();
  def->name = std::string(advance().text);
  if (at_op("(")) {
    // The bases are parsed as a call's arguments.
    CallExpr* c = static_cast<CallExpr*>(call(nullptr, start));
    if (!c) return;
    for (Expr* a : c->args) {
      if (a->kind == ExprKind::Starred) {
        fail_node(a, "unpacking in class bases is not supported by Saessak yet");
        return;
      }
      def->bases.push_back(a);
    }
    for (const Keyword& k : c->keywords) {
      if (k.name.empty()) {
        fail_at(start, "unpacking in class keywords is not supported by Saessak yet");
        return;
      }
      def->keywords.push_back(k);
    }
  }
  if (!block(def->body, start, "class definition")) return;
  finish(def);
  body.push_back(def);
}

// The parameter list of a def (annotations allowed) or a lambda, up to `close`.
bool Parser::parameters(Arguments& a, std::string_view close, bool annotations) {
  bool seen_default = false, seen_star = false, seen_slash = false;
  auto duplicate = [&](std::string_view name) {
    auto same = [&](const Parameter& p) { return p.name == name; };
    return std::any_of(a.posonly.begin(), a.posonly.end(), same) || std::any_of(a.args.begin(), a.args.end(), same) ||
           std::any_of(a.kwonly.begin(), a.kwonly.end(), same) || (a.has_vararg && a.vararg.name == name) ||
           (a.has_kwarg && a.kwarg.name == name);
  };
  auto parameter = [&](Parameter& out) -> bool {
    const Token& p = peek();
    if (p.kind != TokenKind::Name || is_keyword(p.text)) {
      invalid_syntax();
      return false;
    }
    if (duplicate(p.text)) {
      fail_at(p, "duplicate argument '" + std::string(p.text) + "' in function definition");
      return false;
    }
    advance();
    out.name = std::string(p.text);
    out.loc = {p.line, p.column, p.end_line, p.end_column};
    if (annotations && accept_op(":")) {
      out.annotation = expression();
      if (error_) return false;
    }
    return true;
  };
  while (!at_op(close)) {
    if (a.has_kwarg) {
      fail_at(peek(), "arguments cannot follow var-keyword argument");
      return false;
    }
    if (accept_op("/")) {
      if (seen_slash) return fail_at(tokens_[pos_ - 1], "/ may appear only once"), false;
      if (seen_star) return fail_at(tokens_[pos_ - 1], "/ must be ahead of *"), false;
      if (a.args.empty()) return fail_at(tokens_[pos_ - 1], "at least one argument must precede /"), false;
      seen_slash = true;
      a.posonly = std::move(a.args);
      a.args.clear();
    } else if (at_op("**")) {
      advance();
      if (!parameter(a.kwarg)) return false;
      a.has_kwarg = true;
    } else if (at_op("*")) {
      const Token& star = advance();
      if (seen_star) return fail_at(star, "* argument may appear only once"), false;
      seen_star = true;
      if (at_op(",") || at_op(close)) {
        if (at_op(close) || peek(1).is_op("**")) return fail_at(star, "named arguments must follow bare *"), false;
      } else {
        if (!parameter(a.vararg)) return false;
        a.has_vararg = true;
      }
    } else {
      Parameter p;
      if (!parameter(p)) return false;
      Expr* fallback = nullptr;
      if (accept_op("=")) {
        fallback = expression();
        if (error_) return false;
      }
      if (seen_star) {
        a.kwonly.push_back(p);
        a.kw_defaults.push_back(fallback);
      } else {
        if (fallback) {
          seen_default = true;
          a.defaults.push_back(fallback);
        } else if (seen_default) {
          fail_at(tokens_[pos_ - 1], "non-default argument follows default argument");
          return false;
        }
        a.args.push_back(p);
      }
    }
    if (!accept_op(",")) break;
  }
  if (seen_star && !a.has_vararg && a.kwonly.empty()) {
    fail_at(peek(), "named arguments must follow bare *");
    return false;
  }
  return !error_;
}

}  // namespace saessak
