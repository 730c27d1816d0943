#include "objects/set.h"

#include "objects/arguments.h"
#include "objects/exception.h"
#include "objects/function.h"
#include "objects/list.h"
#include "objects/protocols.h"
#include "objects/str.h"
#include "vm/vm.h"

namespace saessak {

Object* make_set(VM& vm, Type* type) { return vm.heap.make<Dict>(type); }

bool is_set(Value v) { return v.is_object() && v.as_object()->type->layout == Layout::Set; }

bool set_add(VM& vm, Object* set, Value item) { return static_cast<Dict*>(set)->set(vm, item, Value::none()); }

int set_contains(VM& vm, Value set, Value item) {
  Value v = static_cast<Dict*>(set.as_object())->get(vm, item);
  if (v.is_error()) return -1;
  return v.is_null() ? 0 : 1;
}

size_t set_size(Value set) { return static_cast<Dict*>(set.as_object())->size(); }

std::vector<Value> set_items(Value set) {
  std::vector<Value> out;
  for (const Dict::Entry& e : static_cast<Dict*>(set.as_object())->entries)
    if (!e.key.is_null()) out.push_back(e.key);
  return out;
}

int64_t frozenset_hash(Value frozenset) {
  // CPython's frozenset hash, less its table-layout terms: order-independent.
  Dict* set = static_cast<Dict*>(frozenset.as_object());
  uint64_t h = 0;
  for (const Dict::Entry& e : set->entries) {
    if (e.key.is_null()) continue;
    uint64_t x = static_cast<uint64_t>(e.hash);
    h ^= ((x ^ 89869747ull) ^ (x << 16)) * 3644798167ull;
  }
  h ^= (set->size() + 1) * 1927868237ull;
  h ^= (h >> 11) ^ (h >> 25);
  h = h * 69069u + 907133923ull;
  int64_t result = static_cast<int64_t>(h);
  return result == -1 ? 590923713 : result;
}

namespace {

Dict* as_set(Value v) { return static_cast<Dict*>(v.as_object()); }

bool contains(VM& vm, Dict* set, Value item, bool& out) {
  Value v = set->get(vm, item);
  if (v.is_error()) return false;
  out = !v.is_null();
  return true;
}

bool is_subset(VM& vm, Dict* a, Dict* b, bool& out) {
  out = true;
  if (a->size() > b->size()) {
    out = false;
    return true;
  }
  for (const Dict::Entry& e : a->entries) {
    if (e.key.is_null()) continue;
    bool in;
    if (!contains(vm, b, e.key, in)) return false;
    if (!in) {
      out = false;
      return true;
    }
  }
  return true;
}

// A new set of a's type holding a's items that `keep` accepts, then (for | and ^) b's.
Value combine(VM& vm, BinaryOp op, Dict* a, Dict* b, Type* type) {
  Dict* out = static_cast<Dict*>(make_set(vm, type));
  for (const Dict::Entry& e : a->entries) {
    if (e.key.is_null()) continue;
    bool in_b;
    if (!contains(vm, b, e.key, in_b)) return Value::error();
    bool keep = op == BinaryOp::BitOr || (op == BinaryOp::BitAnd && in_b) ||
                ((op == BinaryOp::Sub || op == BinaryOp::BitXor) && !in_b);
    if (keep && !set_add(vm, out, e.key)) return Value::error();
  }
  if (op == BinaryOp::BitOr || op == BinaryOp::BitXor) {
    for (const Dict::Entry& e : b->entries) {
      if (e.key.is_null()) continue;
      bool in_a;
      if (!contains(vm, a, e.key, in_a)) return Value::error();
      if ((op == BinaryOp::BitOr || !in_a) && !set_add(vm, out, e.key)) return Value::error();
    }
  }
  return Value::from_object(out);
}

bool add_all(VM& vm, Dict* set, Value iterable) {
  if (is_set(iterable)) {
    for (const Dict::Entry& e : as_set(iterable)->entries)
      if (!e.key.is_null() && !set_add(vm, set, e.key)) return false;
    return true;
  }
  std::vector<Value> items;
  if (!collect_iterable(vm, iterable, items)) return false;
  for (Value v : items)
    if (!set_add(vm, set, v)) return false;
  return true;
}

Value construct(VM& vm, CallArgs args, Type* type, const char* name) {
  if (!check_between(vm, args, name, 0, 1)) return Value::error();
  Dict* set = static_cast<Dict*>(make_set(vm, type));
  if (args.count == 1 && !add_all(vm, set, args[0])) return Value::error();
  return Value::from_object(set);
}
Value construct_set(VM& vm, CallArgs args) { return construct(vm, args, vm.types.set, "set"); }
Value construct_frozenset(VM& vm, CallArgs args) { return construct(vm, args, vm.types.frozenset, "frozenset"); }

Dict* self_set(CallArgs args) { return as_set(args[0]); }

Value set_add_method(VM& vm, CallArgs args) {
  if (!check_exactly_one(vm, args, "set.add", 1)) return Value::error();
  if (!set_add(vm, self_set(args), args[1])) return Value::error();
  return Value::none();
}

Value remove_impl(VM& vm, CallArgs args, bool must_exist, const char* name) {
  if (!check_exactly_one(vm, args, name, 1)) return Value::error();
  Value removed;
  if (!self_set(args)->remove(vm, args[1], removed)) return Value::error();
  if (removed.is_null() && must_exist) {
    ExceptionObject* e = vm.heap.make<ExceptionObject>(vm.types.KeyError, make_tuple(vm, {args[1]}));
    return vm.raise_object(e);
  }
  return Value::none();
}
Value set_remove(VM& vm, CallArgs args) { return remove_impl(vm, args, true, "set.remove"); }
Value set_discard(VM& vm, CallArgs args) { return remove_impl(vm, args, false, "set.discard"); }

Value set_pop(VM& vm, CallArgs args) {
  if (!check_none(vm, args, "set.pop", 1)) return Value::error();
  Dict* set = self_set(args);
  for (const Dict::Entry& e : set->entries) {
    if (e.key.is_null()) continue;
    Value key = e.key, removed;
    if (!set->remove(vm, key, removed)) return Value::error();
    return key;
  }
  return vm.raise(vm.types.KeyError, "pop from an empty set");
}

Value set_clear(VM& vm, CallArgs args) {
  if (!check_none(vm, args, "set.clear", 1)) return Value::error();
  Dict* set = self_set(args);
  set->entries.clear();
  set->index.clear();
  set->live = 0;
  return Value::none();
}

Value set_copy(VM& vm, CallArgs args) {
  if (!check_none(vm, args, "set.copy", 1)) return Value::error();
  Dict* out = static_cast<Dict*>(make_set(vm, self_set(args)->type));
  if (!add_all(vm, out, args[0])) return Value::error();
  return Value::from_object(out);
}

Value set_update(VM& vm, CallArgs args) {
  if (!check_no_keywords(vm, args, "set.update")) return Value::error();
  for (int i = 1; i < args.count; ++i)
    if (!add_all(vm, self_set(args), args[i])) return Value::error();
  return Value::none();
}

// union, intersection, difference, symmetric_difference accept any iterables.
Value named_operation(VM& vm, CallArgs args, BinaryOp op, const char* name) {
  if (!check_no_keywords(vm, args, name)) return Value::error();
  Value result = args[0];
  for (int i = 1; i < args.count; ++i) {
    Dict* other = static_cast<Dict*>(make_set(vm, vm.types.set));
    if (!add_all(vm, other, args[i])) return Value::error();
    result = combine(vm, op, as_set(result), other, self_set(args)->type);
    if (result.is_error()) return result;
  }
  if (args.count == 1) {
    Dict* copy = static_cast<Dict*>(make_set(vm, self_set(args)->type));
    if (!add_all(vm, copy, args[0])) return Value::error();
    return Value::from_object(copy);
  }
  return result;
}
Value set_union(VM& vm, CallArgs args) { return named_operation(vm, args, BinaryOp::BitOr, "set.union"); }
Value set_intersection(VM& vm, CallArgs args) { return named_operation(vm, args, BinaryOp::BitAnd, "set.intersection"); }
Value set_difference(VM& vm, CallArgs args) { return named_operation(vm, args, BinaryOp::Sub, "set.difference"); }
Value set_symmetric_difference(VM& vm, CallArgs args) {
  if (!check_exactly_one(vm, args, "set.symmetric_difference", 1)) return Value::error();
  return named_operation(vm, args, BinaryOp::BitXor, "set.symmetric_difference");
}

Value subset_method(VM& vm, CallArgs args, bool superset, const char* name) {
  if (!check_exactly_one(vm, args, name, 1)) return Value::error();
  Dict* other = static_cast<Dict*>(make_set(vm, vm.types.set));
  if (!add_all(vm, other, args[1])) return Value::error();
  bool out;
  if (!(superset ? is_subset(vm, other, self_set(args), out) : is_subset(vm, self_set(args), other, out))) return Value::error();
  return Value::from_bool(out);
}
Value set_issubset(VM& vm, CallArgs args) { return subset_method(vm, args, false, "set.issubset"); }
Value set_issuperset(VM& vm, CallArgs args) { return subset_method(vm, args, true, "set.issuperset"); }

Value set_isdisjoint(VM& vm, CallArgs args) {
  if (!check_exactly_one(vm, args, "set.isdisjoint", 1)) return Value::error();
  std::vector<Value> items;
  if (!collect_iterable(vm, args[1], items)) return Value::error();
  for (Value v : items) {
    bool in;
    if (!contains(vm, self_set(args), v, in)) return Value::error();
    if (in) return Value::from_bool(false);
  }
  return Value::from_bool(true);
}

}  // namespace

Value set_binary(VM& vm, BinaryOp op, Value a, Value b, bool inplace) {
  if (!is_set(a) || !is_set(b)) return Value::not_implemented();
  if (op != BinaryOp::BitOr && op != BinaryOp::BitAnd && op != BinaryOp::Sub && op != BinaryOp::BitXor)
    return Value::not_implemented();
  Value result = combine(vm, op, as_set(a), as_set(b), as_set(a)->type);
  if (result.is_error() || !inplace || as_set(a)->type != vm.types.set) return result;
  // In place: the left set takes the result's contents and stays the same object.
  Dict* target = as_set(a);
  Dict* fresh = as_set(result);
  target->entries = fresh->entries;
  target->index = fresh->index;
  target->live = fresh->live;
  return a;
}

Value set_compare(VM& vm, CompareOp op, Value a, Value b) {
  if (!is_set(a) || !is_set(b)) return Value::not_implemented();
  Dict* x = as_set(a);
  Dict* y = as_set(b);
  bool sub, super;
  switch (op) {
    case CompareOp::Eq:
    case CompareOp::Ne:
      if (!is_subset(vm, x, y, sub)) return Value::error();
      return Value::from_bool((sub && x->size() == y->size()) == (op == CompareOp::Eq));
    case CompareOp::Le:
      if (!is_subset(vm, x, y, sub)) return Value::error();
      return Value::from_bool(sub);
    case CompareOp::Lt:
      if (!is_subset(vm, x, y, sub)) return Value::error();
      return Value::from_bool(sub && x->size() < y->size());
    case CompareOp::Ge:
      if (!is_subset(vm, y, x, super)) return Value::error();
      return Value::from_bool(super);
    case CompareOp::Gt:
      if (!is_subset(vm, y, x, super)) return Value::error();
      return Value::from_bool(super && y->size() < x->size());
    default: return Value::not_implemented();
  }
}

Value set_repr(VM& vm, Value set) {
  Dict* s = as_set(set);
  bool frozen = s->type == vm.types.frozenset;
  if (s->size() == 0) return Value::from_object(make_str(vm, frozen ? "frozenset()" : "set()"));
  if (!vm.enter_native_recursion()) return Value::error();
  std::string out = frozen ? "frozenset({" : "{";
  bool first = true;
  for (const Dict::Entry& e : s->entries) {
    if (e.key.is_null()) continue;
    if (!first) out += ", ";
    first = false;
    Value r = repr(vm, e.key);
    if (r.is_error()) {
      vm.leave_native_recursion();
      return r;
    }
    out += static_cast<Str*>(r.as_object())->utf8();
  }
  vm.leave_native_recursion();
  out += frozen ? "})" : "}";
  return Value::from_object(make_str(vm, out));
}

void install_set_type(VM& vm) {
  Type* set = vm.types.set;
  Type* frozen = vm.types.frozenset;
  set->construct = construct_set;
  frozen->construct = construct_frozenset;
  for (Type* t : {set, frozen}) {
    add_method(vm, t, "copy", set_copy);
    add_method(vm, t, "union", set_union);
    add_method(vm, t, "intersection", set_intersection);
    add_method(vm, t, "difference", set_difference);
    add_method(vm, t, "symmetric_difference", set_symmetric_difference);
    add_method(vm, t, "issubset", set_issubset);
    add_method(vm, t, "issuperset", set_issuperset);
    add_method(vm, t, "isdisjoint", set_isdisjoint);
  }
  add_method(vm, set, "add", set_add_method);
  add_method(vm, set, "remove", set_remove);
  add_method(vm, set, "discard", set_discard);
  add_method(vm, set, "pop", set_pop);
  add_method(vm, set, "clear", set_clear);
  add_method(vm, set, "update", set_update);
}

}  // namespace saessak
