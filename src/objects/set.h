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

// s.update(iterable) for one iterable (CPython's set_update_internal): what the SET_UPDATE
// instruction of `{*a, *b}` does. Adding the items one by one can give another order: from a
// set or dict it resizes once up front, and from a set of the same size it copies the layout.
[[nodiscard]] bool set_update(VM& vm, Object* set, Value iterable);

// Constant set displays, as CPython 3.11 compiles them. Its compiler folds constant items into a
// frozenset constant, and its constant merging then rebuilds that frozenset from the first one's
// iteration order. That frozenset is iterated directly by `for x in {8, 16, 24}`, by a
// comprehension over such a display and by `x in {...}`; a display of 3 or more constants used
// as a value becomes BUILD_SET 0 + SET_UPDATE of it. When keys collide these three orders can
// all differ from adding the items one by one (BUILD_SET n): `{20, 40, 0, 60, 8}` prints
// {0, 20, 8, 40, 60}, while `for` over it visits 0 8 40 20 60. Both return Value::error() if
// an item is unhashable. (CPython also reuses an equal frozenset constant already seen in the
// same module, with that one's order; a compiler wanting that keeps a cache of these.)
[[nodiscard]] Value frozenset_from_constants(VM& vm, const Value* items, size_t count);
[[nodiscard]] Value make_set_from_constants(VM& vm, const Value* items, size_t count);

}  // namespace saessak
