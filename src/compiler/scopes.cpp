#include "compiler/scopes.h"

namespace saessak {

NameKind Scope::kind_of(const std::string& name) const {
  auto it = flags.find(name);
  int f = it == flags.end() ? 0 : it->second;
  if (kind == Kind::Module) return NameKind::Name;
  if (f & DeclaredGlobal) return NameKind::GlobalExplicit;
  if (kind == Kind::Class) {
    // Class bodies keep their names in the class namespace; captured names are free, and
    // __class__ (for super()) is a cell.
    if (cells.count(name)) return NameKind::Cell;
    if (frees.count(name) && !(f & Bound)) return NameKind::Free;
    return NameKind::Name;
  }
  if (f & DeclaredNonlocal) return NameKind::Free;
  if (f & Bound) return cells.count(name) ? NameKind::Cell : NameKind::Local;
  if (frees.count(name)) return NameKind::Free;
  return NameKind::GlobalImplicit;
}

class ScopeBuilder {
 public:
  explicit ScopeBuilder(ScopeTable& table) : table_(table) {}

  void build(const Module& module) {
    Scope* s = new_scope(Scope::Kind::Module, nullptr, nullptr);
    table_.module_ = s;
    current_ = s;
    body(module.body);
    if (!table_.error_) resolve(s);
  }

 private:
  Scope* new_scope(Scope::Kind kind, Scope* parent, const Node* node) {
    table_.scopes_.push_back(std::make_unique<Scope>());
    Scope* s = table_.scopes_.back().get();
    s->kind = kind;
    s->parent = parent;
    if (parent) parent->children.push_back(s);
    if (node) table_.by_node_[node] = s;
    return s;
  }

  void fail(const Node* n, std::string message) {
    if (table_.error_) return;
    CompileError e;
    e.message = std::move(message);
    e.line = n->loc.line;
    e.column = n->loc.column;
    e.end_line = n->loc.end_line;
    e.end_column = n->loc.end_column;
    table_.error_ = e;
  }

  // Private name mangling: inside class C, `__x` (not `__x__`) means `_C__x`, in the class body
  // and in every function nested in it. Done here, in place on the tree, so the scopes and the
  // compiler see the same names.
  std::string mangled(const std::string& name) const {
    if (private_class_.empty() || name.size() < 3 || name[0] != '_' || name[1] != '_') return name;
    if (name.size() >= 4 && name[name.size() - 1] == '_' && name[name.size() - 2] == '_') return name;
    if (name.find('.') != std::string::npos) return name;
    size_t start = private_class_.find_first_not_of('_');
    if (start == std::string::npos) return name;  // a class named only with underscores
    return "_" + private_class_.substr(start) + name;
  }
  void mangle(const std::string& name) const {
    std::string m = mangled(name);
    if (m != name) const_cast<std::string&>(name) = m;
  }

  void mark(const std::string& name, int flag) {
    int& f = current_->flags[name];
    if ((flag & Scope::Bound) && !(f & Scope::Bound)) current_->bound_order.push_back(name);
    f |= flag;
  }

  void body(const Body& statements) {
    for (const Stmt* s : statements) statement(s);
  }

  void statement(const Stmt* s) {
    switch (s->kind) {
      case StmtKind::Expr: expression(static_cast<const ExprStmt*>(s)->value); break;
      case StmtKind::Assign: {
        auto* a = static_cast<const AssignStmt*>(s);
        expression(a->value);
        for (const Expr* t : a->targets) expression(t);
        break;
      }
      case StmtKind::AnnAssign: {
        auto* a = static_cast<const AnnAssignStmt*>(s);
        if (a->value) expression(a->value);
        if (current_->kind != Scope::Kind::Function) expression(a->annotation);
        expression(a->target);
        break;
      }
      case StmtKind::AugAssign: {
        auto* a = static_cast<const AugAssignStmt*>(s);
        expression(a->value);
        expression(a->target);
        if (a->target->kind == ExprKind::Name) mark(static_cast<const NameExpr*>(a->target)->id, Scope::Used);
        break;
      }
      case StmtKind::If: {
        auto* i = static_cast<const IfStmt*>(s);
        expression(i->test);
        body(i->body);
        body(i->orelse);
        break;
      }
      case StmtKind::While: {
        auto* w = static_cast<const WhileStmt*>(s);
        expression(w->test);
        body(w->body);
        body(w->orelse);
        break;
      }
      case StmtKind::For: {
        auto* f = static_cast<const ForStmt*>(s);
        if (f->is_async && !current_->is_coroutine) fail(s, "'async for' outside async function");
        expression(f->iter);
        expression(f->target);
        body(f->body);
        body(f->orelse);
        break;
      }
      case StmtKind::Return:
        if (auto* r = static_cast<const ReturnStmt*>(s); r->value) expression(r->value);
        break;
      case StmtKind::Global:
      case StmtKind::Nonlocal: {
        bool global = s->kind == StmtKind::Global;
        const char* what = global ? "global" : "nonlocal";
        if (!global && current_->kind == Scope::Kind::Module) return fail(s, "nonlocal declaration not allowed at module level");
        for (const std::string& name : static_cast<const GlobalStmt*>(s)->names) {
          mangle(name);
          int f = current_->flags.count(name) ? current_->flags[name] : 0;
          if (f & Scope::Param) return fail(s, "name '" + name + "' is parameter and " + what);
          if ((global && (f & Scope::DeclaredNonlocal)) || (!global && (f & Scope::DeclaredGlobal)))
            return fail(s, "name '" + name + "' is nonlocal and global");
          if (f & Scope::Bound) return fail(s, "name '" + name + "' is assigned to before " + what + " declaration");
          if (f & Scope::Used) return fail(s, "name '" + name + "' is used prior to " + what + " declaration");
          current_->flags[name] |= global ? Scope::DeclaredGlobal : Scope::DeclaredNonlocal;
        }
        break;
      }
      case StmtKind::FunctionDef: {
        auto* def = static_cast<const FunctionDefStmt*>(s);
        for (const Expr* d : def->decorators) expression(d);
        defaults(def->args);
        if (std::string m = mangled(def->name); m != def->name) const_cast<FunctionDefStmt*>(def)->stored_name = m;
        mark(def->stored_name.empty() ? def->name : def->stored_name, Scope::Bound);
        Scope* saved = current_;
        current_ = new_scope(Scope::Kind::Function, saved, def);
        current_->is_coroutine = def->is_async;
        parameters(def->args);
        body(def->body);
        if (def->is_async && current_->is_generator) fail(def, "async generators are not supported by Saessak yet");
        current_ = saved;
        break;
      }
      case StmtKind::Try: {
        auto* t = static_cast<const TryStmt*>(s);
        body(t->body);
        for (const ExceptHandler& h : t->handlers) {
          expression(h.type);
          if (!h.name.empty()) mark(h.name, Scope::Bound);
          body(h.body);
        }
        body(t->orelse);
        body(t->finalbody);
        break;
      }
      case StmtKind::Raise: {
        auto* r = static_cast<const RaiseStmt*>(s);
        expression(r->exception);
        expression(r->cause);
        break;
      }
      case StmtKind::Assert: {
        auto* a = static_cast<const AssertStmt*>(s);
        expression(a->test);
        expression(a->message);
        break;
      }
      case StmtKind::Delete:
        for (const Expr* t : static_cast<const DeleteStmt*>(s)->targets) expression(t);
        break;
      case StmtKind::Match: {
        auto* m = static_cast<const MatchStmt*>(s);
        expression(m->subject);
        for (const MatchCase& c : m->cases) {
          pattern(c.pattern);
          expression(c.guard);
          body(c.body);
        }
        break;
      }
      case StmtKind::With: {
        auto* w = static_cast<const WithStmt*>(s);
        if (w->is_async && !current_->is_coroutine) fail(s, "'async with' outside async function");
        for (const WithItem& item : w->items) {
          expression(item.context);
          expression(item.target);
        }
        body(w->body);
        break;
      }
      case StmtKind::Import:
        for (const Alias& a : static_cast<const ImportStmt*>(s)->names)
          mark(a.asname.empty() ? a.name.substr(0, a.name.find('.')) : a.asname, Scope::Bound);
        break;
      case StmtKind::ImportFrom:
        for (const Alias& a : static_cast<const ImportFromStmt*>(s)->names) {
          if (a.name == "*") {
            if (current_->kind != Scope::Kind::Module) return fail(s, "import * only allowed at module level");
            continue;
          }
          mark(a.asname.empty() ? a.name : a.asname, Scope::Bound);
        }
        break;
      case StmtKind::ClassDef: {
        auto* c = static_cast<const ClassDefStmt*>(s);
        for (const Expr* d : c->decorators) expression(d);
        for (const Expr* b : c->bases) expression(b);
        for (const Keyword& k : c->keywords) expression(k.value);
        mark(c->name, Scope::Bound);
        Scope* saved = current_;
        current_ = new_scope(Scope::Kind::Class, saved, c);
        std::string saved_class = private_class_;
        private_class_ = c->name;
        body(c->body);
        private_class_ = saved_class;
        current_ = saved;
        break;
      }
      case StmtKind::Break:
      case StmtKind::Continue:
      case StmtKind::Pass: break;
    }
  }

  void pattern(const Pattern* p) {
    if (!p) return;
    expression(p->value);
    for (const Expr* k : p->keys) expression(k);
    for (const Pattern* sub : p->patterns) pattern(sub);
    for (const Pattern* sub : p->kwd_patterns) pattern(sub);
    pattern(p->pattern);
    if (!p->name.empty()) mark(p->name, Scope::Bound);
  }

  void defaults(const Arguments& a) {
    for (const Expr* d : a.defaults) expression(d);
    for (const Expr* d : a.kw_defaults)
      if (d) expression(d);
  }

  void parameters(const Arguments& a) {
    auto param = [&](const Parameter& p) {
      mangle(p.name);
      mark(p.name, Scope::Bound | Scope::Param);
    };
    for (const Parameter& p : a.posonly) param(p);
    for (const Parameter& p : a.args) param(p);
    for (const Parameter& p : a.kwonly) param(p);
    if (a.has_vararg) param(a.vararg);
    if (a.has_kwarg) param(a.kwarg);
  }

  void expression(const Expr* e) {
    if (!e) return;
    switch (e->kind) {
      case ExprKind::Constant: break;
      case ExprKind::Name: {
        auto* n = static_cast<const NameExpr*>(e);
        mangle(n->id);
        // super() needs the class it is written in: functions that use it capture __class__.
        if (n->id == "super" && n->ctx == ExprContext::Load && current_->kind == Scope::Kind::Function)
          mark("__class__", Scope::Used);
        mark(n->id, n->ctx == ExprContext::Load ? Scope::Used : Scope::Bound);  // del binds, as in CPython
        break;
      }
      case ExprKind::BinOp:
        expression(static_cast<const BinOpExpr*>(e)->left);
        expression(static_cast<const BinOpExpr*>(e)->right);
        break;
      case ExprKind::UnaryOp: expression(static_cast<const UnaryOpExpr*>(e)->operand); break;
      case ExprKind::BoolOp:
        for (const Expr* v : static_cast<const BoolOpExpr*>(e)->values) expression(v);
        break;
      case ExprKind::Compare: {
        auto* c = static_cast<const CompareExpr*>(e);
        expression(c->left);
        for (const Expr* v : c->comparators) expression(v);
        break;
      }
      case ExprKind::Call: {
        auto* c = static_cast<const CallExpr*>(e);
        expression(c->func);
        for (const Expr* a : c->args) expression(a);
        for (const Keyword& k : c->keywords) expression(k.value);
        break;
      }
      case ExprKind::Attribute:
        mangle(static_cast<const AttributeExpr*>(e)->attr);
        expression(static_cast<const AttributeExpr*>(e)->value);
        break;
      case ExprKind::Subscript:
        expression(static_cast<const SubscriptExpr*>(e)->value);
        expression(static_cast<const SubscriptExpr*>(e)->index);
        break;
      case ExprKind::Slice: {
        auto* s = static_cast<const SliceExpr*>(e);
        expression(s->lower);
        expression(s->upper);
        expression(s->step);
        break;
      }
      case ExprKind::List:
      case ExprKind::Tuple:
      case ExprKind::Set:
        for (const Expr* v : static_cast<const SequenceExpr*>(e)->elements) expression(v);
        break;
      case ExprKind::Dict: {
        auto* d = static_cast<const DictExpr*>(e);
        for (size_t i = 0; i < d->keys.size(); ++i) {
          if (d->keys[i]) expression(d->keys[i]);
          expression(d->values[i]);
        }
        break;
      }
      case ExprKind::IfExp: {
        auto* i = static_cast<const IfExpExpr*>(e);
        expression(i->test);
        expression(i->body);
        expression(i->orelse);
        break;
      }
      case ExprKind::Starred: expression(static_cast<const StarredExpr*>(e)->value); break;
      case ExprKind::JoinedStr:
        for (const Expr* v : static_cast<const JoinedStrExpr*>(e)->values) expression(v);
        break;
      case ExprKind::FormattedValue:
        expression(static_cast<const FormattedValueExpr*>(e)->value);
        expression(static_cast<const FormattedValueExpr*>(e)->format_spec);
        break;
      case ExprKind::ListComp:
      case ExprKind::SetComp:
      case ExprKind::DictComp:
      case ExprKind::GeneratorExp: {
        // The first iterable is evaluated outside; everything else inside the new scope.
        auto* c = static_cast<const ComprehensionExpr*>(e);
        expression(c->generators[0].iter);
        Scope* saved = current_;
        current_ = new_scope(Scope::Kind::Function, saved, c);
        current_->is_generator = e->kind == ExprKind::GeneratorExp;
        current_->comprehension = e->kind == ExprKind::ListComp  ? "list comprehension"
                                  : e->kind == ExprKind::SetComp ? "set comprehension"
                                  : e->kind == ExprKind::DictComp ? "dict comprehension"
                                                                  : "generator expression";
        mark(".0", Scope::Bound | Scope::Param);
        for (size_t i = 0; i < c->generators.size(); ++i) {
          const Comprehension& g = c->generators[i];
          if (i > 0) expression(g.iter);
          expression(g.target);
          for (const Expr* cond : g.ifs) expression(cond);
        }
        expression(c->element);
        expression(c->value);
        current_ = saved;
        break;
      }
      case ExprKind::NamedExpr: {
        auto* n = static_cast<const NamedExpr*>(e);
        expression(n->value);
        // In a comprehension, := binds in the enclosing function or module (PEP 572).
        if (current_->comprehension) {
          Scope* target = current_;
          while (target->comprehension) target = target->parent;
          if (target->kind == Scope::Kind::Class) return fail(e, "assignment expression within a comprehension cannot be used in a class body");
          Scope* saved = current_;
          current_ = target;
          mark(n->target->id, Scope::Bound);
          current_ = saved;
          mark(n->target->id, Scope::Used);
        } else {
          mark(n->target->id, Scope::Bound);
        }
        break;
      }
      case ExprKind::Await: {
        // A list/set/dict comprehension that awaits is itself a coroutine, awaited where it
        // stands (as in CPython); one that awaits inside a generator expression would be an
        // async generator, which Saessak does not have yet.
        Scope* s = current_;
        while (s->comprehension) {
          if (s->is_generator) return fail(e, "'await' inside a generator expression is not supported by Saessak yet");
          s->is_coroutine = true;
          s = s->parent;
        }
        if (s->kind != Scope::Kind::Function) fail(e, "'await' outside function");
        else if (!s->is_coroutine) fail(e, "'await' outside async function");
        expression(static_cast<const AwaitExpr*>(e)->value);
        break;
      }
      case ExprKind::Yield:
      case ExprKind::YieldFrom: {
        if (current_->kind != Scope::Kind::Function) {
          fail(e, std::string("'") + (e->kind == ExprKind::Yield ? "yield" : "yield from") + "' outside function");
          break;
        }
        if (current_->comprehension) {
          fail(e, std::string("'yield' inside ") + current_->comprehension);
          break;
        }
        current_->is_generator = true;
        expression(static_cast<const YieldExpr*>(e)->value);
        break;
      }
      case ExprKind::Lambda: {
        auto* l = static_cast<const LambdaExpr*>(e);
        defaults(l->args);
        Scope* saved = current_;
        current_ = new_scope(Scope::Kind::Function, saved, l);
        parameters(l->args);
        expression(l->body);
        current_ = saved;
        break;
      }
    }
  }

  // Marks `name`, free in `from`, as captured: a cell where an enclosing function binds it, and
  // free in every scope in between. Returns false when no enclosing function binds it.
  bool capture(Scope* from, const std::string& name) {
    std::vector<Scope*> path;
    for (Scope* s = from->parent; s; s = s->parent) {
      if (s->kind == Scope::Kind::Module) return false;
      if (s->kind == Scope::Kind::Class && name == "__class__") {
        s->cells.insert(name);
        for (Scope* p : path) p->frees.insert(name);
        return true;
      }
      auto it = s->flags.find(name);
      int f = it == s->flags.end() ? 0 : it->second;
      if (s->kind == Scope::Kind::Function) {
        if (f & Scope::DeclaredGlobal) return false;
        if (f & Scope::DeclaredNonlocal) {
          // That scope captures it itself; pass through to it.
          for (Scope* p : path) p->frees.insert(name);
          s->frees.insert(name);
          return capture(s, name);
        }
        if (f & Scope::Bound) {
          s->cells.insert(name);
          for (Scope* p : path) p->frees.insert(name);
          return true;
        }
      }
      path.push_back(s);
    }
    return false;
  }

  void resolve(Scope* s) {
    for (Scope* child : s->children) resolve(child);
    if (s->kind == Scope::Kind::Module) return;
    for (auto& [name, f] : s->flags) {
      if (f & Scope::DeclaredGlobal) continue;
      if (f & Scope::DeclaredNonlocal) {
        if (!capture(s, name)) {
          CompileError e;
          e.message = "no binding for nonlocal '" + name + "' found";
          table_.error_ = table_.error_ ? table_.error_ : std::optional<CompileError>(e);
          return;
        }
        s->frees.insert(name);
        continue;
      }
      if (f & Scope::Bound) continue;
      if (capture(s, name)) s->frees.insert(name);
    }
  }

  ScopeTable& table_;
  Scope* current_ = nullptr;
  std::string private_class_;  // the innermost enclosing class, for mangling
};

ScopeTable::ScopeTable(const Module& module) { ScopeBuilder(*this).build(module); }

Scope* ScopeTable::scope_of(const Node* node) const {
  auto it = by_node_.find(node);
  return it == by_node_.end() ? nullptr : it->second;
}

}  // namespace saessak
