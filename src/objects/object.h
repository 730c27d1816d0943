// The heap object header and the `type` object. Every heap value derives from Object;
// the collector (src/objects/heap.h) owns them all.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "objects/value.h"

namespace saessak {

class VM;
class Tracer;
struct Type;
struct Str;
struct Dict;
struct Tuple;

// What kind of C++ layout an object has. Python-level subclassing (issue 4) will map a
// user class to the layout of its nearest built-in base.
enum class Layout : uint8_t {
  Type, Str, List, Tuple, Dict, Function, Native, Code, Range, RangeIterator, ListIterator,
  StrIterator, Exception, BoundMethod, Slice, Module, Cell, Set,
  Instance,   // an instance of a class defined in Python (with a __dict__)
  Super, Property, ClassMethod, StaticMethod,
  Generator,
  DictView,        // dict.keys(), .values(), .items()
  NativeIterator,  // enumerate, zip, map, filter, reversed...: objects/iterators.h
  BigInt,     // an int too large for the Value word (the `int` type's heap layout)
  Bytes,      // bytes: objects/bytes.h
  ByteArray,  // bytearray: the same C++ layout as bytes, but mutable and unhashable
  MemoryView, // memoryview over a bytes or bytearray
  Complex,      // complex: objects/complex.h
  BoxedNumber,  // an instance of a Python subclass of int, float or complex: objects/builtin_subclass.h
  SlotMember,  // a name in __slots__: objects/slots.cpp
  Immediate,  // float, bool, None and friends: values that live in the Value word itself
};

struct Object {
  explicit Object(Type* type) : type(type) {}
  virtual ~Object() = default;
  Object(const Object&) = delete;
  Object& operator=(const Object&) = delete;

  // Marks every Value this object refers to. Objects that refer to nothing keep the default.
  virtual void trace(Tracer&) {}
  // Bytes this object holds outside itself (vectors, strings): counted toward GC pressure.
  virtual size_t external_bytes() const { return 0; }

  Type* type;
  Object* gc_next = nullptr;
  bool gc_marked = false;
  bool gc_finalized = false;  // __del__ already ran (it runs once, as PEP 442 says)
  uint8_t size_class = 0;  // the heap's pool this object's memory came from (heap.h); 0: none
};

// Arguments of a call: `count` positional values, then one value per keyword name.
struct CallArgs {
  const Value* values = nullptr;
  int count = 0;           // positional
  Tuple* kwnames = nullptr;  // nullptr when there are no keyword arguments
  int keyword_count() const;
  Value operator[](int i) const { return values[i]; }
};

// A native function returns a Value, Value::error() with an exception pending in the VM, or
// Value::suspend() after asking the VM to pause (see VM::suspend_for_input).
using NativeFn = Value (*)(VM& vm, CallArgs args);
using ReprFn = Value (*)(VM& vm, Value self);  // returns a Str or Value::error()

struct Type final : Object {
  Type(Type* metatype, std::string name, Type* base, Layout layout)
      : Object(metatype), name(std::move(name)), base(base), layout(layout) {}
  ~Type() override;  // invalidates the type lookup cache: this address may be reused
  void trace(Tracer&) override;

  std::string name;
  Type* base;  // the first base; nullptr only for `object`
  Layout layout;
  std::vector<Type*> bases;  // classes defined in Python may have several
  std::vector<Type*> mro;    // C3 linearization, this type first
  std::string module = "builtins";
  std::string qualname;
  bool is_heap_type = false;  // defined by a class statement: may have Python dunders
  Dict* attributes = nullptr;  // methods and class attributes, by interned name
  NativeFn construct = nullptr;  // what calling the type does (`int('5')`)
  ReprFn repr = nullptr;
  ReprFn str = nullptr;  // nullptr: same as repr
  bool is_exception = false;
  // __slots__ (objects/slots.cpp): how many slot values an instance carries, and whether it
  // has a __dict__ as well.
  uint32_t slot_count = 0;
  bool instances_have_dict = true;

  bool is_subtype_of(const Type* other) const {
    if (!mro.empty()) {
      for (const Type* t : mro)
        if (t == other) return true;
      return false;
    }
    for (const Type* t = this; t; t = t->base)
      if (t == other) return true;
    return false;
  }
};

}  // namespace saessak
