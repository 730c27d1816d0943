// Callables: Python functions, native (C++) functions, and bound methods.
#pragma once

#include <string>

#include "compiler/code.h"
#include "objects/dict.h"
#include "objects/list.h"

namespace saessak {

struct Function final : Object {
  Function(Type* type, Code* code, Dict* globals) : Object(type), code(code), globals(globals) {}
  void trace(Tracer& t) override {
    t.mark(code);
    t.mark(globals);
    t.mark(defaults);
    t.mark(kwdefaults);
    t.mark(closure);
    t.mark(dict);
  }
  Code* code;
  Dict* globals;
  Tuple* defaults = nullptr;    // for the last positional parameters
  Dict* kwdefaults = nullptr;   // keyword-only parameter name -> default
  Tuple* closure = nullptr;     // cells for the code's free variables
  Dict* dict = nullptr;         // attributes set on the function (f.calls = 0, __wrapped__...)
};

// A variable captured by an inner function.
struct Cell final : Object {
  Cell(Type* type, Value value) : Object(type), value(value) {}
  void trace(Tracer& t) override { t.mark(value); }
  Value value;  // Value::null() while unbound
};

// Natives the interpreter replaces by resuming a generator in place (next, send).
enum class GeneratorOp : uint8_t { None, Next, Send, DunderNext };

struct NativeFunction final : Object {
  NativeFunction(Type* type, std::string name, NativeFn fn, Type* owner)
      : Object(type), name(std::move(name)), fn(fn), owner(owner) {}
  void trace(Tracer& t) override { t.mark(owner); }
  std::string name;
  NativeFn fn;
  Type* owner;  // the type whose method this is, or nullptr for a plain function
  GeneratorOp generator_op = GeneratorOp::None;
};

struct BoundMethod final : Object {
  BoundMethod(Type* type, Value self, Value function) : Object(type), self(self), function(function) {}
  void trace(Tracer& t) override {
    t.mark(self);
    t.mark(function);
  }
  Value self;
  Value function;
};

NativeFunction* make_native(VM& vm, std::string name, NativeFn fn, Type* owner = nullptr);
// Adds a method implemented in C++ to a built-in type.
void add_method(VM& vm, Type* type, std::string_view name, NativeFn fn);

}  // namespace saessak
