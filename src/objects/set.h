// `set` and `frozenset`.
#pragma once

#include "objects/dict.h"
#include "objects/operators.h"

namespace saessak {

// The rest of the VM sees sets only through these functions.
Object* make_set(VM& vm, Type* type);  // an empty set or frozenset
bool is_set(Value v);
[[nodiscard]] bool set_add(VM& vm, Object* set, Value item);
[[nodiscard]] int set_contains(VM& vm, Value set, Value item);  // 1, 0, or -1 on error
size_t set_size(Value set);
std::vector<Value> set_items(Value set);  // in iteration order
int64_t frozenset_hash(Value frozenset);
// |, &, -, ^ between sets; NotImplemented when the other operand is not a set.
[[nodiscard]] Value set_binary(VM& vm, BinaryOp op, Value a, Value b, bool inplace);
// ==, <, <=, >, >= as subset tests; NotImplemented when the other operand is not a set.
[[nodiscard]] Value set_compare(VM& vm, CompareOp op, Value a, Value b);
[[nodiscard]] Value set_repr(VM& vm, Value set);
void install_set_type(VM& vm);

}  // namespace saessak
