#include "objects/list.h"

#include "objects/generator.h"

#include <algorithm>
#include <optional>

#include "objects/arguments.h"
#include "objects/function.h"
#include "objects/protocols.h"
#include "objects/range.h"
#include "vm/vm.h"

namespace saessak {

List* make_list(VM& vm, std::vector<Value> items) {
  vm.heap.note_allocation(items.size() * sizeof(Value));
  return vm.heap.make<List>(vm.types.list, std::move(items));
}

Tuple* make_tuple(VM& vm, std::vector<Value> items) {
  vm.heap.note_allocation(items.size() * sizeof(Value));
  return vm.heap.make<Tuple>(vm.types.tuple, std::move(items));
}

namespace {

List* self_list(CallArgs args) { return static_cast<List*>(args[0].as_object()); }

// Keeps an iterator and the items collected so far visible to the collector while a
// generator runs nested (VM::wants_collection).
class RootedWhileCollecting {
 public:
  RootedWhileCollecting(VM& vm, Value iterator, const std::vector<Value>& out) : vm_(vm), iterator_{iterator} {
    vm_.push_temporary_root(&iterator_);
    vm_.push_temporary_root(&out);
  }
  ~RootedWhileCollecting() {
    vm_.pop_temporary_root();
    vm_.pop_temporary_root();
  }
  RootedWhileCollecting(const RootedWhileCollecting&) = delete;
  RootedWhileCollecting& operator=(const RootedWhileCollecting&) = delete;

 private:
  VM& vm_;
  std::vector<Value> iterator_;
};

// Collects the items of any iterable. With `caller_rooted` (the caller holds nothing the
// collector cannot see), a generator runs in collectable nested runs, so list(g), sum(g) or
// ''.join(g) over a long generator collect its garbage as it goes.
bool collect_items(VM& vm, Value iterable, std::vector<Value>& out, bool caller_rooted = false) {
  // A range too long to hold fails at once instead of after filling memory.
  if (iterable.is_object() && iterable.as_object()->type->layout == Layout::Range &&
      static_cast<Range*>(iterable.as_object())->length() > kMaxSequenceLength) {
    vm.raise_memory_error();
    return false;
  }
  Value it = get_iterator(vm, iterable);
  if (it.is_error()) return false;
  Generator* generator = caller_rooted && it.as_object()->type->layout == Layout::Generator
                             ? static_cast<Generator*>(it.as_object())
                             : nullptr;
  std::optional<RootedWhileCollecting> rooted;
  if (generator) rooted.emplace(vm, it, out);
  while (true) {
    Value item = generator ? vm.generator_next_nested(generator, Value::none(), nullptr, true) : iterator_next(vm, it);
    if (item.is_error()) return false;
    if (item.is_null()) {
      if (generator) vm.take_last_return_value();
      return true;
    }
    out.push_back(item);
    if (out.size() > static_cast<size_t>(kMaxSequenceLength)) {
      vm.raise_memory_error();
      return false;
    }
  }
}

Value list_append(VM& vm, CallArgs args) {
  if (!check_exactly_one(vm, args, "list.append", 1)) return Value::error();
  self_list(args)->items.push_back(args[1]);
  vm.heap.note_allocation(sizeof(Value));
  return Value::none();
}

Value list_extend(VM& vm, CallArgs args) {
  if (!check_exactly_one(vm, args, "list.extend", 1)) return Value::error();
  std::vector<Value> items;
  if (!collect_items(vm, args[1], items)) return Value::error();
  std::vector<Value>& target = self_list(args)->items;
  target.insert(target.end(), items.begin(), items.end());
  return Value::none();
}

Value list_pop(VM& vm, CallArgs args) {
  if (!check_between(vm, args, "pop", 0, 1, 1)) return Value::error();
  std::vector<Value>& items = self_list(args)->items;
  int64_t i = -1;
  if (args.count == 2 && !index_of(vm, args[1], i, "list")) return Value::error();
  if (items.empty()) return vm.raise(vm.types.IndexError, "pop from empty list");
  if (i < 0) i += static_cast<int64_t>(items.size());
  if (i < 0 || i >= static_cast<int64_t>(items.size())) return vm.raise(vm.types.IndexError, "pop index out of range");
  Value v = items[i];
  items.erase(items.begin() + i);
  return v;
}

Value list_insert(VM& vm, CallArgs args) {
  if (!check_no_keywords(vm, args, "list.insert")) return Value::error();
  if (args.count != 3)
    return vm.raise(vm.types.TypeError, "insert expected 2 arguments, got " + std::to_string(args.count - 1));
  std::vector<Value>& items = self_list(args)->items;
  int64_t i;
  if (!index_of(vm, args[1], i, "list")) return Value::error();
  int64_t n = static_cast<int64_t>(items.size());
  if (i < 0) i = std::max<int64_t>(0, i + n);
  i = std::min(i, n);
  items.insert(items.begin() + i, args[2]);
  return Value::none();
}

int64_t find_index(VM& vm, const std::vector<Value>& items, Value x, bool& failed) {
  failed = false;
  for (size_t i = 0; i < items.size(); ++i) {
    Value eq = values_equal(vm, items[i], x);
    if (eq.is_error()) {
      failed = true;
      return -1;
    }
    if (eq.is_true()) return static_cast<int64_t>(i);
  }
  return -1;
}

Value list_remove(VM& vm, CallArgs args) {
  if (!check_exactly_one(vm, args, "list.remove", 1)) return Value::error();
  std::vector<Value>& items = self_list(args)->items;
  bool failed;
  int64_t i = find_index(vm, items, args[1], failed);
  if (failed) return Value::error();
  if (i < 0) return vm.raise(vm.types.ValueError, "list.remove(x): x not in list");
  items.erase(items.begin() + i);
  return Value::none();
}

Value list_index(VM& vm, CallArgs args) {
  if (!check_exactly_one(vm, args, "list.index", 1)) return Value::error();
  bool failed;
  int64_t i = find_index(vm, self_list(args)->items, args[1], failed);
  if (failed) return Value::error();
  if (i < 0) {
    Value r = repr(vm, args[1]);
    if (r.is_error()) return r;
    return vm.raise(vm.types.ValueError, static_cast<Str*>(r.as_object())->utf8() + " is not in list");
  }
  return Value::from_int(i);
}

Value list_count(VM& vm, CallArgs args) {
  if (!check_exactly_one(vm, args, "list.count", 1)) return Value::error();
  int64_t n = 0;
  for (Value item : self_list(args)->items) {
    Value eq = values_equal(vm, item, args[1]);
    if (eq.is_error()) return eq;
    n += eq.is_true();
  }
  return Value::from_int(n);
}

Value list_clear(VM& vm, CallArgs args) {
  if (!check_none(vm, args, "list.clear", 1)) return Value::error();
  self_list(args)->items.clear();
  return Value::none();
}

Value list_copy(VM& vm, CallArgs args) {
  if (!check_none(vm, args, "list.copy", 1)) return Value::error();
  return Value::from_object(make_list(vm, self_list(args)->items));
}

Value list_reverse(VM& vm, CallArgs args) {
  if (!check_none(vm, args, "list.reverse", 1)) return Value::error();
  std::reverse(self_list(args)->items.begin(), self_list(args)->items.end());
  return Value::none();
}

Value list_sort(VM& vm, CallArgs args) {
  if (args.count != 1) return vm.raise(vm.types.TypeError, "sort() takes no positional arguments");
  if (!check_keywords(vm, args, "sort", {"key", "reverse"})) return Value::error();
  Value reverse = keyword_argument(args, "reverse");
  Value key = keyword_argument(args, "key");
  bool descending = false;
  if (!reverse.is_null()) {
    int t = truthiness(vm, reverse);
    if (t < 0) return Value::error();
    descending = t == 1;
  }
  List* list = self_list(args);
  std::vector<Value> items = list->items;
  // Keys are computed once per item, as CPython does (decorate, sort, undecorate).
  std::vector<Value> keys = items;
  if (!key.is_null() && !key.is_none()) {
    for (size_t i = 0; i < items.size(); ++i) {
      keys[i] = vm.call(key, CallArgs{&items[i], 1, nullptr});
      if (keys[i].is_error()) return Value::error();
    }
  }
  std::vector<size_t> order(items.size());
  for (size_t i = 0; i < order.size(); ++i) order[i] = i;
  // A stable merge sort by `<`; reversing before and after keeps equal items in order.
  if (descending) std::reverse(order.begin(), order.end());
  bool failed = false;
  std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) {
    if (failed) return false;
    Value lt = compare(vm, CompareOp::Lt, keys[a], keys[b]);
    if (lt.is_error()) {
      failed = true;
      return false;
    }
    int t = lt.is_bool() ? lt.as_bool() : truthiness(vm, lt);
    if (t < 0) failed = true;
    return t == 1;
  });
  if (failed) return Value::error();
  if (descending) std::reverse(order.begin(), order.end());
  std::vector<Value> sorted(items.size());
  for (size_t i = 0; i < order.size(); ++i) sorted[i] = items[order[i]];
  list->items = std::move(sorted);
  return Value::none();
}

Value construct_list(VM& vm, CallArgs args) {
  if (!check_between(vm, args, "list", 0, 1)) return Value::error();
  std::vector<Value> items;
  if (args.count == 1 && !collect_items(vm, args[0], items, true)) return Value::error();
  return Value::from_object(make_list(vm, std::move(items)));
}

Value construct_tuple(VM& vm, CallArgs args) {
  if (!check_between(vm, args, "tuple", 0, 1)) return Value::error();
  std::vector<Value> items;
  if (args.count == 1 && !collect_items(vm, args[0], items, true)) return Value::error();
  return Value::from_object(make_tuple(vm, std::move(items)));
}

Value tuple_count(VM& vm, CallArgs args) {
  if (!check_exactly_one(vm, args, "tuple.count", 1)) return Value::error();
  int64_t n = 0;
  for (Value item : static_cast<Tuple*>(args[0].as_object())->items) {
    Value eq = values_equal(vm, item, args[1]);
    if (eq.is_error()) return eq;
    n += eq.is_true();
  }
  return Value::from_int(n);
}

}  // namespace

bool collect_iterable(VM& vm, Value iterable, std::vector<Value>& out) { return collect_items(vm, iterable, out); }

bool collect_iterable_rooted_caller(VM& vm, Value iterable, std::vector<Value>& out) {
  return collect_items(vm, iterable, out, true);
}

void install_list_type(VM& vm) {
  Type* list = vm.types.list;
  list->construct = construct_list;
  add_method(vm, list, "append", list_append);
  add_method(vm, list, "extend", list_extend);
  add_method(vm, list, "pop", list_pop);
  add_method(vm, list, "insert", list_insert);
  add_method(vm, list, "remove", list_remove);
  add_method(vm, list, "index", list_index);
  add_method(vm, list, "count", list_count);
  add_method(vm, list, "clear", list_clear);
  add_method(vm, list, "copy", list_copy);
  add_method(vm, list, "reverse", list_reverse);
  add_method(vm, list, "sort", list_sort);
  vm.types.tuple->construct = construct_tuple;
  add_method(vm, vm.types.tuple, "count", tuple_count);
}

}  // namespace saessak
