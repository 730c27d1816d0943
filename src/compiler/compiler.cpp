#include "compiler/compiler.h"

#include <algorithm>
#include <cstdint>
#include <set>
#include <string>
#include <unordered_map>
#include <vector>

#include "compiler/opcodes.h"
#include "compiler/scopes.h"
#include "objects/bytes.h"
#include "objects/complex.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/numbers.h"
#include "objects/str.h"
#include "syntax/parser.h"

namespace saessak {

namespace {

// Instructions whose stack effect depends on their argument get it computed at emit time;
// the others are fixed here. The compiler tracks the running depth to size each frame.
class FunctionCompiler {
 public:
  FunctionCompiler(VM& vm, const std::shared_ptr<SourceFile>& source, const ScopeTable& scopes, Scope* scope)
      : vm_(vm), source_(source), scopes_(scopes), scope_(scope), is_module_(scope->kind == Scope::Kind::Module) {
    code_ = vm.heap.make<Code>(vm.types.code);
    code_->source = source;
    code_->is_module = is_module_;
  }

  Code* code() const { return code_; }
  std::optional<CompileError>& error() { return error_; }

  void compile_module(const Module& module, CompileMode mode) {
    if (mode == CompileMode::Eval) {
      // eval(): exactly one expression, whose value is returned.
      code_->name = vm_.intern("<module>");
      code_->qualname = code_->name;
      if (module.body.size() != 1 || module.body[0]->kind != StmtKind::Expr) {
        CompileError e;
        e.message = "invalid syntax";
        e.line = module.body.empty() ? 1 : module.body[0]->loc.line;
        e.column = module.body.empty() ? 0 : module.body[0]->loc.column;
        error_ = e;
        return;
      }
      set_line(module.body[0]);
      expression(static_cast<const ExprStmt*>(module.body[0])->value);
      emit(Op::RETURN_VALUE, 0, -1);
      finish();
      return;
    }
    code_->name = vm_.intern("<module>");
    code_->qualname = code_->name;
    const Body& body = module.body;
    if (has_simple_annotations(body)) emit(Op::SETUP_ANNOTATIONS, 0, 0);
    for (size_t i = 0; i < body.size() && !error_; ++i) {
      const Stmt* s = body[i];
      bool display = s->kind == StmtKind::Expr &&
                     (mode == CompileMode::Single || (mode == CompileMode::Cell && i + 1 == body.size()));
      if (display) {
        set_line(s);
        expression(static_cast<const ExprStmt*>(s)->value);
        emit(Op::DISPLAY_RESULT, 0, -1);
      } else {
        statement(s);
      }
    }
    emit(Op::LOAD_CONST, constant(Value::none()), 1);
    emit(Op::RETURN_VALUE, 0, -1);
    finish();
  }

  void compile_comprehension(const ComprehensionExpr* c, const std::string& name, const std::string& qualname) {
    Arguments args;
    args.args.push_back(Parameter{".0", nullptr, c->loc});
    begin_function(name, args, qualname, c->loc.line);
    bool generator = c->kind == ExprKind::GeneratorExp;
    if (c->kind == ExprKind::ListComp) emit(Op::BUILD_LIST, 0, 1);
    else if (c->kind == ExprKind::SetComp) emit(Op::BUILD_SET, 0, 1);
    else if (!generator) emit(Op::BUILD_MAP, 0, 1);
    emit(Op::LOAD_FAST, 0, 1);
    comprehension_loop(c, 0);
    if (generator) emit(Op::LOAD_CONST, constant(Value::none()), 1);
    emit(Op::RETURN_VALUE, 0, -1);
    finish();
  }

  void comprehension_loop(const ComprehensionExpr* c, size_t index) {
    const Comprehension& g = c->generators[index];
    if (index > 0) {
      expression(g.iter);
      emit(Op::GET_ITER, 0, 0);
    }
    uint32_t top = here();
    size_t exit = emit(Op::FOR_ITER, 0, 1);
    store_target(g.target);
    for (const Expr* cond : g.ifs) {
      expression(cond);
      size_t skip = emit(Op::POP_JUMP_IF_FALSE, 0, -1);
      patch(skip, top);
    }
    if (index + 1 < c->generators.size()) {
      comprehension_loop(c, index + 1);
    } else {
      uint32_t depth = static_cast<uint32_t>(c->generators.size()) + 1;  // the iterators and the result
      expression(c->element);
      if (c->kind == ExprKind::GeneratorExp) {
        emit(Op::YIELD_VALUE, 0, 0);
        emit(Op::POP_TOP, 0, -1);
      } else if (c->kind == ExprKind::DictComp) {
        expression(c->value);
        emit(Op::MAP_ADD, depth, -2);
      } else {
        emit(c->kind == ExprKind::ListComp ? Op::LIST_APPEND : Op::SET_ADD, depth, -1);
      }
    }
    set_line(c);
    emit(Op::JUMP_BACKWARD, top, 0);
    patch(exit, here());
    depth_ -= 1;
  }

  // Compiles a def's or a lambda's body. For a lambda, `lambda_body` is its expression.
  void compile_function(const std::string& name, const Arguments& args, const Body* body, const Expr* lambda_body,
                        const std::string& qualname, int first_line) {
    begin_function(name, args, qualname, first_line);
    if (lambda_body) {
      expression(lambda_body);
      emit(Op::RETURN_VALUE, 0, -1);
    } else {
      if (const ConstantExpr* doc = docstring_of(*body)) code_->docstring = Value::from_object(make_str(vm_, doc->str_value));
      for (const Stmt* s : *body) {
        if (error_) break;
        statement(s);
      }
      emit(Op::LOAD_CONST, constant(Value::none()), 1);
      emit(Op::RETURN_VALUE, 0, -1);
    }
    finish();
  }

  // Names, parameters and slots of a function's code; emits the cell set-up.
  void begin_function(const std::string& name, const Arguments& args, const std::string& qualname, int first_line) {
    code_->name = vm_.intern(name);
    code_->qualname = vm_.intern(qualname);
    code_->first_line = first_line;
    current_line_ = first_line;
    qualname_ = qualname;
    // Slots: positional parameters, keyword-only, *args, **kwargs (CPython's co_varnames
    // order), then the other locals, then the free variables.
    for (const Parameter& p : args.posonly) add_local(p.name);
    for (const Parameter& p : args.args) add_local(p.name);
    for (const Parameter& p : args.kwonly) add_local(p.name);
    if (args.has_vararg) add_local(args.vararg.name);
    if (args.has_kwarg) add_local(args.kwarg.name);
    code_->argcount = static_cast<uint32_t>(args.posonly.size() + args.args.size());
    code_->is_generator = scope_->is_generator;
    code_->is_coroutine = scope_->is_coroutine;
    code_->posonlyargcount = static_cast<uint32_t>(args.posonly.size());
    code_->kwonlyargcount = static_cast<uint32_t>(args.kwonly.size());
    code_->has_varargs = args.has_vararg;
    code_->has_varkeywords = args.has_kwarg;
    for (const std::string& n : scope_->bound_order) {
      NameKind k = scope_->kind_of(n);
      if (k == NameKind::Local || k == NameKind::Cell) add_local(n);
    }
    code_->nvarnames = static_cast<uint32_t>(code_->local_names.size());
    for (const std::string& n : scope_->frees) add_local(n);
    code_->nfrees = static_cast<uint32_t>(scope_->frees.size());
    if (code_->nfrees) emit(Op::COPY_FREE_VARS, code_->nfrees, 0);
    for (const std::string& n : scope_->cells)
      if (scope_->kind_of(n) == NameKind::Cell) emit(Op::MAKE_CELL, locals_[n], 0);
  }

 private:
  // What encloses the code being compiled, so `break`, `continue` and `return` can leave it
  // properly: pop a for loop's iterator, restore the handled exception, run a finally body.
  struct Block {
    enum class Kind { WhileLoop, ForLoop, TryFinally, Handler, FinallyHandler, With } kind;
    uint32_t continue_target = 0;
    std::vector<size_t> break_jumps;
    const Body* finalbody = nullptr;  // TryFinally
    std::string handler_name;         // Handler: `except E as name`
    bool is_async = false;            // With: async with
  };

  // ---- emission ----
  size_t emit(Op op, uint32_t arg, int stack_delta) {
    if (arg > kMaxOpArg) {
      fail_line("too many constants, names or instructions in one code block");
      arg = 0;
    }
    code_->words.push_back(encode(op, arg));
    code_->lines.push_back(current_line_);
    if (current_loc_.line == current_line_ && current_loc_.column >= 0 && current_loc_.end_column <= INT16_MAX)
      code_->positions.push_back({current_loc_.end_line, static_cast<int16_t>(current_loc_.column),
                                  static_cast<int16_t>(current_loc_.end_column)});
    else
      code_->positions.push_back({current_line_, -1, -1});
    depth_ += stack_delta;
    max_depth_ = std::max(max_depth_, depth_);
    return code_->words.size() - 1;
  }
  uint32_t here() const { return static_cast<uint32_t>(code_->words.size()); }
  void patch(size_t at, uint32_t target) { code_->words[at] = encode(op_of(code_->words[at]), target); }

  void finish() { code_->max_stack = static_cast<uint32_t>(std::max(max_depth_, 0) + 2); }

  void set_line(const Node* n) {
    if (n->loc.line > 0) {
      current_line_ = n->loc.line;
      current_loc_ = n->loc;
    }
  }

  void fail(const Node* n, std::string message) {
    if (error_) return;
    CompileError e;
    e.message = std::move(message);
    e.line = n->loc.line;
    e.column = n->loc.column;
    e.end_line = n->loc.end_line;
    e.end_column = n->loc.end_column;
    error_ = e;
  }
  void fail_line(std::string message) {
    if (error_) return;
    CompileError e;
    e.message = std::move(message);
    e.line = current_line_;
    error_ = e;
  }

  uint32_t constant(Value v) {
    for (size_t i = 0; i < code_->constants.size(); ++i)
      if (code_->constants[i] == v) return static_cast<uint32_t>(i);
    code_->constants.push_back(v);
    return static_cast<uint32_t>(code_->constants.size() - 1);
  }
  uint32_t str_constant(const std::string& s) {
    for (size_t i = 0; i < code_->constants.size(); ++i) {
      Value c = code_->constants[i];
      if (c.is_object() && c.as_object()->type == vm_.types.str && static_cast<Str*>(c.as_object())->utf8() == s)
        return static_cast<uint32_t>(i);
    }
    code_->constants.push_back(Value::from_object(make_str(vm_, s)));
    return static_cast<uint32_t>(code_->constants.size() - 1);
  }
  uint32_t name_index(const std::string& name) {
    Str* s = vm_.intern(name);
    for (size_t i = 0; i < code_->names.size(); ++i)
      if (code_->names[i] == s) return static_cast<uint32_t>(i);
    code_->names.push_back(s);
    return static_cast<uint32_t>(code_->names.size() - 1);
  }

  // ---- scopes ----
  void add_local(const std::string& name) {
    if (locals_.count(name)) return;
    locals_[name] = static_cast<uint32_t>(code_->local_names.size());
    code_->local_names.push_back(vm_.intern(name));
  }

  void load_name(const std::string& name, const Node* where) {
    switch (scope_->kind_of(name)) {
      case NameKind::Local: emit(Op::LOAD_FAST, locals_[name], 1); break;
      case NameKind::Cell:
      case NameKind::Free: emit(Op::LOAD_DEREF, locals_[name], 1); break;
      case NameKind::GlobalExplicit:
      case NameKind::GlobalImplicit: emit(Op::LOAD_GLOBAL, name_index(name), 1); break;
      case NameKind::Name: emit(Op::LOAD_NAME, name_index(name), 1); break;
    }
  }
  void store_name(const std::string& name, const Node* where) {
    switch (scope_->kind_of(name)) {
      case NameKind::Local: emit(Op::STORE_FAST, locals_[name], -1); break;
      case NameKind::Cell:
      case NameKind::Free: emit(Op::STORE_DEREF, locals_[name], -1); break;
      case NameKind::GlobalExplicit:
      case NameKind::GlobalImplicit: emit(Op::STORE_GLOBAL, name_index(name), -1); break;
      case NameKind::Name: emit(Op::STORE_NAME, name_index(name), -1); break;
    }
  }

  // Builds a function object for a def or lambda: defaults, keyword-only defaults and the
  // closure go on the stack under the code object, as MAKE_FUNCTION's flags say.
  void make_function(const Node* node, const std::string& name, const Arguments& args, const Body* body,
                     const Expr* lambda_body) {
    uint32_t flags = 0;
    if (!args.defaults.empty()) {
      for (const Expr* d : args.defaults) expression(d);
      emit(Op::BUILD_TUPLE, static_cast<uint32_t>(args.defaults.size()), 1 - static_cast<int>(args.defaults.size()));
      flags |= kMakeFunctionDefaults;
    }
    int kw = 0;
    for (size_t i = 0; i < args.kwonly.size(); ++i) {
      if (!args.kw_defaults[i]) continue;
      emit(Op::LOAD_CONST, str_constant(args.kwonly[i].name), 1);
      expression(args.kw_defaults[i]);
      ++kw;
    }
    if (kw) {
      emit(Op::BUILD_MAP, kw, 1 - 2 * kw);
      flags |= kMakeFunctionKwDefaults;
    }
    Scope* inner_scope = scopes_.scope_of(node);
    std::string qualname = child_qualname(name);
    FunctionCompiler inner(vm_, source_, scopes_, inner_scope);
    inner.compile_function(name, args, body, lambda_body, qualname, node->loc.line);
    if (inner.error()) {
      error_ = inner.error();
      return;
    }
    finish_function(node, inner_scope, inner.code(), flags);
  }

  // A body's docstring: a string literal as its first statement.
  static const ConstantExpr* docstring_of(const Body& body) {
    if (body.empty() || body[0]->kind != StmtKind::Expr) return nullptr;
    const Expr* e = static_cast<const ExprStmt*>(body[0])->value;
    if (e->kind != ExprKind::Constant || static_cast<const ConstantExpr*>(e)->type != ConstantExpr::Type::Str) return nullptr;
    return static_cast<const ConstantExpr*>(e);
  }

  // Whether a module or class body (not its functions) annotates a plain name.
  static bool has_simple_annotations(const Body& body) {
    for (const Stmt* s : body) {
      switch (s->kind) {
        case StmtKind::AnnAssign:
          if (static_cast<const AnnAssignStmt*>(s)->simple) return true;
          break;
        case StmtKind::If:
          if (has_simple_annotations(static_cast<const IfStmt*>(s)->body) ||
              has_simple_annotations(static_cast<const IfStmt*>(s)->orelse))
            return true;
          break;
        case StmtKind::While:
          if (has_simple_annotations(static_cast<const WhileStmt*>(s)->body)) return true;
          break;
        case StmtKind::For:
          if (has_simple_annotations(static_cast<const ForStmt*>(s)->body)) return true;
          break;
        case StmtKind::Try:
          if (has_simple_annotations(static_cast<const TryStmt*>(s)->body)) return true;
          break;
        case StmtKind::With:
          if (has_simple_annotations(static_cast<const WithStmt*>(s)->body)) return true;
          break;
        default: break;
      }
    }
    return false;
  }

  // CPython's __qualname__: "f", "A.method", "f.<locals>.g".
  std::string child_qualname(const std::string& name) const {
    if (is_module_) return name;
    if (scope_->kind == Scope::Kind::Class) return qualname_ + "." + name;
    return qualname_ + ".<locals>." + name;
  }

  // class Name(bases): body — the body runs as a function whose names fill the new class's
  // namespace; BUILD_CLASS then makes the class from it.
  void make_class(const ClassDefStmt* c) {
    for (const Expr* d : c->decorators) expression(d);
    Scope* inner_scope = scopes_.scope_of(c);
    FunctionCompiler inner(vm_, source_, scopes_, inner_scope);
    inner.compile_class_body(c, child_qualname(c->name));
    if (inner.error()) {
      error_ = inner.error();
      return;
    }
    finish_function(c, inner_scope, inner.code(), 0);
    emit(Op::LOAD_CONST, str_constant(c->name), 1);
    for (const Expr* b : c->bases) expression(b);
    int n = static_cast<int>(c->bases.size());
    uint32_t flags = 0;
    if (!c->keywords.empty()) {
      // class C(Base, tag=1): the keywords go to __init_subclass__.
      for (const Keyword& k : c->keywords) {
        emit(Op::LOAD_CONST, str_constant(k.name), 1);
        expression(k.value);
      }
      int kw = static_cast<int>(c->keywords.size());
      emit(Op::BUILD_MAP, kw, 1 - 2 * kw);
      flags = 1u << 16;
    }
    set_line(c);
    emit(Op::BUILD_CLASS, static_cast<uint32_t>(n) | flags, -n - 1 - (flags ? 1 : 0));
    for (size_t i = 0; i < c->decorators.size(); ++i) emit(Op::CALL, 1, -1);
    store_name(c->name, c);
  }

  void compile_class_body(const ClassDefStmt* c, const std::string& qualname) {
    code_->name = vm_.intern(c->name);
    code_->qualname = vm_.intern(qualname);
    code_->first_line = c->loc.line;
    current_line_ = c->loc.line;
    qualname_ = qualname;
    for (const std::string& n : scope_->cells) add_local(n);
    code_->nvarnames = static_cast<uint32_t>(code_->local_names.size());
    for (const std::string& n : scope_->frees)
      if (!locals_.count(n)) add_local(n);
    code_->nfrees = static_cast<uint32_t>(code_->local_names.size()) - code_->nvarnames;
    if (code_->nfrees) emit(Op::COPY_FREE_VARS, code_->nfrees, 0);
    for (const std::string& n : scope_->cells) emit(Op::MAKE_CELL, locals_[n], 0);
    emit(Op::LOAD_NAME, name_index("__name__"), 1);
    emit(Op::STORE_NAME, name_index("__module__"), -1);
    emit(Op::LOAD_CONST, str_constant(qualname), 1);
    emit(Op::STORE_NAME, name_index("__qualname__"), -1);
    if (const ConstantExpr* doc = docstring_of(c->body)) {
      emit(Op::LOAD_CONST, str_constant(doc->str_value), 1);
      emit(Op::STORE_NAME, name_index("__doc__"), -1);
    }
    if (has_simple_annotations(c->body)) emit(Op::SETUP_ANNOTATIONS, 0, 0);
    for (const Stmt* s : c->body) {
      if (error_) break;
      statement(s);
    }
    // The body returns the __class__ cell, which BUILD_CLASS fills with the new class.
    if (scope_->cells.count("__class__")) emit(Op::LOAD_CLOSURE, locals_["__class__"], 1);
    else emit(Op::LOAD_CONST, constant(Value::none()), 1);
    emit(Op::RETURN_VALUE, 0, -1);
    finish();
  }

  // Pushes the closure (if the inner scope captures anything) and the code, then MAKE_FUNCTION.
  void finish_function(const Node* node, Scope* inner_scope, Code* inner_code, uint32_t flags) {
    if (!inner_scope->frees.empty()) {
      for (const std::string& n : inner_scope->frees) emit(Op::LOAD_CLOSURE, locals_[n], 1);
      int n = static_cast<int>(inner_scope->frees.size());
      emit(Op::BUILD_TUPLE, n, 1 - n);
      flags |= kMakeFunctionClosure;
    }
    set_line(node);
    emit(Op::LOAD_CONST, constant(Value::from_object(inner_code)), 1);
    int popped = ((flags & kMakeFunctionDefaults) ? 1 : 0) + ((flags & kMakeFunctionKwDefaults) ? 1 : 0) +
                 ((flags & kMakeFunctionClosure) ? 1 : 0);
    emit(Op::MAKE_FUNCTION, flags, -popped);
  }

  // A comprehension is a function of one argument, the first iterable's iterator, called at once.
  void make_comprehension(const ComprehensionExpr* c) {
    Scope* inner_scope = scopes_.scope_of(c);
    const char* name = c->kind == ExprKind::ListComp  ? "<listcomp>"
                       : c->kind == ExprKind::SetComp ? "<setcomp>"
                       : c->kind == ExprKind::DictComp ? "<dictcomp>"
                                                       : "<genexpr>";
    std::string qualname = child_qualname(name);
    FunctionCompiler inner(vm_, source_, scopes_, inner_scope);
    inner.compile_comprehension(c, name, qualname);
    if (inner.error()) {
      error_ = inner.error();
      return;
    }
    finish_function(c, inner_scope, inner.code(), 0);
    expression(c->generators[0].iter);
    set_line(c);
    emit(Op::GET_ITER, 0, 0);
    emit(Op::CALL, 1, -1);
    if (inner_scope->is_coroutine) emit_await();  // [await f() for ...] inside an async def
  }

  // ---- statements ----
  void block(const Body& body) {
    for (const Stmt* s : body) {
      if (error_) return;
      statement(s);
    }
  }

  void statement(const Stmt* s) {
    set_line(s);
    switch (s->kind) {
      case StmtKind::Expr:
        expression(static_cast<const ExprStmt*>(s)->value);
        emit(Op::POP_TOP, 0, -1);
        break;
      case StmtKind::Assign: {
        auto* a = static_cast<const AssignStmt*>(s);
        expression(a->value);
        for (size_t i = 0; i < a->targets.size(); ++i) {
          if (i + 1 < a->targets.size()) emit(Op::COPY, 1, 1);
          store_target(a->targets[i]);
        }
        break;
      }
      case StmtKind::AugAssign: augmented_assignment(static_cast<const AugAssignStmt*>(s)); break;
      case StmtKind::AnnAssign: {
        auto* a = static_cast<const AnnAssignStmt*>(s);
        if (a->value) {
          expression(a->value);
          store_target(a->target);
        }
        if (a->simple && scope_->kind != Scope::Kind::Function) {
          // __annotations__['x'] = annotation, at module and class level.
          expression(a->annotation);
          emit(Op::LOAD_NAME, name_index("__annotations__"), 1);
          emit(Op::LOAD_CONST, str_constant(static_cast<const NameExpr*>(a->target)->id), 1);
          emit(Op::STORE_SUBSCR, 0, -3);
        }
        break;
      }
      case StmtKind::If: {
        auto* i = static_cast<const IfStmt*>(s);
        expression(i->test);
        size_t to_else = emit(Op::POP_JUMP_IF_FALSE, 0, -1);
        block(i->body);
        if (i->orelse.empty()) {
          patch(to_else, here());
        } else {
          size_t to_end = emit(Op::JUMP_FORWARD, 0, 0);
          patch(to_else, here());
          block(i->orelse);
          patch(to_end, here());
        }
        break;
      }
      case StmtKind::While: {
        auto* w = static_cast<const WhileStmt*>(s);
        uint32_t top = here();
        expression(w->test);
        size_t to_else = emit(Op::POP_JUMP_IF_FALSE, 0, -1);
        blocks_.push_back({Block::Kind::WhileLoop, top});
        block(w->body);
        emit(Op::JUMP_BACKWARD, top, 0);
        Block loop = std::move(blocks_.back());
        blocks_.pop_back();
        patch(to_else, here());
        block(w->orelse);
        for (size_t j : loop.break_jumps) patch(j, here());
        break;
      }
      case StmtKind::For: {
        auto* f = static_cast<const ForStmt*>(s);
        if (f->is_async) {
          async_for(f);
          break;
        }
        expression(f->iter);
        set_line(s);
        emit(Op::GET_ITER, 0, 0);
        uint32_t top = here();
        size_t exit = emit(Op::FOR_ITER, 0, 1);
        store_target(f->target);
        blocks_.push_back({Block::Kind::ForLoop, top});
        block(f->body);
        set_line(s);
        emit(Op::JUMP_BACKWARD, top, 0);
        Block loop = std::move(blocks_.back());
        blocks_.pop_back();
        patch(exit, here());
        depth_ -= 1;  // the iterator is gone
        block(f->orelse);
        for (size_t j : loop.break_jumps) patch(j, here());
        break;
      }
      case StmtKind::Break:
      case StmtKind::Continue: {
        bool is_break = s->kind == StmtKind::Break;
        size_t loop = blocks_.size();
        while (loop > 0 && blocks_[loop - 1].kind != Block::Kind::WhileLoop && blocks_[loop - 1].kind != Block::Kind::ForLoop)
          --loop;
        if (loop == 0) return fail(s, is_break ? "'break' outside loop" : "'continue' not properly in loop");
        int saved_depth = depth_;
        unwind_blocks(loop, false);
        if (is_break) {
          if (blocks_[loop - 1].kind == Block::Kind::ForLoop) emit(Op::POP_TOP, 0, -1);  // the iterator
          blocks_[loop - 1].break_jumps.push_back(emit(Op::JUMP_FORWARD, 0, 0));
        } else {
          emit(Op::JUMP_BACKWARD, blocks_[loop - 1].continue_target, 0);
        }
        depth_ = saved_depth;  // code after a jump continues the enclosing path
        break;
      }
      case StmtKind::Pass: break;
      case StmtKind::Return: {
        if (is_module_ || scope_->kind == Scope::Kind::Class) return fail(s, "'return' outside function");
        auto* r = static_cast<const ReturnStmt*>(s);
        int saved_depth = depth_;
        if (r->value) expression(r->value);
        else emit(Op::LOAD_CONST, constant(Value::none()), 1);
        unwind_blocks(0, true);
        set_line(s);
        emit(Op::RETURN_VALUE, 0, -1);
        depth_ = saved_depth;
        break;
      }
      case StmtKind::Try: {
        auto* t = static_cast<const TryStmt*>(s);
        if (!t->finalbody.empty()) try_finally(t);
        else try_except(t);
        break;
      }
      case StmtKind::Raise: {
        auto* r = static_cast<const RaiseStmt*>(s);
        uint32_t n = 0;
        if (r->exception) {
          expression(r->exception);
          ++n;
          if (r->cause) {
            expression(r->cause);
            ++n;
          }
        }
        set_line(s);
        emit(Op::RAISE_VARARGS, n, -static_cast<int>(n));
        break;
      }
      case StmtKind::Assert: {
        auto* a = static_cast<const AssertStmt*>(s);
        expression(a->test);
        size_t ok = emit(Op::POP_JUMP_IF_TRUE, 0, -1);
        set_line(a->test);  // CPython points the traceback at the failed condition
        emit(Op::LOAD_ASSERTION_ERROR, 0, 1);
        if (a->message) {
          expression(a->message);
          set_line(a->test);
          emit(Op::CALL, 1, -1);
        }
        emit(Op::RAISE_VARARGS, 1, -1);
        patch(ok, here());
        break;
      }
      case StmtKind::Delete:
        for (const Expr* t : static_cast<const DeleteStmt*>(s)->targets) delete_target(t);
        break;
      case StmtKind::Global:
      case StmtKind::Nonlocal: break;  // resolved by the scope analysis
      case StmtKind::ClassDef: make_class(static_cast<const ClassDefStmt*>(s)); break;
      case StmtKind::With: with_statement(static_cast<const WithStmt*>(s), 0); break;
      case StmtKind::Match: match_statement(static_cast<const MatchStmt*>(s)); break;
      case StmtKind::Import:
        for (const Alias& a : static_cast<const ImportStmt*>(s)->names) {
          // IMPORT_NAME's argument packs the name; bit 0 of the constant flag: bind the top package.
          emit(Op::LOAD_CONST, constant(Value::from_bool(a.asname.empty())), 1);
          emit(Op::IMPORT_NAME, name_index(a.name), 0);
          if (a.asname.empty()) {
            store_name(a.name.substr(0, a.name.find('.')), s);
          } else {
            // import a.b as c binds the submodule itself.
            size_t dot = a.name.find('.');
            while (dot != std::string::npos) {
              size_t next = a.name.find('.', dot + 1);
              emit(Op::IMPORT_FROM, name_index(a.name.substr(dot + 1, next == std::string::npos ? next : next - dot - 1)), 1);
              emit(Op::SWAP, 2, 0);
              emit(Op::POP_TOP, 0, -1);
              dot = next;
            }
            store_name(a.asname, s);
          }
        }
        break;
      case StmtKind::ImportFrom: {
        auto* f = static_cast<const ImportFromStmt*>(s);
        if (f->level > 0) return fail(s, "attempted relative import with no known parent package");
        emit(Op::LOAD_CONST, constant(Value::from_bool(false)), 1);
        emit(Op::IMPORT_NAME, name_index(f->module), 0);
        if (f->names.size() == 1 && f->names[0].name == "*") {
          emit(Op::IMPORT_STAR, 0, -1);
          break;
        }
        for (const Alias& a : f->names) {
          emit(Op::IMPORT_FROM, name_index(a.name), 1);
          store_name(a.asname.empty() ? a.name : a.asname, s);
        }
        emit(Op::POP_TOP, 0, -1);
        break;
      }
      case StmtKind::FunctionDef: {
        auto* def = static_cast<const FunctionDefStmt*>(s);
        for (const Expr* d : def->decorators) expression(d);
        make_function(def, def->name, def->args, &def->body, nullptr);
        set_line(s);
        for (size_t i = 0; i < def->decorators.size(); ++i) emit(Op::CALL, 1, -1);
        store_name(def->stored_name.empty() ? def->name : def->stored_name, s);
        break;
      }
    }
  }

  // Runs the iterator on top of the stack to its end, passing sent values in and yielded ones
  // out; leaves its return value (yield from, await).
  void delegate() {
    emit(Op::LOAD_CONST, constant(Value::none()), 1);
    uint32_t loop = here();
    size_t exit = emit(Op::SEND, 0, 0);  // [receiver, sent] -> [receiver, yielded]
    emit(Op::YIELD_VALUE, 0, 0);
    emit(Op::JUMP_BACKWARD, loop, 0);
    patch(exit, here());
    depth_ -= 1;  // [return value]
  }

  // await TOS
  void emit_await() {
    emit(Op::GET_AWAITABLE, 0, 0);
    delegate();
  }

  // Leaves blocks_[from..] (innermost first) on the way out of a break, continue or return.
  // With `preserve_top`, the return value on top of the stack is kept.
  void unwind_blocks(size_t from, bool preserve_top) {
    for (size_t i = blocks_.size(); i-- > from;) {
      Block b = blocks_[i];
      switch (b.kind) {
        case Block::Kind::WhileLoop: break;
        case Block::Kind::ForLoop:
          if (preserve_top) emit(Op::SWAP, 2, 0);
          emit(Op::POP_TOP, 0, -1);
          break;
        case Block::Kind::Handler:
          if (preserve_top) emit(Op::SWAP, 2, 0);
          emit(Op::POP_EXCEPT, 0, -1);
          if (!b.handler_name.empty()) {
            emit(Op::LOAD_CONST, constant(Value::none()), 1);
            store_name(b.handler_name, nullptr);
            delete_name(b.handler_name);
          }
          break;
        case Block::Kind::With:
          // Leaving a with block early calls __exit__(None, None, None) (awaited for async with).
          if (preserve_top) emit(Op::SWAP, 2, 0);
          for (int k = 0; k < 3; ++k) emit(Op::LOAD_CONST, constant(Value::none()), 1);
          emit(Op::CALL, 3, -3);
          if (b.is_async) emit_await();
          emit(Op::POP_TOP, 0, -1);
          break;
        case Block::Kind::FinallyHandler:
          // Inside a finally body run for an exception: drop it and restore the handled one.
          if (preserve_top) emit(Op::SWAP, 2, 0);
          emit(Op::POP_TOP, 0, -1);
          if (preserve_top) emit(Op::SWAP, 2, 0);
          emit(Op::POP_EXCEPT, 0, -1);
          break;
        case Block::Kind::TryFinally: {
          // Run the finally body here, outside its own block so a return in it cannot loop.
          std::vector<Block> saved(blocks_.begin() + i, blocks_.end());
          blocks_.resize(i);
          block(*b.finalbody);
          blocks_.insert(blocks_.end(), saved.begin(), saved.end());
          break;
        }
      }
    }
  }

  void add_handler(uint32_t start, uint32_t end, int depth, std::vector<size_t>& targets_to_patch) {
    if (start == end) return;
    code_->exception_table.push_back({start, end, 0, static_cast<uint32_t>(depth)});
    targets_to_patch.push_back(code_->exception_table.size() - 1);
  }
  void set_handler_target(const std::vector<size_t>& entries, uint32_t target) {
    for (size_t e : entries) code_->exception_table[e].target = target;
  }

  // try: body / except ...: handlers / else: orelse — see src/vm/NOTES.md for the layout.
  void try_except(const TryStmt* t) {
    int base = depth_;
    uint32_t start = here();
    block(t->body);
    std::vector<size_t> body_region;
    add_handler(start, here(), base, body_region);
    block(t->orelse);
    std::vector<size_t> to_end{emit(Op::JUMP_FORWARD, 0, 0)};

    // The handler starts with the exception pushed.
    set_handler_target(body_region, here());
    depth_ = base + 1;
    emit(Op::PUSH_EXC_INFO, 0, 1);  // [previous handled exception, exception]
    uint32_t cleanup_start = here();
    for (const ExceptHandler& h : t->handlers) {
      current_line_ = h.loc.line;
      size_t next = 0;
      bool typed = h.type != nullptr;
      if (typed) {
        expression(h.type);
        current_line_ = h.loc.line;
        emit(Op::CHECK_EXC_MATCH, 0, 0);  // keeps the exception, replaces the type by a bool
        next = emit(Op::POP_JUMP_IF_FALSE, 0, -1);
      }
      if (!h.name.empty()) store_name(h.name, nullptr);
      else emit(Op::POP_TOP, 0, -1);
      Block handler{Block::Kind::Handler};
      handler.handler_name = h.name;
      blocks_.push_back(handler);
      uint32_t body_start = here();
      block(h.body);
      uint32_t body_end = here();
      blocks_.pop_back();
      emit(Op::POP_EXCEPT, 0, -1);
      if (!h.name.empty()) {
        emit(Op::LOAD_CONST, constant(Value::none()), 1);
        store_name(h.name, nullptr);
        delete_name(h.name);
      }
      to_end.push_back(emit(Op::JUMP_FORWARD, 0, 0));
      if (!h.name.empty()) {
        // `except E as name` unbinds name even when its body raises.
        std::vector<size_t> unbind_region;
        add_handler(body_start, body_end, base + 1, unbind_region);
        set_handler_target(unbind_region, here());
        depth_ = base + 2;
        emit(Op::LOAD_CONST, constant(Value::none()), 1);
        store_name(h.name, nullptr);
        delete_name(h.name);
        emit(Op::RERAISE, 0, -1);
      }
      depth_ = base + 2;
      if (typed) patch(next, here());
    }
    emit(Op::RERAISE, 0, -1);  // no clause matched
    std::vector<size_t> cleanup_region;
    add_handler(cleanup_start, here(), base + 1, cleanup_region);
    // An exception inside a handler: restore the previously handled exception, then propagate.
    set_handler_target(cleanup_region, here());
    depth_ = base + 2;
    emit(Op::SWAP, 2, 0);
    emit(Op::POP_EXCEPT, 0, -1);
    emit(Op::RERAISE, 0, -1);
    for (size_t j : to_end) patch(j, here());
    depth_ = base;
  }

  // with a as b, c: body — one nested block per item. __exit__ runs on every way out; an
  // exception goes to __exit__(type, value, None), which may swallow it by returning true.
  void with_statement(const WithStmt* w, size_t index) {
    const WithItem& item = w->items[index];
    int base = depth_;
    expression(item.context);
    set_line(w);
    if (w->is_async) {
      emit(Op::BEFORE_ASYNC_WITH, 0, 1);  // [aexit, awaitable]
      emit_await();                       // [aexit, entered]
    } else {
      emit(Op::BEFORE_WITH, 0, 1);  // [exit, entered]
    }
    if (item.target) store_target(item.target);
    else emit(Op::POP_TOP, 0, -1);
    uint32_t start = here();
    Block with_block{Block::Kind::With};
    with_block.is_async = w->is_async;
    blocks_.push_back(with_block);
    if (index + 1 < w->items.size()) with_statement(w, index + 1);
    else block(w->body);
    blocks_.pop_back();
    std::vector<size_t> region;
    add_handler(start, here(), base + 1, region);
    set_line(w);
    for (int k = 0; k < 3; ++k) emit(Op::LOAD_CONST, constant(Value::none()), 1);
    emit(Op::CALL, 3, -3);  // consumes the exit method too
    if (w->is_async) emit_await();
    emit(Op::POP_TOP, 0, -1);
    size_t to_end = emit(Op::JUMP_FORWARD, 0, 0);

    set_handler_target(region, here());
    depth_ = base + 2;             // [exit, exc]
    emit(Op::PUSH_EXC_INFO, 0, 1);  // [exit, prev, exc]
    uint32_t cleanup_start = here();
    emit(Op::WITH_EXCEPT_START, 0, 1);  // [exit, prev, exc, result]
    if (w->is_async) emit_await();
    size_t swallow = emit(Op::POP_JUMP_IF_TRUE, 0, -1);
    emit(Op::RERAISE, 0, -1);
    uint32_t cleanup_end = here();
    patch(swallow, here());
    depth_ = base + 3;
    emit(Op::POP_TOP, 0, -1);   // exc
    emit(Op::POP_EXCEPT, 0, -1);
    emit(Op::POP_TOP, 0, -1);   // exit
    size_t to_end2 = emit(Op::JUMP_FORWARD, 0, 0);
    std::vector<size_t> cleanup_region;
    add_handler(cleanup_start, cleanup_end, base + 2, cleanup_region);
    set_handler_target(cleanup_region, here());
    depth_ = base + 3;
    emit(Op::SWAP, 2, 0);
    emit(Op::POP_EXCEPT, 0, -1);
    emit(Op::RERAISE, 0, -1);
    patch(to_end, here());
    patch(to_end2, here());
    depth_ = base;
  }

  // async for target in aiterable: each step awaits __anext__(); StopAsyncIteration ends it.
  void async_for(const ForStmt* f) {
    int base = depth_;
    expression(f->iter);
    set_line(f);
    emit(Op::GET_AITER, 0, 0);  // [aiter]
    uint32_t top = here();
    emit(Op::GET_ANEXT, 0, 1);  // [aiter, awaitable]
    emit_await();               // [aiter, item]
    std::vector<size_t> region;
    add_handler(top, here(), base + 1, region);
    store_target(f->target);
    blocks_.push_back({Block::Kind::ForLoop, top});
    block(f->body);
    set_line(f);
    emit(Op::JUMP_BACKWARD, top, 0);
    Block loop = std::move(blocks_.back());
    blocks_.pop_back();
    set_handler_target(region, here());
    depth_ = base + 2;  // [aiter, exception]
    size_t end = emit(Op::END_ASYNC_FOR, 0, -2);
    patch(end, here());
    depth_ = base;
    block(f->orelse);
    for (size_t j : loop.break_jumps) patch(j, here());
  }

  // match subject: case pattern if guard: body — each case tests a copy of the subject; a
  // failing test jumps to a stub that pops what the pattern had pushed, then tries the next case.
  struct PatternFails {
    int base;                                     // depth with only the subject's copy consumed
    std::vector<std::pair<size_t, int>> jumps;    // jump instruction, items to pop at that point
  };

  void fail_if_false(PatternFails& fails) {
    size_t j = emit(Op::POP_JUMP_IF_FALSE, 0, -1);
    fails.jumps.push_back({j, depth_ - fails.base});
  }

  void emit_fail_stubs(PatternFails& fails, uint32_t& target_out) {
    // All stubs continue at one place with the stack back at fails.base.
    std::vector<size_t> to_target;
    for (auto [jump, excess] : fails.jumps) {
      patch(jump, here());
      for (int k = 0; k < excess; ++k) emit(Op::POP_TOP, 0, 0);
      to_target.push_back(emit(Op::JUMP_FORWARD, 0, 0));
    }
    target_out = here();
    for (size_t j : to_target) patch(j, target_out);
  }

  void match_statement(const MatchStmt* m) {
    expression(m->subject);
    int base = depth_;  // [subject]
    std::vector<size_t> to_end;
    for (size_t i = 0; i < m->cases.size(); ++i) {
      const MatchCase& c = m->cases[i];
      current_line_ = c.pattern->loc.line;
      PatternFails fails{base};
      bool last_irrefutable = i + 1 == m->cases.size() && c.pattern->kind == PatternKind::As && !c.pattern->pattern && !c.guard;
      emit(Op::COPY, 1, 1);
      match_pattern(c.pattern, fails);
      if (c.guard) {
        expression(c.guard);
        fail_if_false(fails);
      }
      emit(Op::POP_TOP, 0, -1);  // the subject
      block(c.body);
      to_end.push_back(emit(Op::JUMP_FORWARD, 0, 0));
      depth_ = base;
      uint32_t next;
      emit_fail_stubs(fails, next);
      (void)last_irrefutable;
    }
    emit(Op::POP_TOP, 0, -1);  // no case matched
    for (size_t j : to_end) patch(j, here());
    depth_ = base - 1;
  }

  // Tests the value on top of the stack against `p`, consuming it; binds names as it goes.
  void match_pattern(const Pattern* p, PatternFails& fails) {
    set_line(p);
    switch (p->kind) {
      case PatternKind::As:
        if (p->pattern) {
          emit(Op::COPY, 1, 1);
          match_pattern(p->pattern, fails);
        }
        if (p->name.empty()) emit(Op::POP_TOP, 0, -1);
        else store_name(p->name, p);
        break;
      case PatternKind::Value:
        expression(p->value);
        emit(Op::COMPARE_OP, static_cast<uint32_t>(CompareOp::Eq), -1);
        fail_if_false(fails);
        break;
      case PatternKind::Singleton:
        expression(p->value);
        emit(Op::COMPARE_OP, static_cast<uint32_t>(CompareOp::Is), -1);
        fail_if_false(fails);
        break;
      case PatternKind::Or: {
        // Each alternative but the last tests a copy; success skips the rest.
        std::vector<size_t> matched;
        for (size_t i = 0; i + 1 < p->patterns.size(); ++i) {
          PatternFails alt{depth_};
          emit(Op::COPY, 1, 1);
          match_pattern(p->patterns[i], alt);
          emit(Op::POP_TOP, 0, -1);
          matched.push_back(emit(Op::JUMP_FORWARD, 0, 0));
          depth_ = alt.base;
          uint32_t next;
          emit_fail_stubs(alt, next);
        }
        match_pattern(p->patterns.back(), fails);
        for (size_t j : matched) patch(j, here());
        break;
      }
      case PatternKind::Sequence: {
        emit(Op::MATCH_SEQUENCE, 0, 1);
        fail_if_false(fails);
        int star = -1, n = static_cast<int>(p->patterns.size());
        for (int i = 0; i < n; ++i)
          if (p->patterns[i]->kind == PatternKind::Star) star = i;
        emit(Op::GET_LEN, 0, 1);
        emit(Op::LOAD_CONST, constant(Value::from_int(star < 0 ? n : n - 1)), 1);
        emit(Op::COMPARE_OP, static_cast<uint32_t>(star < 0 ? CompareOp::Eq : CompareOp::Ge), -1);
        fail_if_false(fails);
        if (star < 0) {
          emit(Op::UNPACK_SEQUENCE, n, n - 1);
        } else {
          int after = n - star - 1;
          emit(Op::UNPACK_EX, static_cast<uint32_t>(star) | (static_cast<uint32_t>(after) << 8), n - 1);
        }
        for (const Pattern* sub : p->patterns) {
          if (sub->kind == PatternKind::Star) {
            if (sub->name.empty()) emit(Op::POP_TOP, 0, -1);
            else store_name(sub->name, sub);
          } else {
            match_pattern(sub, fails);
          }
        }
        break;
      }
      case PatternKind::Mapping: {
        emit(Op::MATCH_MAPPING, 0, 1);
        fail_if_false(fails);
        if (p->keys.empty() && p->name.empty()) {
          emit(Op::POP_TOP, 0, -1);
          break;
        }
        for (const Expr* k : p->keys) expression(k);
        int n = static_cast<int>(p->keys.size());
        emit(Op::BUILD_TUPLE, n, 1 - n);
        emit(Op::MATCH_KEYS, 0, 1);  // [subject, keys, values-or-None]
        emit(Op::COPY, 1, 1);
        emit(Op::LOAD_CONST, constant(Value::none()), 1);
        emit(Op::COMPARE_OP, static_cast<uint32_t>(CompareOp::IsNot), -1);
        fail_if_false(fails);
        emit(Op::SWAP, 3, 0);  // [values, keys, subject]
        if (!p->name.empty()) {
          emit(Op::SWAP, 2, 0);                 // [values, subject, keys]
          emit(Op::DICT_WITHOUT_KEYS, 0, -1);   // [values, rest]
          store_name(p->name, p);
        } else {
          emit(Op::POP_TOP, 0, -1);
          emit(Op::POP_TOP, 0, -1);
        }
        emit(Op::UNPACK_SEQUENCE, n, n - 1);
        for (const Pattern* sub : p->patterns) match_pattern(sub, fails);
        break;
      }
      case PatternKind::Class: {
        expression(p->value);
        std::vector<Value> names;
        for (const std::string& k : p->kwd_names) names.push_back(Value::from_object(vm_.intern(k)));
        code_->constants.push_back(Value::from_object(make_tuple(vm_, std::move(names))));
        emit(Op::LOAD_CONST, static_cast<uint32_t>(code_->constants.size() - 1), 1);
        set_line(p);
        emit(Op::MATCH_CLASS, static_cast<uint32_t>(p->patterns.size()), -2);  // [attributes or None]
        emit(Op::COPY, 1, 1);
        emit(Op::LOAD_CONST, constant(Value::none()), 1);
        emit(Op::COMPARE_OP, static_cast<uint32_t>(CompareOp::IsNot), -1);
        fail_if_false(fails);
        int n = static_cast<int>(p->patterns.size() + p->kwd_patterns.size());
        emit(Op::UNPACK_SEQUENCE, n, n - 1);
        for (const Pattern* sub : p->patterns) match_pattern(sub, fails);
        for (const Pattern* sub : p->kwd_patterns) match_pattern(sub, fails);
        break;
      }
      case PatternKind::Star: fail(p, "can't use starred pattern here"); break;
    }
  }

  // try: ... finally: final — the final body is compiled twice, for the normal path and for
  // the path with an exception, which it re-raises at its end.
  void try_finally(const TryStmt* t) {
    int base = depth_;
    uint32_t start = here();
    Block finally_block{Block::Kind::TryFinally};
    finally_block.finalbody = &t->finalbody;
    blocks_.push_back(finally_block);
    if (t->handlers.empty()) block(t->body);
    else try_except(t);
    blocks_.pop_back();
    std::vector<size_t> region;
    add_handler(start, here(), base, region);
    block(t->finalbody);
    size_t to_end = emit(Op::JUMP_FORWARD, 0, 0);

    set_handler_target(region, here());
    depth_ = base + 1;
    emit(Op::PUSH_EXC_INFO, 0, 1);
    uint32_t cleanup_start = here();
    blocks_.push_back({Block::Kind::FinallyHandler});
    block(t->finalbody);
    blocks_.pop_back();
    emit(Op::RERAISE, 0, -1);
    std::vector<size_t> cleanup_region;
    add_handler(cleanup_start, here(), base + 1, cleanup_region);
    set_handler_target(cleanup_region, here());
    depth_ = base + 2;
    emit(Op::SWAP, 2, 0);
    emit(Op::POP_EXCEPT, 0, -1);
    emit(Op::RERAISE, 0, -1);
    patch(to_end, here());
    depth_ = base;
  }

  void delete_name(const std::string& name) {
    switch (scope_->kind_of(name)) {
      case NameKind::Local: emit(Op::DELETE_FAST, locals_[name], 0); break;
      case NameKind::Cell:
      case NameKind::Free: emit(Op::DELETE_DEREF, locals_[name], 0); break;
      case NameKind::GlobalExplicit:
      case NameKind::GlobalImplicit: emit(Op::DELETE_GLOBAL, name_index(name), 0); break;
      case NameKind::Name: emit(Op::DELETE_NAME, name_index(name), 0); break;
    }
  }

  void delete_target(const Expr* t) {
    set_line(t);
    switch (t->kind) {
      case ExprKind::Name: delete_name(static_cast<const NameExpr*>(t)->id); break;
      case ExprKind::Attribute: {
        auto* a = static_cast<const AttributeExpr*>(t);
        expression(a->value);
        emit(Op::DELETE_ATTR, name_index(a->attr), -1);
        break;
      }
      case ExprKind::Subscript: {
        auto* sub = static_cast<const SubscriptExpr*>(t);
        expression(sub->value);
        expression(sub->index);
        set_line(t);
        emit(Op::DELETE_SUBSCR, 0, -2);
        break;
      }
      case ExprKind::Tuple:
      case ExprKind::List:
        for (const Expr* item : static_cast<const SequenceExpr*>(t)->elements) delete_target(item);
        break;
      default: fail(t, "cannot delete expression"); break;
    }
  }

  void store_target(const Expr* t) {
    switch (t->kind) {
      case ExprKind::Name: store_name(static_cast<const NameExpr*>(t)->id, t); break;
      case ExprKind::Attribute: {
        auto* a = static_cast<const AttributeExpr*>(t);
        expression(a->value);
        emit(Op::STORE_ATTR, name_index(a->attr), -2);
        break;
      }
      case ExprKind::Subscript: {
        auto* sub = static_cast<const SubscriptExpr*>(t);
        expression(sub->value);
        expression(sub->index);
        emit(Op::STORE_SUBSCR, 0, -3);
        break;
      }
      case ExprKind::Tuple:
      case ExprKind::List: {
        auto* seq = static_cast<const SequenceExpr*>(t);
        int n = static_cast<int>(seq->elements.size());
        int star = -1;
        for (int i = 0; i < n; ++i) {
          if (seq->elements[i]->kind != ExprKind::Starred) continue;
          if (star >= 0) return fail(seq->elements[i], "multiple starred expressions in assignment");
          star = i;
        }
        if (star < 0) {
          emit(Op::UNPACK_SEQUENCE, n, n - 1);
        } else {
          int after = n - star - 1;
          if (star > 255 || after > 255) return fail(t, "too many expressions in star-unpacking assignment");
          emit(Op::UNPACK_EX, static_cast<uint32_t>(star) | (static_cast<uint32_t>(after) << 8), n - 1);
        }
        for (const Expr* item : seq->elements)
          store_target(item->kind == ExprKind::Starred ? static_cast<const StarredExpr*>(item)->value : item);
        break;
      }
      default: fail(t, "cannot assign to expression"); break;
    }
  }

  void augmented_assignment(const AugAssignStmt* a) {
    const Expr* t = a->target;
    switch (t->kind) {
      case ExprKind::Name: {
        const std::string& name = static_cast<const NameExpr*>(t)->id;
        set_line(t);
        load_name(name, t);
        expression(a->value);
        set_line(a);
        emit(Op::INPLACE_OP, static_cast<uint32_t>(a->op), -1);
        store_name(name, t);
        break;
      }
      case ExprKind::Attribute: {
        auto* attr = static_cast<const AttributeExpr*>(t);
        expression(attr->value);
        emit(Op::COPY, 1, 1);
        emit(Op::LOAD_ATTR, name_index(attr->attr), 0);
        expression(a->value);
        set_line(a);
        emit(Op::INPLACE_OP, static_cast<uint32_t>(a->op), -1);
        emit(Op::SWAP, 2, 0);
        emit(Op::STORE_ATTR, name_index(attr->attr), -2);
        break;
      }
      case ExprKind::Subscript: {
        auto* sub = static_cast<const SubscriptExpr*>(t);
        expression(sub->value);
        expression(sub->index);
        emit(Op::COPY, 2, 1);
        emit(Op::COPY, 2, 1);
        emit(Op::BINARY_SUBSCR, 0, -1);
        expression(a->value);
        set_line(a);
        emit(Op::INPLACE_OP, static_cast<uint32_t>(a->op), -1);
        emit(Op::SWAP, 3, 0);
        emit(Op::SWAP, 2, 0);
        emit(Op::STORE_SUBSCR, 0, -3);
        break;
      }
      default: fail(t, "illegal expression for augmented assignment"); break;
    }
  }

  // ---- expressions ----
  void expression(const Expr* e) {
    if (error_) return;
    int saved_line = current_line_;
    Location saved_loc = current_loc_;
    set_line(e);
    switch (e->kind) {
      case ExprKind::Constant: {
        auto* c = static_cast<const ConstantExpr*>(e);
        switch (c->type) {
          case ConstantExpr::Type::None: emit(Op::LOAD_CONST, constant(Value::none()), 1); break;
          case ConstantExpr::Type::True: emit(Op::LOAD_CONST, constant(Value::from_bool(true)), 1); break;
          case ConstantExpr::Type::False: emit(Op::LOAD_CONST, constant(Value::from_bool(false)), 1); break;
          case ConstantExpr::Type::Ellipsis: emit(Op::LOAD_CONST, constant(Value::ellipsis()), 1); break;
          case ConstantExpr::Type::Int: emit(Op::LOAD_CONST, constant(Value::from_int(c->int_value)), 1); break;
          case ConstantExpr::Type::BigInt: {
            BigIntResult big = BigInt::parse(c->str_value, 0);
            if (!big.ok()) return fail(e, "integer literal too large");
            code_->constants.push_back(make_int(vm_, std::move(big.value)));
            emit(Op::LOAD_CONST, static_cast<uint32_t>(code_->constants.size() - 1), 1);
            break;
          }
          case ConstantExpr::Type::Float: emit(Op::LOAD_CONST, constant(Value::from_double(c->float_value)), 1); break;
          case ConstantExpr::Type::Imaginary:
            // A fresh constant each time (complex objects are not deduplicated by value).
            code_->constants.push_back(make_complex(vm_, 0.0, c->float_value));
            emit(Op::LOAD_CONST, static_cast<uint32_t>(code_->constants.size() - 1), 1);
            break;
          case ConstantExpr::Type::Str: emit(Op::LOAD_CONST, str_constant(c->str_value), 1); break;
          case ConstantExpr::Type::Bytes:
            code_->constants.push_back(Value::from_object(make_bytes(vm_, c->str_value)));
            emit(Op::LOAD_CONST, static_cast<uint32_t>(code_->constants.size() - 1), 1);
            break;
        }
        break;
      }
      case ExprKind::Name: load_name(static_cast<const NameExpr*>(e)->id, e); break;
      case ExprKind::BinOp: {
        auto* b = static_cast<const BinOpExpr*>(e);
        expression(b->left);
        expression(b->right);
        set_line(e);
        emit(Op::BINARY_OP, static_cast<uint32_t>(b->op), -1);
        break;
      }
      case ExprKind::UnaryOp: {
        auto* u = static_cast<const UnaryOpExpr*>(e);
        expression(u->operand);
        set_line(e);
        switch (u->op) {
          case UnaryKind::Negative: emit(Op::UNARY_NEGATIVE, 0, 0); break;
          case UnaryKind::Positive: emit(Op::UNARY_POSITIVE, 0, 0); break;
          case UnaryKind::Invert: emit(Op::UNARY_INVERT, 0, 0); break;
          case UnaryKind::Not: emit(Op::UNARY_NOT, 0, 0); break;
        }
        break;
      }
      case ExprKind::BoolOp: {
        auto* b = static_cast<const BoolOpExpr*>(e);
        std::vector<size_t> jumps;
        for (size_t i = 0; i < b->values.size(); ++i) {
          expression(b->values[i]);
          if (i + 1 < b->values.size())
            jumps.push_back(emit(b->is_and ? Op::JUMP_IF_FALSE_OR_POP : Op::JUMP_IF_TRUE_OR_POP, 0, -1));
        }
        for (size_t j : jumps) patch(j, here());
        break;
      }
      case ExprKind::Compare: comparison(static_cast<const CompareExpr*>(e)); break;
      case ExprKind::Call: call(static_cast<const CallExpr*>(e)); break;
      case ExprKind::Attribute: {
        auto* a = static_cast<const AttributeExpr*>(e);
        expression(a->value);
        set_line(e);
        emit(Op::LOAD_ATTR, name_index(a->attr), 0);
        break;
      }
      case ExprKind::Subscript: {
        auto* s = static_cast<const SubscriptExpr*>(e);
        expression(s->value);
        expression(s->index);
        set_line(e);
        emit(Op::BINARY_SUBSCR, 0, -1);
        break;
      }
      case ExprKind::Slice: {
        auto* s = static_cast<const SliceExpr*>(e);
        for (const Expr* part : {s->lower, s->upper, s->step}) {
          if (part) expression(part);
          else emit(Op::LOAD_CONST, constant(Value::none()), 1);
        }
        emit(Op::BUILD_SLICE, 3, -2);
        break;
      }
      case ExprKind::ListComp:
      case ExprKind::SetComp:
      case ExprKind::DictComp:
        make_comprehension(static_cast<const ComprehensionExpr*>(e));
        break;
      case ExprKind::GeneratorExp: make_comprehension(static_cast<const ComprehensionExpr*>(e)); break;
      case ExprKind::Yield: {
        auto* y = static_cast<const YieldExpr*>(e);
        if (y->value) expression(y->value);
        else emit(Op::LOAD_CONST, constant(Value::none()), 1);
        set_line(e);
        emit(Op::YIELD_VALUE, 0, 0);  // pops the value; resumes with the sent value pushed
        break;
      }
      case ExprKind::YieldFrom: {
        auto* y = static_cast<const YieldExpr*>(e);
        expression(y->value);
        set_line(e);
        emit(Op::GET_YIELD_FROM_ITER, 0, 0);
        delegate();
        break;
      }
      case ExprKind::Await: {
        expression(static_cast<const AwaitExpr*>(e)->value);
        set_line(e);
        emit_await();
        break;
      }
      case ExprKind::Set:
      case ExprKind::List:
      case ExprKind::Tuple: {
        auto* seq = static_cast<const SequenceExpr*>(e);
        bool unpacking = false;
        for (const Expr* item : seq->elements) unpacking = unpacking || item->kind == ExprKind::Starred;
        int n = static_cast<int>(seq->elements.size());
        if (!unpacking) {
          for (const Expr* item : seq->elements) expression(item);
          Op op = e->kind == ExprKind::List ? Op::BUILD_LIST : e->kind == ExprKind::Tuple ? Op::BUILD_TUPLE : Op::BUILD_SET;
          emit(op, n, 1 - n);
          break;
        }
        // [*a, b, *c]: build item by item.
        bool is_set = e->kind == ExprKind::Set;
        emit(is_set ? Op::BUILD_SET : Op::BUILD_LIST, 0, 1);
        for (const Expr* item : seq->elements) {
          if (item->kind == ExprKind::Starred) {
            expression(static_cast<const StarredExpr*>(item)->value);
            emit(is_set ? Op::SET_UPDATE : Op::LIST_EXTEND, 1, -1);
          } else {
            expression(item);
            emit(is_set ? Op::SET_ADD : Op::LIST_APPEND, 1, -1);
          }
        }
        if (e->kind == ExprKind::Tuple) emit(Op::LIST_TO_TUPLE, 0, 0);
        break;
      }
      case ExprKind::Dict: {
        auto* d = static_cast<const DictExpr*>(e);
        bool unpacking = std::find(d->keys.begin(), d->keys.end(), nullptr) != d->keys.end();
        if (!unpacking) {
          for (size_t i = 0; i < d->keys.size(); ++i) {
            expression(d->keys[i]);
            expression(d->values[i]);
          }
          int n = static_cast<int>(d->keys.size());
          emit(Op::BUILD_MAP, n, 1 - 2 * n);
          break;
        }
        emit(Op::BUILD_MAP, 0, 1);
        for (size_t i = 0; i < d->keys.size(); ++i) {
          if (!d->keys[i]) {
            expression(d->values[i]);
            emit(Op::DICT_UPDATE, 1, -1);
          } else {
            expression(d->keys[i]);
            expression(d->values[i]);
            emit(Op::MAP_ADD, 1, -2);
          }
        }
        break;
      }
      case ExprKind::IfExp: {
        auto* i = static_cast<const IfExpExpr*>(e);
        expression(i->test);
        size_t to_else = emit(Op::POP_JUMP_IF_FALSE, 0, -1);
        expression(i->body);
        size_t to_end = emit(Op::JUMP_FORWARD, 0, 0);
        depth_ -= 1;  // only one branch's value is on the stack
        patch(to_else, here());
        expression(i->orelse);
        patch(to_end, here());
        break;
      }
      case ExprKind::Starred: fail(e, "can't use starred expression here"); break;
      case ExprKind::JoinedStr: {
        auto* j = static_cast<const JoinedStrExpr*>(e);
        for (const Expr* v : j->values) expression(v);
        int n = static_cast<int>(j->values.size());
        if (n != 1 || j->values[0]->kind != ExprKind::FormattedValue) emit(Op::BUILD_STRING, n, 1 - n);
        break;
      }
      case ExprKind::FormattedValue: {
        auto* f = static_cast<const FormattedValueExpr*>(e);
        expression(f->value);
        uint32_t flags = f->conversion == 's' ? 1 : f->conversion == 'r' ? 2 : f->conversion == 'a' ? 3 : 0;
        if (f->format_spec) {
          expression(f->format_spec);
          flags |= 4;
        }
        set_line(e);
        emit(Op::FORMAT_VALUE, flags, (flags & 4) ? -1 : 0);
        break;
      }
      case ExprKind::NamedExpr: {
        auto* n = static_cast<const NamedExpr*>(e);
        expression(n->value);
        emit(Op::COPY, 1, 1);
        store_name(n->target->id, n);
        break;
      }
      case ExprKind::Lambda: {
        auto* l = static_cast<const LambdaExpr*>(e);
        make_function(l, "<lambda>", l->args, nullptr, l->body);
        break;
      }
    }
    current_line_ = saved_line;
    current_loc_ = saved_loc;
  }

  void comparison(const CompareExpr* c) {
    expression(c->left);
    if (c->ops.size() == 1) {
      expression(c->comparators[0]);
      set_line(c);
      emit(Op::COMPARE_OP, static_cast<uint32_t>(c->ops[0]), -1);
      return;
    }
    std::vector<size_t> cleanups;
    for (size_t i = 0; i + 1 < c->ops.size(); ++i) {
      expression(c->comparators[i]);
      emit(Op::COPY, 1, 1);
      emit(Op::SWAP, 3, 0);
      emit(Op::SWAP, 2, 0);
      set_line(c);
      emit(Op::COMPARE_OP, static_cast<uint32_t>(c->ops[i]), -1);
      cleanups.push_back(emit(Op::JUMP_IF_FALSE_OR_POP, 0, -1));
    }
    expression(c->comparators.back());
    set_line(c);
    emit(Op::COMPARE_OP, static_cast<uint32_t>(c->ops.back()), -1);
    size_t to_end = emit(Op::JUMP_FORWARD, 0, 0);
    for (size_t j : cleanups) patch(j, here());
    depth_ += 1;
    emit(Op::SWAP, 2, 0);
    emit(Op::POP_TOP, 0, -1);
    patch(to_end, here());
  }

  void call(const CallExpr* c) {
    bool unpacking = false;
    for (const Expr* a : c->args) unpacking = unpacking || a->kind == ExprKind::Starred;
    for (const Keyword& k : c->keywords) unpacking = unpacking || k.name.empty();
    bool is_method = c->func->kind == ExprKind::Attribute && !unpacking;
    if (is_method) {
      auto* a = static_cast<const AttributeExpr*>(c->func);
      expression(a->value);
      set_line(c);
      emit(Op::LOAD_METHOD, name_index(a->attr), 1);
    } else {
      expression(c->func);
    }
    if (unpacking) return call_with_unpacking(c);
    for (const Expr* arg : c->args) expression(arg);
    for (const Keyword& k : c->keywords) expression(k.value);
    int total = static_cast<int>(c->args.size() + c->keywords.size());
    set_line(c);
    if (c->keywords.empty()) {
      emit(is_method ? Op::CALL_METHOD : Op::CALL, total, -total - (is_method ? 1 : 0));
      return;
    }
    std::vector<Value> names;
    for (const Keyword& k : c->keywords) names.push_back(Value::from_object(vm_.intern(k.name)));
    Tuple* kwnames = make_tuple(vm_, std::move(names));
    code_->constants.push_back(Value::from_object(kwnames));
    emit(Op::LOAD_CONST, static_cast<uint32_t>(code_->constants.size() - 1), 1);
    emit(is_method ? Op::CALL_METHOD_KW : Op::CALL_KW, total, -total - 1 - (is_method ? 1 : 0));
  }

  // f(*a, b, **k): the positional arguments gathered into a tuple, the keywords into a dict.
  void call_with_unpacking(const CallExpr* c) {
    emit(Op::BUILD_LIST, 0, 1);
    for (const Expr* a : c->args) {
      if (a->kind == ExprKind::Starred) {
        expression(static_cast<const StarredExpr*>(a)->value);
        emit(Op::LIST_EXTEND, 1, -1);
      } else {
        expression(a);
        emit(Op::LIST_APPEND, 1, -1);
      }
    }
    emit(Op::LIST_TO_TUPLE, 0, 0);
    uint32_t flags = 0;
    if (!c->keywords.empty()) {
      flags = 1;
      emit(Op::BUILD_MAP, 0, 1);
      for (const Keyword& k : c->keywords) {
        if (k.name.empty()) {
          expression(k.value);
          emit(Op::DICT_MERGE, 1, -1);
        } else {
          emit(Op::LOAD_CONST, str_constant(k.name), 1);
          expression(k.value);
          emit(Op::MAP_ADD, 1, -2);
        }
      }
    }
    set_line(c);
    emit(Op::CALL_FUNCTION_EX, flags, -1 - static_cast<int>(flags));
  }

  VM& vm_;
  std::shared_ptr<SourceFile> source_;
  const ScopeTable& scopes_;
  Scope* scope_;
  bool is_module_;
  Code* code_;
  std::string qualname_;
  std::unordered_map<std::string, uint32_t> locals_;
  std::vector<Block> blocks_;
  int current_line_ = 1;
  Location current_loc_;
  int depth_ = 0;
  int max_depth_ = 0;
  std::optional<CompileError> error_;
};

}  // namespace

CompileResult compile(VM& vm, const std::shared_ptr<SourceFile>& source, CompileMode mode) {
  CompileResult result;
  ParseResult parsed = parse(source->text);
  if (parsed.error) {
    result.error = parsed.error;
    return result;
  }
  ScopeTable scopes(parsed.module);
  if (scopes.error()) {
    result.error = scopes.error();
    return result;
  }
  FunctionCompiler compiler(vm, source, scopes, scopes.module_scope());
  compiler.compile_module(parsed.module, mode);
  if (compiler.error()) {
    result.error = compiler.error();
    return result;
  }
  result.code = compiler.code();
  return result;
}

}  // namespace saessak
