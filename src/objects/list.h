// `list` and `tuple`: contiguous arrays of Values.
#pragma once

#include <vector>

#include "objects/heap.h"

namespace saessak {

struct List final : Object {
  explicit List(Type* type, std::vector<Value> items = {}) : Object(type), items(std::move(items)) {}
  void trace(Tracer& t) override {
    for (Value v : items) t.mark(v);
    t.mark(attributes);
  }
  Object* attributes = nullptr;  // the __dict__ (a Dict) of an instance of a Python subclass
  size_t external_bytes() const override { return items.capacity() * sizeof(Value); }
  std::vector<Value> items;
};

struct Tuple final : Object {
  explicit Tuple(Type* type, std::vector<Value> items = {}) : Object(type), items(std::move(items)) {}
  void trace(Tracer& t) override {
    for (Value v : items) t.mark(v);
    t.mark(attributes);
  }
  Object* attributes = nullptr;  // the __dict__ (a Dict) of an instance of a Python subclass
  size_t external_bytes() const override { return items.capacity() * sizeof(Value); }
  size_t size() const { return items.size(); }
  std::vector<Value> items;
};

inline int CallArgs::keyword_count() const { return kwnames ? static_cast<int>(kwnames->items.size()) : 0; }

List* make_list(VM& vm, std::vector<Value> items = {});
Tuple* make_tuple(VM& vm, std::vector<Value> items = {});
// Largest number of items a list or str may hold before MemoryError: keeps a kid's
// `[0] * 10**10` from taking the tab down.
inline constexpr int64_t kMaxSequenceLength = int64_t{1} << 28;

// Appends every item of an iterable; false with the exception pending.
[[nodiscard]] bool collect_iterable(VM& vm, Value iterable, std::vector<Value>& out);
// The same, for callers that hold no object the collector cannot see (only their arguments and
// `out`): a generator then runs where a collection may happen (list.cpp, VM::wants_collection).
[[nodiscard]] bool collect_iterable_rooted_caller(VM& vm, Value iterable, std::vector<Value>& out);
void install_list_type(VM& vm);

}  // namespace saessak
