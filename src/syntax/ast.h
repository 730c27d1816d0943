// The syntax tree, shaped after CPython's `ast` module. Nodes live in an Arena owned by the
// parse result; the compiler walks them and never keeps pointers past compilation.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "objects/operators.h"

namespace saessak {

struct Location {
  int line = 0, column = 0, end_line = 0, end_column = 0;
};

struct Node {
  virtual ~Node() = default;
  Location loc;
};

enum class ExprKind {
  Constant, Name, BinOp, UnaryOp, BoolOp, Compare, Call, Attribute, Subscript, Slice, List, Tuple,
  Dict, Set, IfExp, Starred, Lambda, ListComp, SetComp, DictComp, GeneratorExp, JoinedStr,
  FormattedValue, Yield, YieldFrom, NamedExpr, Await,
};
enum class ExprContext { Load, Store, Del };
enum class UnaryKind { Negative, Positive, Invert, Not };

struct Expr : Node {
  explicit Expr(ExprKind kind) : kind(kind) {}
  ExprKind kind;
};

struct ConstantExpr : Expr {
  enum class Type { None, True, False, Int, BigInt, Float, Imaginary, Str, Bytes, Ellipsis } type = Type::None;  // Imaginary: float_value j
  ConstantExpr() : Expr(ExprKind::Constant) {}
  int64_t int_value = 0;
  double float_value = 0;
  std::string str_value;  // UTF-8; raw octets for Bytes; for BigInt the literal's text (prefix kept, no underscores)
};

struct NameExpr : Expr {
  NameExpr() : Expr(ExprKind::Name) {}
  std::string id;
  ExprContext ctx = ExprContext::Load;
};

struct BinOpExpr : Expr {
  BinOpExpr() : Expr(ExprKind::BinOp) {}
  Expr* left = nullptr;
  BinaryOp op = BinaryOp::Add;
  Expr* right = nullptr;
};

struct UnaryOpExpr : Expr {
  UnaryOpExpr() : Expr(ExprKind::UnaryOp) {}
  UnaryKind op = UnaryKind::Negative;
  Expr* operand = nullptr;
};

struct BoolOpExpr : Expr {
  BoolOpExpr() : Expr(ExprKind::BoolOp) {}
  bool is_and = true;
  std::vector<Expr*> values;
};

struct CompareExpr : Expr {
  CompareExpr() : Expr(ExprKind::Compare) {}
  Expr* left = nullptr;
  std::vector<CompareOp> ops;
  std::vector<Expr*> comparators;
};

struct Keyword {
  std::string name;  // empty for **kwargs
  Expr* value = nullptr;
  Location loc;
};

struct CallExpr : Expr {
  CallExpr() : Expr(ExprKind::Call) {}
  Expr* func = nullptr;
  std::vector<Expr*> args;
  std::vector<Keyword> keywords;
};

struct AttributeExpr : Expr {
  AttributeExpr() : Expr(ExprKind::Attribute) {}
  Expr* value = nullptr;
  std::string attr;
  ExprContext ctx = ExprContext::Load;
};

struct SubscriptExpr : Expr {
  SubscriptExpr() : Expr(ExprKind::Subscript) {}
  Expr* value = nullptr;
  Expr* index = nullptr;
  ExprContext ctx = ExprContext::Load;
};

struct SliceExpr : Expr {
  SliceExpr() : Expr(ExprKind::Slice) {}
  Expr* lower = nullptr;
  Expr* upper = nullptr;
  Expr* step = nullptr;
};

struct SequenceExpr : Expr {  // List, Tuple or Set
  explicit SequenceExpr(ExprKind kind) : Expr(kind) {}
  std::vector<Expr*> elements;
  ExprContext ctx = ExprContext::Load;
};

struct DictExpr : Expr {
  DictExpr() : Expr(ExprKind::Dict) {}
  std::vector<Expr*> keys;
  std::vector<Expr*> values;
};

struct IfExpExpr : Expr {
  IfExpExpr() : Expr(ExprKind::IfExp) {}
  Expr* test = nullptr;
  Expr* body = nullptr;
  Expr* orelse = nullptr;
};

// f"text {value!r:>{width}} text": its pieces are Constant str and FormattedValue nodes.
struct JoinedStrExpr : Expr {
  JoinedStrExpr() : Expr(ExprKind::JoinedStr) {}
  std::vector<Expr*> values;
};

struct FormattedValueExpr : Expr {
  FormattedValueExpr() : Expr(ExprKind::FormattedValue) {}
  Expr* value = nullptr;
  char conversion = 0;          // 0, 's', 'r' or 'a'
  Expr* format_spec = nullptr;  // a JoinedStrExpr, or nullptr
};

struct Parameter {
  std::string name;
  Expr* annotation = nullptr;  // parsed, not evaluated yet
  Location loc;
};

// A function's parameters, as CPython's ast.arguments.
struct Arguments {
  std::vector<Parameter> posonly;  // before '/'
  std::vector<Parameter> args;     // positional or keyword
  bool has_vararg = false;
  Parameter vararg;                // *args
  std::vector<Parameter> kwonly;   // after '*' or '*args'
  std::vector<Expr*> kw_defaults;  // one per kwonly; nullptr when required
  bool has_kwarg = false;
  Parameter kwarg;                 // **kwargs
  std::vector<Expr*> defaults;     // for the last positional parameters
};

// One `for target in iter if cond ...` clause of a comprehension.
struct Comprehension {
  Expr* target = nullptr;
  Expr* iter = nullptr;
  std::vector<Expr*> ifs;
};

// [x for ...], {x for ...}, {k: v for ...} and (x for ...). Compiled as a nested function,
// as CPython 3.11 does, so its variables do not leak.
struct ComprehensionExpr : Expr {
  explicit ComprehensionExpr(ExprKind kind) : Expr(kind) {}
  Expr* element = nullptr;  // the key for a dict comprehension
  Expr* value = nullptr;    // dict comprehensions only
  std::vector<Comprehension> generators;
};

// await value
struct AwaitExpr : Expr {
  AwaitExpr() : Expr(ExprKind::Await) {}
  Expr* value = nullptr;
};

// (name := value)
struct NamedExpr : Expr {
  NamedExpr() : Expr(ExprKind::NamedExpr) {}
  NameExpr* target = nullptr;
  Expr* value = nullptr;
};

// `yield value` and `yield from iterable`, which make the enclosing function a generator.
struct YieldExpr : Expr {
  explicit YieldExpr(ExprKind kind) : Expr(kind) {}
  Expr* value = nullptr;  // nullptr: yield None
};

struct LambdaExpr : Expr {
  LambdaExpr() : Expr(ExprKind::Lambda) {}
  Arguments args;
  Expr* body = nullptr;
};

struct StarredExpr : Expr {
  StarredExpr() : Expr(ExprKind::Starred) {}
  Expr* value = nullptr;
};

enum class StmtKind {
  Expr, Assign, AugAssign, If, While, For, Break, Continue, Pass, FunctionDef, Return, Global, Nonlocal,
  Try, Raise, Assert, Delete, ClassDef, Import, ImportFrom, With, AnnAssign, Match,
};

struct Stmt : Node {
  explicit Stmt(StmtKind kind) : kind(kind) {}
  StmtKind kind;
};

using Body = std::vector<Stmt*>;

struct ExprStmt : Stmt {
  ExprStmt() : Stmt(StmtKind::Expr) {}
  Expr* value = nullptr;
};

struct AssignStmt : Stmt {
  AssignStmt() : Stmt(StmtKind::Assign) {}
  std::vector<Expr*> targets;  // a = b = value
  Expr* value = nullptr;
};

// target: annotation [= value]
struct AnnAssignStmt : Stmt {
  AnnAssignStmt() : Stmt(StmtKind::AnnAssign) {}
  Expr* target = nullptr;
  Expr* annotation = nullptr;
  Expr* value = nullptr;  // may be absent
  bool simple = false;    // a bare name (not parenthesized): recorded in __annotations__
};

struct AugAssignStmt : Stmt {
  AugAssignStmt() : Stmt(StmtKind::AugAssign) {}
  Expr* target = nullptr;
  BinaryOp op = BinaryOp::Add;
  Expr* value = nullptr;
};

struct IfStmt : Stmt {
  IfStmt() : Stmt(StmtKind::If) {}
  Expr* test = nullptr;
  Body body, orelse;
};

struct WhileStmt : Stmt {
  WhileStmt() : Stmt(StmtKind::While) {}
  Expr* test = nullptr;
  Body body, orelse;
};

struct ForStmt : Stmt {
  ForStmt() : Stmt(StmtKind::For) {}
  Expr* target = nullptr;
  Expr* iter = nullptr;
  Body body, orelse;
  bool is_async = false;
};

struct SimpleStmt : Stmt {  // break, continue, pass
  explicit SimpleStmt(StmtKind kind) : Stmt(kind) {}
};

struct FunctionDefStmt : Stmt {
  FunctionDefStmt() : Stmt(StmtKind::FunctionDef) {}
  std::string name;
  Arguments args;
  Body body;
  std::vector<Expr*> decorators;
  Expr* returns = nullptr;  // the annotation after ->, parsed and not evaluated yet
  bool is_async = false;    // async def: calling it makes a coroutine
  // The name the def binds when it differs from `name`: `def __f` in class C binds `_C__f`
  // (private name mangling, set by scope analysis); the function keeps `__f` as __name__.
  std::string stored_name;
};

struct ClassDefStmt : Stmt {
  ClassDefStmt() : Stmt(StmtKind::ClassDef) {}
  std::string name;
  std::vector<Expr*> bases;
  std::vector<Keyword> keywords;  // metaclass=..., and keywords for __init_subclass__
  Body body;
  std::vector<Expr*> decorators;
};

struct WithItem {
  Expr* context = nullptr;
  Expr* target = nullptr;  // `as target`, or nullptr
};

struct WithStmt : Stmt {
  WithStmt() : Stmt(StmtKind::With) {}
  std::vector<WithItem> items;
  Body body;
  bool is_async = false;
};

// Patterns of the match statement, as CPython's ast.pattern.
enum class PatternKind { Value, Singleton, Sequence, Mapping, Class, Star, As, Or };

struct Pattern : Node {
  explicit Pattern(PatternKind kind) : kind(kind) {}
  PatternKind kind;
  Expr* value = nullptr;                // Value: a literal or dotted name; Singleton: None/True/False;
                                        // Class: the class expression
  std::vector<Pattern*> patterns;       // Sequence items, Or alternatives, Class positional, Mapping values
  std::vector<Expr*> keys;              // Mapping keys
  std::vector<std::string> kwd_names;   // Class keyword names
  std::vector<Pattern*> kwd_patterns;   // Class keyword patterns
  Pattern* pattern = nullptr;           // As: the inner pattern (nullptr for a bare capture)
  std::string name;                     // As, Star: the captured name ("" for _); Mapping: **rest
};

struct MatchCase {
  Pattern* pattern = nullptr;
  Expr* guard = nullptr;
  Body body;
};

struct MatchStmt : Stmt {
  MatchStmt() : Stmt(StmtKind::Match) {}
  Expr* subject = nullptr;
  std::vector<MatchCase> cases;
};

struct Alias {
  std::string name;    // "os.path" for import, "path" for from-import, "*" for a star import
  std::string asname;  // empty when absent
  Location loc;
};

struct ImportStmt : Stmt {  // import a.b as c, d
  ImportStmt() : Stmt(StmtKind::Import) {}
  std::vector<Alias> names;
};

struct ImportFromStmt : Stmt {  // from .module import a as b, c
  ImportFromStmt() : Stmt(StmtKind::ImportFrom) {}
  std::string module;  // may be empty for `from . import x`
  int level = 0;       // leading dots
  std::vector<Alias> names;
};

struct ReturnStmt : Stmt {
  ReturnStmt() : Stmt(StmtKind::Return) {}
  Expr* value = nullptr;
};

struct GlobalStmt : Stmt {  // global or nonlocal
  explicit GlobalStmt(StmtKind kind) : Stmt(kind) {}
  std::vector<std::string> names;
};

struct ExceptHandler {
  Expr* type = nullptr;  // nullptr for a bare `except:`
  std::string name;      // `as name`, or empty
  Body body;
  Location loc;
};

struct TryStmt : Stmt {
  TryStmt() : Stmt(StmtKind::Try) {}
  Body body;
  std::vector<ExceptHandler> handlers;
  Body orelse;
  Body finalbody;
};

struct RaiseStmt : Stmt {
  RaiseStmt() : Stmt(StmtKind::Raise) {}
  Expr* exception = nullptr;  // nullptr: re-raise the exception being handled
  Expr* cause = nullptr;      // raise ... from cause
};

struct AssertStmt : Stmt {
  AssertStmt() : Stmt(StmtKind::Assert) {}
  Expr* test = nullptr;
  Expr* message = nullptr;
};

struct DeleteStmt : Stmt {
  DeleteStmt() : Stmt(StmtKind::Delete) {}
  std::vector<Expr*> targets;
};

class Arena {
 public:
  template <class T, class... Args>
  T* make(Args&&... args) {
    auto node = std::make_unique<T>(std::forward<Args>(args)...);
    T* raw = node.get();
    nodes_.push_back(std::move(node));
    return raw;
  }

 private:
  std::vector<std::unique_ptr<Node>> nodes_;
};

struct Module {
  Body body;
};

}  // namespace saessak
