#include "syntax/parser.h"

#include <charconv>
#include <algorithm>
#include <cmath>
#include <cstdlib>

#include "objects/value.h"
#include "support/utf8.h"
#include "tokens/tokenizer.h"

namespace saessak {

namespace {

// Deepest expression nesting accepted before a SyntaxError; keeps the C++ stack safe in the
// parser and the compiler, which both recurse on expressions.
constexpr int kMaxDepth = 200;

class Parser {
 public:
  Parser(std::vector<Token> tokens, Arena& arena) : tokens_(std::move(tokens)), arena_(arena) {}

  std::optional<CompileError> parse_module(Module& module) {
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

 private:
  // ---- token access ----
  const Token& peek(size_t ahead = 0) const {
    size_t i = std::min(pos_ + ahead, tokens_.size() - 1);
    return tokens_[i];
  }
  bool at(TokenKind kind) const { return peek().kind == kind; }
  bool at_op(std::string_view op) const { return peek().is_op(op); }
  bool at_keyword(std::string_view k) const { return peek().is_keyword(k); }
  const Token& advance() {
    const Token& t = tokens_[pos_];
    if (pos_ + 1 < tokens_.size()) ++pos_;
    return t;
  }
  bool accept_op(std::string_view op) {
    if (!at_op(op)) return false;
    advance();
    return true;
  }
  bool accept_keyword(std::string_view k) {
    if (!at_keyword(k)) return false;
    advance();
    return true;
  }

  // ---- errors ----
  void fail_at(const Token& t, std::string message, std::string type = "SyntaxError") {
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
  void fail_node(const Node* n, std::string message) {
    if (error_) return;
    CompileError e;
    e.message = std::move(message);
    e.line = n->loc.line;
    e.column = n->loc.column;
    e.end_line = n->loc.end_line;
    e.end_column = n->loc.end_column;
    error_ = e;
  }
  void fail_indent(std::string message, const Token& t) { fail_at(t, std::move(message), "IndentationError"); }
  void invalid_syntax() { fail_at(peek(), "invalid syntax"); }
  bool expect_op(std::string_view op) {
    if (accept_op(op)) return true;
    if (op == ":") fail_at(peek(), "expected ':'");
    else invalid_syntax();
    return false;
  }

  template <class T>
  T* make(const Token& start) {
    T* node = arena_.make<T>();
    node->loc = {start.line, start.column, start.end_line, start.end_column};
    return node;
  }
  void finish(Node* node) {
    const Token& last = tokens_[pos_ > 0 ? pos_ - 1 : 0];
    node->loc.end_line = last.end_line;
    node->loc.end_column = last.end_column;
  }

  // ---- statements ----
  void statement(Body& body) {
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

  void simple_statements(Body& body) {
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

  void simple_statement(Body& body) {
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

  void decorated(Body& body) {
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

  Stmt* finish_simple(Stmt* s, const Token& start) {
    s->loc = {start.line, start.column, start.end_line, start.end_column};
    return s;
  }

  // What CPython calls an expression in "cannot assign to ..." messages.
  std::string expression_name(const Expr* e) {
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
  bool set_store_context(Expr* e, bool plain_assign) {
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

  bool dotted_name(std::string& out) {
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

  bool as_name(std::string& out) {
    if (!accept_keyword("as")) return true;
    if (!at(TokenKind::Name) || is_keyword(peek().text)) {
      invalid_syntax();
      return false;
    }
    out = std::string(advance().text);
    return true;
  }

  void import_statement(Body& body) {
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

  void import_from_statement(Body& body) {
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

  bool set_delete_context(Expr* e) {
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
  void async_statement(Body& body) {
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

  void with_statement(Body& body) {
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

  // One `as` target: a name, attribute, subscript, or a parenthesized tuple/list of them.
  Expr* target_list_single() { return bitwise_or(); }

  // `match` is a soft keyword: a match statement's line ends with ':' and its block starts
  // with `case`.
  bool looks_like_match() const {
    size_t i = pos_ + 1;
    if (i >= tokens_.size() || tokens_[i].kind == TokenKind::Newline || tokens_[i].is_op("=") || tokens_[i].is_op(".") ||
        tokens_[i].is_op(":"))
      return false;
    while (i < tokens_.size() && tokens_[i].kind != TokenKind::Newline && tokens_[i].kind != TokenKind::EndMarker) ++i;
    return i + 2 < tokens_.size() && tokens_[i - 1].is_op(":") && tokens_[i + 1].kind == TokenKind::Indent &&
           tokens_[i + 2].kind == TokenKind::Name && tokens_[i + 2].text == "case";
  }

  void match_statement(Body& body) {
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

  template <class T = Pattern>
  Pattern* make_pattern(PatternKind kind, const Token& at_token) {
    Pattern* p = arena_.make<Pattern>(kind);
    p->loc = {at_token.line, at_token.column, at_token.end_line, at_token.end_column};
    return p;
  }

  // case a, b: a top-level open sequence pattern, or one pattern.
  Pattern* patterns() {
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

  Pattern* maybe_star_pattern() {
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

  Pattern* pattern() {
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

  Pattern* or_pattern() {
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

  Pattern* closed_pattern() {
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

  Pattern* class_pattern(const Token& start, Expr* cls) {
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

  Pattern* mapping_pattern() {
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

  void try_statement(Body& body) {
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
  bool block(Body& body, const Token& owner, const std::string& what) {
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

  Expr* condition() {
    Expr* test = named_expression();
    if (!error_ && at_op("=")) {
      fail_at(peek(), "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
    }
    return test;
  }

  void if_statement(Body& body) {
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

  void while_statement(Body& body) {
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

  void for_statement(Body& body) {
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
  Expr* target_list() {
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

  void function_definition(Body& body, std::vector<Expr*> decorators) {
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

  void class_definition(Body& body, std::vector<Expr*> decorators) {
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
  bool parameters(Arguments& a, std::string_view close, bool annotations) {
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

  // ---- expressions ----
  struct DepthGuard {
    Parser& p;
    bool ok;
    explicit DepthGuard(Parser& parser) : p(parser), ok(++parser.depth_ <= kMaxDepth) {
      if (!ok) parser.fail_at(parser.peek(), "too many nested parentheses");
    }
    ~DepthGuard() { --p.depth_; }
  };

  // star_expressions: an expression, or a bare tuple `a, b`.
  // yield [expressions] | yield from expression
  Expr* yield_expression() {
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

  Expr* star_expressions() {
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

  Expr* star_expression() {
    if (at_op("*")) {
      const Token& star = advance();
      StarredExpr* s = make<StarredExpr>(star);
      s->value = bitwise_or();
      finish(s);
      return s;
    }
    return expression();
  }

  bool starts_expression() const {
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

  Expr* named_expression() {
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

  Expr* expression() {
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

  Expr* disjunction() {
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

  Expr* conjunction() {
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

  Expr* inversion() {
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

  bool comparison_operator(CompareOp& op) {
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

  Expr* comparison() {
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
  Expr* term() {
    return binary_level({{"*", BinaryOp::Mul}, {"/", BinaryOp::TrueDiv}, {"//", BinaryOp::FloorDiv},
                         {"%", BinaryOp::Mod}, {"@", BinaryOp::MatMul}},
                        &Parser::factor);
  }

  Expr* factor() {
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

  Expr* power() {
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

  Expr* primary() {
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

  Expr* call(Expr* func, const Token& start) {
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

  Expr* slice_part() { return at_op(":") || at_op("]") || at_op(",") ? nullptr : expression(); }

  // a[i], a[i:j:k], and a[i, j:k] (a tuple of indexes and slices).
  Expr* slices() {
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

  Expr* slice() {
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

  Expr* atom() {
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

  Expr* number() {
    const Token& t = advance();
    ConstantExpr* c = make<ConstantExpr>(t);
    std::string text;
    for (char ch : t.text)
      if (ch != '_') text.push_back(ch);
    if (!text.empty() && (text.back() == 'j' || text.back() == 'J')) {
      fail_at(t, "complex numbers are not supported by Saessak yet");
      return nullptr;
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

  // Adjacent string literals concatenate: 'a' "b" == 'ab'.
  // Adjacent string literals concatenate: 'a' "b" == 'ab'; with an f-string among them the
  // result is a JoinedStr.
  Expr* strings() {
    const Token& first = peek();
    std::vector<Expr*> parts;
    std::string pending;
    bool any_fstring = false;
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
      if (prefix.find('b') != std::string::npos) {
        fail_at(t, "bytes literals are not supported by Saessak yet");
        return nullptr;
      }
      bool raw = prefix.find('r') != std::string::npos;
      size_t quote_len = text.size() - quote >= 6 && text[quote + 1] == text[quote] && text[quote + 2] == text[quote] ? 3 : 1;
      std::string_view body = text.substr(quote + quote_len, text.size() - quote - 2 * quote_len);
      if (prefix.find('f') == std::string::npos) {
        if (!decode_escapes(t, body, raw, pending)) return nullptr;
        continue;
      }
      any_fstring = true;
      if (!fstring_parts(t, body, raw, 0, pending, parts, flush)) return nullptr;
    }
    if (!any_fstring) {
      ConstantExpr* c = make<ConstantExpr>(first);
      c->type = ConstantExpr::Type::Str;
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

  // One {expression[=][!conversion][:spec]} field starting at body[i] == '{'; advances i past '}'.
  Expr* fstring_field(const Token& t, std::string_view body, size_t& i, bool raw, int nesting) {
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
  Expr* parse_embedded_expression(const Token& t, std::string_view text) {
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

  bool decode_escapes(const Token& t, std::string_view body, bool raw, std::string& out) {
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
      switch (e) {
        case '\n': break;
        case '\\': out.push_back('\\'); break;
        case '\'': out.push_back('\''); break;
        case '"': out.push_back('"'); break;
        case 'a': out.push_back('\a'); break;
        case 'b': out.push_back('\b'); break;
        case 'f': out.push_back('\f'); break;
        case 'n': out.push_back('\n'); break;
        case 'r': out.push_back('\r'); break;
        case 't': out.push_back('\t'); break;
        case 'v': out.push_back('\v'); break;
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

  Expr* parenthesized() {
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

  Expr* list_display() {
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
  Expr* comprehension(ExprKind kind, const Token& open, Expr* element, Expr* value, std::string_view close) {
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
  Expr* dict_rest(DictExpr* dict, const Token& open) {
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
  Expr* dict_display() {
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

  std::vector<Token> tokens_;
  Arena& arena_;
  size_t pos_ = 0;
  int depth_ = 0;
  int block_depth_ = 0;
  std::optional<CompileError> error_;
};

}  // namespace

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
