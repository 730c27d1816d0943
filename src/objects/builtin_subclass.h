// Python subclasses of int, float, complex and str (`class Celsius(float)`).
//
// Why two designs: a str subclass keeps the Str layout (like list, dict and tuple subclasses
// keep theirs), so every native that accepts a str accepts it unchanged; its __dict__ hangs
// off Str::attributes. ints and floats live in the Value word itself and have no object to
// carry a __dict__, so an instance of a subclass of int, float or complex is a BoxedNumber:
// the plain built-in value plus a __dict__. The protocols unwrap it with `unboxed()` once the
// class's own Python dunders have had their say, so `Money(5) + 1` is the plain int 6, as in
// CPython, and a native method receives the plain value as self.
#pragma once

#include "objects/dict.h"
#include "objects/heap.h"

namespace saessak {

struct BoxedNumber final : Object {
  BoxedNumber(Type* type, Value value, Dict* dict) : Object(type), value(value), dict(dict) {}
  void trace(Tracer& t) override {
    t.mark(value);
    t.mark(dict);
  }
  Value value;  // a small int, big int, float or complex of the exact built-in type
  Dict* dict;
};

inline bool is_boxed_number(Value v) { return v.is_object() && v.as_object()->type->layout == Layout::BoxedNumber; }
// The built-in value inside an instance of a subclass of int, float or complex; v otherwise.
inline Value unboxed(Value v) { return is_boxed_number(v) ? static_cast<BoxedNumber*>(v.as_object())->value : v; }
// A str of exactly type str with the same text (a str subclass instance is copied).
[[nodiscard]] Value exact_str(VM& vm, Value str);
// The plain value a native method of a built-in type should see as self: numbers unboxed, a
// str subclass instance copied to a plain str (list, dict and tuple subclasses as they are:
// their methods mutate or read the object itself).
[[nodiscard]] Value native_self(VM& vm, Value v);

// The built-in base (int, float, complex or str) of a Python subclass, or nullptr.
Type* builtin_value_base(VM& vm, const Type* type);
// int.__new__ / float.__new__ / complex.__new__ / str.__new__ for a Python subclass: builds the
// plain value with the base's constructor, then wraps it in an instance of `type`.
[[nodiscard]] Value new_builtin_subclass_instance(VM& vm, Type* type, CallArgs args);
void install_builtin_subclass_support(VM& vm);

}  // namespace saessak
