// `set` and `frozenset`: a SetTable (objects/set_table.h) that lays keys out exactly as
// CPython 3.11 does, so iteration, printing and pop() come out in the oracle's order. The
// operations follow Objects/setobject.c's algorithms wherever they decide which table is
// iterated and in what order keys are added (see set.cpp).
#pragma once

#include "objects/dict.h"
#include "objects/heap.h"
#include "objects/operators.h"
#include "objects/set_table.h"

namespace saessak {

struct Set final : Object {
  explicit Set(Type* type) : Object(type) {}
  void trace(Tracer& t) override {
    for (const SetSlot& slot : table.slots())
      if (slot.active()) t.mark(slot.key);
  }
  size_t external_bytes() const override { return table.slots().capacity() * sizeof(SetSlot); }

  SetTable table;
  int64_t hash = -1;  // a frozenset's hash once computed
};

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

// A set display whose items are all constants, `{3, 1, 2}`, as CPython 3.11 builds it: the
// compiler folds the items into a frozenset constant (and its constant merging rebuilds that
// frozenset from its own iteration order), then the code runs BUILD_SET 0 + SET_UPDATE. When
// keys collide, the resulting order differs from adding the items one by one, which is what
// BUILD_SET n does. CPython does this for displays of 3 or more constant items; a compiler that
// wants the same order can build the set with this. Value::error() if an item is unhashable.
[[nodiscard]] Value make_set_from_constants(VM& vm, const Value* items, size_t count);

}  // namespace saessak
