// The object protocols for instances of classes defined in Python: each looks up the dunder
// method in the class's MRO and calls it (through VM::call), with CPython's fallbacks,
// reflected operands and error messages.
#pragma once

#include "objects/operators.h"
#include "objects/value.h"

namespace saessak {

class VM;
struct Str;

inline bool is_python_object(Value v);
// Whether the protocol `dunder` of `v` is Python's to answer: v's class is written in Python
// and either has no built-in base with a C++ layout (list, dict, tuple) or defines the dunder
// itself. Otherwise the built-in behaviour applies.
bool python_handles(VM& vm, Value v, const char* dunder);
[[nodiscard]] Value python_repr(VM& vm, Value v);
[[nodiscard]] Value python_str(VM& vm, Value v);
[[nodiscard]] bool python_hash(VM& vm, Value v, int64_t& out);
// Rich comparison when either side is a Python object.
[[nodiscard]] Value python_compare(VM& vm, CompareOp op, Value a, Value b);
[[nodiscard]] int python_truthiness(VM& vm, Value v);
// NotImplemented when neither side defines the operator.
[[nodiscard]] Value python_binary(VM& vm, BinaryOp op, Value a, Value b, bool inplace);
// A binary protocol without an operator token (divmod): __name__, or the reflected one.
[[nodiscard]] Value python_named_binary(VM& vm, const char* name, const char* reflected_name, Value a, Value b);
[[nodiscard]] Value python_unary(VM& vm, const char* dunder, const char* symbol, Value v);
[[nodiscard]] bool python_length(VM& vm, Value v, int64_t& out);
[[nodiscard]] Value python_contains(VM& vm, Value container, Value item);
[[nodiscard]] Value python_iter(VM& vm, Value v);
[[nodiscard]] Value python_next(VM& vm, Value iterator);  // null when exhausted
[[nodiscard]] Value python_get_item(VM& vm, Value container, Value key);
[[nodiscard]] bool python_set_item(VM& vm, Value container, Value key, Value value);
[[nodiscard]] bool python_delete_item(VM& vm, Value container, Value key);

}  // namespace saessak

#include "objects/object.h"

namespace saessak {
inline bool is_python_object(Value v) { return v.is_object() && v.as_object()->type->is_heap_type; }
}  // namespace saessak
