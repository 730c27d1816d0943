// The generic object protocols: what `repr(x)`, `x + y`, `x < y`, `hash(x)`, `x.name`,
// `iter(x)` and friends mean for any value. Each fallible function returns Value::error()
// (or false) with the exception pending in the VM.
#pragma once

#include <string>

#include "objects/operators.h"
#include "objects/value.h"

namespace saessak {

class VM;
struct Type;
struct Str;

Type* type_of(VM& vm, Value v);
const std::string& type_name(VM& vm, Value v);

[[nodiscard]] Value repr(VM& vm, Value v);     // a Str
[[nodiscard]] Value to_str(VM& vm, Value v);   // a Str
[[nodiscard]] bool hash_value(VM& vm, Value v, int64_t& out);
[[nodiscard]] Value values_equal(VM& vm, Value a, Value b);  // a bool
// Two small ints, two floats or two exact strs compared directly (no dunder can be involved);
// Value::null() for any other operands, which `compare` decides.
[[nodiscard]] Value compare_plain(VM& vm, CompareOp op, Value a, Value b);
[[nodiscard]] Value compare(VM& vm, CompareOp op, Value a, Value b);  // usually a bool
// 1 true, 0 false, -1 error.
[[nodiscard]] int truthiness(VM& vm, Value v);
[[nodiscard]] Value binary_op(VM& vm, BinaryOp op, Value a, Value b, bool inplace);
[[nodiscard]] Value negate(VM& vm, Value v);
[[nodiscard]] Value positive(VM& vm, Value v);
[[nodiscard]] Value invert(VM& vm, Value v);
[[nodiscard]] Value get_attribute(VM& vm, Value object, Str* name);
// Finds a method for a call: returns the function and sets `self_out` to the receiver when
// the call needs it prepended (no bound method is allocated); otherwise `self_out` is null.
[[nodiscard]] Value get_method(VM& vm, Value object, Str* name, Value& self_out);
[[nodiscard]] Value get_iterator(VM& vm, Value iterable);
// The next item, Value::null() when exhausted, or Value::error().
[[nodiscard]] Value iterator_next(VM& vm, Value iterator);
[[nodiscard]] Value get_item(VM& vm, Value container, Value key);
[[nodiscard]] bool set_item(VM& vm, Value container, Value key, Value value);
[[nodiscard]] bool delete_item(VM& vm, Value container, Value key);
// len(x) into `out`; false with TypeError pending when x has no length.
[[nodiscard]] bool length_of(VM& vm, Value v, int64_t& out);
// Converts an index-like value (int, bool) to int64; TypeError otherwise.
[[nodiscard]] bool index_of(VM& vm, Value v, int64_t& out, const char* what);

// format(v, spec): a Str. `spec` nullptr or empty means str(v).
[[nodiscard]] Value format_object(VM& vm, Value v, Str* spec);
// ascii(v): repr with non-ASCII characters escaped.
[[nodiscard]] Value ascii_of(VM& vm, Value v);

// The built-in behaviour alone, for list.__getitem__ and friends (what super() reaches from a
// Python subclass of a built-in type).
[[nodiscard]] Value repr_native(VM& vm, Value v);
[[nodiscard]] Value get_item_native(VM& vm, Value container, Value key);
[[nodiscard]] bool set_item_native(VM& vm, Value container, Value key, Value value);
[[nodiscard]] bool delete_item_native(VM& vm, Value container, Value key);
[[nodiscard]] bool length_of_native(VM& vm, Value v, int64_t& out);
[[nodiscard]] Value get_iterator_native(VM& vm, Value iterable);

// Text forms used by print, repr and the REPL.
std::string float_repr(double d);

}  // namespace saessak
