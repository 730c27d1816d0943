// A code object: the compiler's output for one module, cell or function body.
#pragma once

#include <memory>
#include <vector>

#include "compiler/source.h"
#include "objects/heap.h"
#include "objects/str.h"

namespace saessak {

// One entry of a code object's exception table: an exception raised by an instruction in
// [start, end) continues at `target`, with the operand stack cut to `depth` items and the
// exception pushed. The innermost (smallest) range wins.
struct HandlerEntry {
  uint32_t start, end, target, depth;
};

// Where an instruction's expression is in the source, for 3.11-style carets in tracebacks.
// Columns are byte offsets in the line; a negative column means "unknown".
struct Position {
  int32_t end_line;
  int16_t column;
  int16_t end_column;
};

// What LOAD_GLOBAL last found for one name of a code object: valid while the globals dict is the
// same one with the same keys (and, for a builtin, the builtins' keys are unchanged too).
struct GlobalCacheEntry {
  const Dict* globals = nullptr;
  uint64_t globals_keys = 0;
  uint64_t builtins_keys = 0;  // 0: the name was found in the globals
  int64_t position = -1;       // in the entries of the dict it was found in
};

// What LOAD_ATTR, LOAD_METHOD or STORE_ATTR last decided for the type seen there
// (vm/attribute_cache.h): one per instruction.
struct AttributeCacheEntry {
  enum class Kind : uint8_t { Empty, InstanceDict, Method, BuiltinMethod };
  const Type* type = nullptr;
  uint64_t epoch = 0;
  Value method;  // Kind::Method / BuiltinMethod: the function found on the class
  Kind kind = Kind::Empty;
};

struct Code final : Object {
  explicit Code(Type* type) : Object(type) {}
  void trace(Tracer& t) override {
    for (Value v : constants) t.mark(v);
    for (Str* s : names) t.mark(s);
    for (Str* s : local_names) t.mark(s);
    t.mark(name);
    t.mark(qualname);
    t.mark(docstring);
  }
  size_t external_bytes() const override { return words.capacity() * 16; }

  int line_at(uint32_t ip) const { return ip < lines.size() ? lines[ip] : first_line; }
  const HandlerEntry* handler_for(uint32_t ip) const {
    const HandlerEntry* best = nullptr;
    for (const HandlerEntry& e : exception_table)
      if (ip >= e.start && ip < e.end && (!best || e.end - e.start < best->end - best->start)) best = &e;
    return best;
  }

  std::vector<uint32_t> words;     // instructions (compiler/opcodes.h)
  std::vector<int32_t> lines;      // source line of each word
  std::vector<Position> positions; // and the columns of its expression
  std::vector<HandlerEntry> exception_table;
  std::vector<Value> constants;
  std::vector<Str*> names;         // global and attribute names
  std::vector<GlobalCacheEntry> global_cache;  // by name index, filled by LOAD_GLOBAL/LOAD_NAME
  std::vector<AttributeCacheEntry> attribute_cache;  // by instruction index, made on first use
  std::vector<Str*> local_names;   // every slot: parameters, locals, free variables
  uint32_t argcount = 0;         // positional parameters, positional-only included
  uint32_t posonlyargcount = 0;
  uint32_t kwonlyargcount = 0;
  bool has_varargs = false;
  bool has_varkeywords = false;
  uint32_t nvarnames = 0;        // parameters and locals; the free variables follow
  uint32_t nfrees = 0;
  uint32_t max_stack = 0;
  int first_line = 1;
  bool is_module = false;          // module and cell code use LOAD_NAME/STORE_NAME
  bool is_generator = false;       // calling it makes a generator
  bool is_coroutine = false;       // async def: calling it makes a coroutine
  Str* name = nullptr;             // "<module>" or the function's name
  Str* qualname = nullptr;
  Value docstring = Value::none();  // a function's __doc__
  std::shared_ptr<SourceFile> source;
};

}  // namespace saessak
