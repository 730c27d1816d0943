// Scope analysis (CPython's symtable): decides for every name in every scope whether it is a
// fast local, a cell (a local that an inner function captures), a free variable (captured
// from an enclosing function), an explicit or implicit global, or a class/module name.
#pragma once

#include <map>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <unordered_map>
#include <vector>

#include "syntax/ast.h"
#include "tokens/compile_error.h"

namespace saessak {

enum class NameKind { Local, Cell, Free, GlobalExplicit, GlobalImplicit, Name };

struct Scope {
  enum class Kind { Module, Function, Class } kind;
  Scope* parent = nullptr;
  std::vector<Scope*> children;

  enum Flag : int { Bound = 1, Used = 2, Param = 4, DeclaredGlobal = 8, DeclaredNonlocal = 16 };
  std::map<std::string, int> flags;
  std::vector<std::string> bound_order;  // first binding order, for stable slot numbering
  std::set<std::string> cells;           // locals captured by inner functions
  std::set<std::string> frees;           // names captured from enclosing functions (or passed through)
  bool is_generator = false;             // contains yield (or is a generator expression)
  bool is_coroutine = false;             // async def
  const char* comprehension = nullptr;   // "list comprehension"... for a comprehension's scope

  NameKind kind_of(const std::string& name) const;
};

class ScopeTable {
 public:
  // Analyses the whole module; `error()` holds a SyntaxError such as "no binding for nonlocal".
  explicit ScopeTable(const Module& module);
  Scope* module_scope() const { return module_; }
  Scope* scope_of(const Node* node) const;  // for a FunctionDef or Lambda
  const std::optional<CompileError>& error() const { return error_; }

 private:
  friend class ScopeBuilder;
  std::vector<std::unique_ptr<Scope>> scopes_;
  std::unordered_map<const Node*, Scope*> by_node_;
  Scope* module_ = nullptr;
  std::optional<CompileError> error_;
};

}  // namespace saessak
