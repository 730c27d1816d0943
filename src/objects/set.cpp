// `set` and `frozenset`. The table (set_table.cpp) decides where each key lands; this file
// decides which keys are added, in which order, and from which table: the same choices as
// CPython 3.11's Objects/setobject.c, since they show up in every printed set. Notable ones:
//
//   * copying or updating from another set (set_merge) reinserts in the source's slot order,
//     after one up-front resize, and copies the layout outright when the sizes match;
//   * updating from a dict walks its entries with their stored hashes, after one resize;
//   * `a & b` walks the smaller operand and looks up in the larger;
//   * `a - b` builds a new set from a's order, unless a is more than 4x larger than b: then it
//     copies a and discards b's keys (leaving dummies, and possibly shrinking the table);
//   * `a ^ b` copies b and then toggles a's keys into it;
//   * the in-place forms mutate the left set (`&=` swaps in a freshly built intersection).
#include "objects/set.h"

#include <string>
#include <utility>

#include "objects/arguments.h"
#include "objects/exception.h"
#include "objects/function.h"
#include "objects/list.h"
#include "objects/protocols.h"
#include "objects/str.h"
#include "vm/vm.h"

namespace saessak {

namespace {

Set* as_set(Value v) { return static_cast<Set*>(v.as_object()); }
bool is_dict(Value v) { return v.is_object() && v.as_object()->type->layout == Layout::Dict; }
Set* new_set(VM& vm, Type* type) { return vm.heap.make<Set>(type); }
size_t size_of(const Set* s) { return s->table.size(); }

int compare_keys(void* vm, Value stored, Value key) {
  Value eq = values_equal(*static_cast<VM*>(vm), stored, key);
  if (eq.is_error()) return -1;
  return eq.is_true() ? 1 : 0;
}
KeyEquality equality(VM& vm) { return {compare_keys, &vm}; }

// Tells the collector about table growth, as the other containers do.
class GrowthNote {
 public:
  GrowthNote(VM& vm, const Set* s) : vm_(vm), set_(s), before_(s->table.slots().capacity()) {}
  ~GrowthNote() {
    size_t now = set_->table.slots().capacity();
    if (now > before_) vm_.heap.note_allocation((now - before_) * sizeof(SetSlot));
  }
  GrowthNote(const GrowthNote&) = delete;
  GrowthNote& operator=(const GrowthNote&) = delete;

 private:
  VM& vm_;
  const Set* set_;
  size_t before_;
};

[[nodiscard]] bool add_entry(VM& vm, Set* s, Value key, int64_t hash) {
  GrowthNote note(vm, s);
  return s->table.add(key, hash, equality(vm));
}

[[nodiscard]] bool add_key(VM& vm, Set* s, Value key) {
  int64_t hash;
  if (!hash_value(vm, key, hash)) return false;
  return add_entry(vm, s, key, hash);
}

// 1, 0, or -1 on error (an unhashable key included).
[[nodiscard]] int contains_key(VM& vm, Set* s, Value key) {
  int64_t hash;
  if (!hash_value(vm, key, hash)) return -1;
  return s->table.contains(key, hash, equality(vm));
}

[[nodiscard]] int discard_key(VM& vm, Set* s, Value key) {
  int64_t hash;
  if (!hash_value(vm, key, hash)) return -1;
  return s->table.discard(key, hash, equality(vm));
}

[[nodiscard]] bool merge(VM& vm, Set* s, const Set* other) {
  GrowthNote note(vm, s);
  return s->table.merge(other->table, equality(vm));
}

// set_update_internal: what `s.update(x)`, `set(x)` and `s |= x` do with one iterable.
[[nodiscard]] bool update_internal(VM& vm, Set* s, Value other) {
  if (is_set(other)) return merge(vm, s, as_set(other));
  if (is_dict(other)) {
    Dict* d = static_cast<Dict*>(other.as_object());
    {
      GrowthNote note(vm, s);
      s->table.prepare_for(d->size());
    }
    for (size_t i = 0; i < d->entries.size(); ++i) {
      const Dict::Entry e = d->entries[i];
      if (!e.key.is_null() && !add_entry(vm, s, e.key, e.hash)) return false;
    }
    return true;
  }
  Value it = get_iterator(vm, other);
  if (it.is_error()) return false;
  while (true) {
    Value item = iterator_next(vm, it);
    if (item.is_error()) return false;
    if (item.is_null()) return true;
    if (!add_key(vm, s, item)) return false;
  }
}

// make_new_set: a new set of `type`, filled from `iterable` unless it is null.
Set* make_new(VM& vm, Type* type, Value iterable) {
  Set* s = new_set(vm, type);
  if (!iterable.is_null() && !update_internal(vm, s, iterable)) return nullptr;
  return s;
}

Set* copy_of(VM& vm, Set* s) { return make_new(vm, s->type, Value::from_object(s)); }

// Calls `visit(key, hash)` for each live key in slot order; stops early when it returns
// anything but 0 and returns that.
template <class Visit>
int each_entry(const Set* s, Visit visit) {
  size_t pos = 0;
  SetSlot slot;
  while (s->table.next(pos, slot)) {
    int r = visit(slot.key, slot.hash);
    if (r != 0) return r;
  }
  return 0;
}

// The same for any iterable: 0 when exhausted, -1 on error, or what `visit` stopped with.
template <class Visit>
int each_item(VM& vm, Value iterable, Visit visit) {
  Value it = get_iterator(vm, iterable);
  if (it.is_error()) return -1;
  while (true) {
    Value item = iterator_next(vm, it);
    if (item.is_error()) return -1;
    if (item.is_null()) return 0;
    int r = visit(item);
    if (r != 0) return r;
  }
}

Set* intersection(VM& vm, Set* s, Value other) {
  if (other == Value::from_object(s)) return copy_of(vm, s);
  Set* result = new_set(vm, s->type);
  if (is_set(other)) {
    Set* big = s;
    Set* small = as_set(other);
    if (size_of(small) > size_of(big)) std::swap(big, small);
    int r = each_entry(small, [&](Value key, int64_t hash) {
      int in = big->table.contains(key, hash, equality(vm));
      if (in <= 0) return in;
      return add_entry(vm, result, key, hash) ? 0 : -1;
    });
    return r < 0 ? nullptr : result;
  }
  int r = each_item(vm, other, [&](Value item) {
    int64_t hash;
    if (!hash_value(vm, item, hash)) return -1;
    int in = s->table.contains(item, hash, equality(vm));
    if (in <= 0) return in;
    if (!add_entry(vm, result, item, hash)) return -1;
    return size_of(result) >= size_of(s) ? 1 : 0;  // nothing more can be found
  });
  return r < 0 ? nullptr : result;
}

Set* intersection_multi(VM& vm, Set* s, CallArgs args) {
  if (args.count == 1) return copy_of(vm, s);
  Set* result = s;
  for (int i = 1; i < args.count && result; ++i) result = intersection(vm, result, args[i]);
  return result;
}

void swap_in(Set* s, Set* fresh) {
  s->table.swap_contents(fresh->table);
  s->hash = fresh->hash = -1;
}

[[nodiscard]] bool difference_update_internal(VM& vm, Set* s, Value other) {
  if (other == Value::from_object(s)) {
    s->table.clear();
    return true;
  }
  if (is_set(other)) {
    Set* o = as_set(other);
    // When the other set is more than 8 times larger, discard only the common keys.
    if ((size_of(o) >> 3) > size_of(s)) {
      o = intersection(vm, s, other);
      if (!o) return false;
    }
    int r = each_entry(o, [&](Value key, int64_t hash) { return s->table.discard(key, hash, equality(vm)) < 0 ? -1 : 0; });
    if (r < 0) return false;
  } else {
    int r = each_item(vm, other, [&](Value item) { return discard_key(vm, s, item) < 0 ? -1 : 0; });
    if (r < 0) return false;
  }
  s->table.purge_dummies_if_many();
  return true;
}

Set* copy_and_difference(VM& vm, Set* s, Value other) {
  Set* result = copy_of(vm, s);
  if (!result || !difference_update_internal(vm, result, other)) return nullptr;
  return result;
}

Set* difference(VM& vm, Set* s, Value other) {
  size_t other_size;
  if (is_set(other)) other_size = size_of(as_set(other));
  else if (is_dict(other)) other_size = static_cast<Dict*>(other.as_object())->size();
  else return copy_and_difference(vm, s, other);
  // Much larger than the other: cheaper to copy and discard the other's keys.
  if ((size_of(s) >> 2) > other_size) return copy_and_difference(vm, s, other);
  Set* result = new_set(vm, s->type);
  int r;
  if (is_dict(other)) {
    Dict* d = static_cast<Dict*>(other.as_object());
    r = each_entry(s, [&](Value key, int64_t hash) {
      Value found = d->get(vm, key);
      if (found.is_error()) return -1;
      if (!found.is_null()) return 0;
      return add_entry(vm, result, key, hash) ? 0 : -1;
    });
  } else {
    Set* o = as_set(other);
    r = each_entry(s, [&](Value key, int64_t hash) {
      int in = o->table.contains(key, hash, equality(vm));
      if (in < 0) return -1;
      if (in > 0) return 0;
      return add_entry(vm, result, key, hash) ? 0 : -1;
    });
  }
  return r < 0 ? nullptr : result;
}

Set* difference_multi(VM& vm, Set* s, CallArgs args) {
  if (args.count == 1) return copy_of(vm, s);
  Set* result = difference(vm, s, args[1]);
  for (int i = 2; i < args.count && result; ++i)
    if (!difference_update_internal(vm, result, args[i])) return nullptr;
  return result;
}

// Removes the key when present, else adds it.
int toggle(VM& vm, Set* s, Value key, int64_t hash) {
  int removed = s->table.discard(key, hash, equality(vm));
  if (removed < 0) return -1;
  if (removed == 0 && !add_entry(vm, s, key, hash)) return -1;
  return 0;
}

[[nodiscard]] bool symmetric_difference_update(VM& vm, Set* s, Value other) {
  if (other == Value::from_object(s)) {
    s->table.clear();
    return true;
  }
  if (is_dict(other)) {
    Dict* d = static_cast<Dict*>(other.as_object());
    for (size_t i = 0; i < d->entries.size(); ++i) {
      const Dict::Entry e = d->entries[i];
      if (!e.key.is_null() && toggle(vm, s, e.key, e.hash) < 0) return false;
    }
    return true;
  }
  Set* o = is_set(other) ? as_set(other) : make_new(vm, s->type, other);
  if (!o) return false;
  return each_entry(o, [&](Value key, int64_t hash) { return toggle(vm, s, key, hash); }) == 0;
}

Set* symmetric_difference(VM& vm, Set* s, Value other) {
  Set* result = make_new(vm, s->type, other);
  if (!result || !symmetric_difference_update(vm, result, Value::from_object(s))) return nullptr;
  return result;
}

// 1, 0, or -1 on error.
int is_subset(VM& vm, Set* s, Value other) {
  if (!is_set(other)) {
    Set* tmp = make_new(vm, vm.types.set, other);
    if (!tmp) return -1;
    other = Value::from_object(tmp);
  }
  Set* o = as_set(other);
  if (size_of(s) > size_of(o)) return 0;
  int r = each_entry(s, [&](Value key, int64_t hash) {
    int in = o->table.contains(key, hash, equality(vm));
    return in < 0 ? -1 : in == 0 ? 1 : 0;
  });
  return r < 0 ? -1 : r == 0 ? 1 : 0;
}

int is_superset(VM& vm, Set* s, Value other) {
  if (is_set(other)) return is_subset(vm, as_set(other), Value::from_object(s));
  int r = each_item(vm, other, [&](Value item) {
    int in = contains_key(vm, s, item);
    return in < 0 ? -1 : in == 0 ? 1 : 0;
  });
  return r < 0 ? -1 : r == 0 ? 1 : 0;
}

int is_disjoint(VM& vm, Set* s, Value other) {
  if (other == Value::from_object(s)) return size_of(s) == 0;
  int r;
  if (is_set(other)) {
    Set* big = s;
    Set* small = as_set(other);
    if (size_of(small) > size_of(big)) std::swap(big, small);
    r = each_entry(small, [&](Value key, int64_t hash) { return big->table.contains(key, hash, equality(vm)); });
  } else {
    r = each_item(vm, other, [&](Value item) { return contains_key(vm, s, item); });
  }
  return r < 0 ? -1 : r == 0 ? 1 : 0;
}

// `x in s`, s.remove(x) and s.discard(x) look a mutable set up as the equal frozenset.
Value lookup_key(VM& vm, Value key) {
  if (!is_set(key) || key.as_object()->type != vm.types.set) return key;
  Set* frozen = make_new(vm, vm.types.frozenset, key);
  return frozen ? Value::from_object(frozen) : Value::error();
}

Value result_of(Set* s) { return s ? Value::from_object(s) : Value::error(); }
Value bool_result(int r) { return r < 0 ? Value::error() : Value::from_bool(r == 1); }

// ---- the Python-visible methods ----

Set* self_set(CallArgs args) { return as_set(args[0]); }
std::string method_name(CallArgs args, const char* name) { return self_set(args)->type->name + "." + name; }

Value construct(VM& vm, CallArgs args, Type* type) {
  if (!check_between(vm, args, type->name, 0, 1)) return Value::error();
  if (args.count == 0) return Value::from_object(new_set(vm, type));
  // frozenset(f) is f itself.
  if (type == vm.types.frozenset && is_set(args[0]) && args[0].as_object()->type == type) return args[0];
  return result_of(make_new(vm, type, args[0]));
}
Value construct_set(VM& vm, CallArgs args) { return construct(vm, args, vm.types.set); }
Value construct_frozenset(VM& vm, CallArgs args) { return construct(vm, args, vm.types.frozenset); }

Value set_add_method(VM& vm, CallArgs args) {
  if (!check_exactly_one(vm, args, "set.add", 1)) return Value::error();
  if (!add_key(vm, self_set(args), args[1])) return Value::error();
  return Value::none();
}

Value set_remove(VM& vm, CallArgs args) {
  if (!check_exactly_one(vm, args, "set.remove", 1)) return Value::error();
  Value key = lookup_key(vm, args[1]);
  if (key.is_error()) return key;
  int removed = discard_key(vm, self_set(args), key);
  if (removed < 0) return Value::error();
  if (removed == 0) {
    ExceptionObject* e = vm.heap.make<ExceptionObject>(vm.types.KeyError, make_tuple(vm, {args[1]}));
    return vm.raise_object(e);
  }
  return Value::none();
}

Value set_discard(VM& vm, CallArgs args) {
  if (!check_exactly_one(vm, args, "set.discard", 1)) return Value::error();
  Value key = lookup_key(vm, args[1]);
  if (key.is_error()) return key;
  if (discard_key(vm, self_set(args), key) < 0) return Value::error();
  return Value::none();
}

Value set_pop(VM& vm, CallArgs args) {
  if (!check_none(vm, args, "set.pop", 1)) return Value::error();
  Set* s = self_set(args);
  if (size_of(s) == 0) return vm.raise(vm.types.KeyError, "pop from an empty set");
  return s->table.pop();
}

Value set_clear(VM& vm, CallArgs args) {
  if (!check_none(vm, args, "set.clear", 1)) return Value::error();
  self_set(args)->table.clear();
  return Value::none();
}

Value set_copy(VM& vm, CallArgs args) {
  if (!check_none(vm, args, method_name(args, "copy"), 1)) return Value::error();
  Set* s = self_set(args);
  if (s->type == vm.types.frozenset) return args[0];  // immutable: the copy is itself
  return result_of(copy_of(vm, s));
}

Value set_update_method(VM& vm, CallArgs args) {
  if (!check_no_keywords(vm, args, "set.update")) return Value::error();
  for (int i = 1; i < args.count; ++i)
    if (!update_internal(vm, self_set(args), args[i])) return Value::error();
  return Value::none();
}

Value set_union(VM& vm, CallArgs args) {
  if (!check_no_keywords(vm, args, method_name(args, "union"))) return Value::error();
  Set* result = copy_of(vm, self_set(args));
  for (int i = 1; i < args.count && result; ++i) {
    if (args[i] == args[0]) continue;
    if (!update_internal(vm, result, args[i])) return Value::error();
  }
  return result_of(result);
}

Value set_intersection(VM& vm, CallArgs args) {
  if (!check_no_keywords(vm, args, method_name(args, "intersection"))) return Value::error();
  return result_of(intersection_multi(vm, self_set(args), args));
}

Value set_intersection_update(VM& vm, CallArgs args) {
  if (!check_no_keywords(vm, args, "set.intersection_update")) return Value::error();
  Set* fresh = intersection_multi(vm, self_set(args), args);
  if (!fresh) return Value::error();
  swap_in(self_set(args), fresh);
  return Value::none();
}

Value set_difference(VM& vm, CallArgs args) {
  if (!check_no_keywords(vm, args, method_name(args, "difference"))) return Value::error();
  return result_of(difference_multi(vm, self_set(args), args));
}

Value set_difference_update(VM& vm, CallArgs args) {
  if (!check_no_keywords(vm, args, "set.difference_update")) return Value::error();
  for (int i = 1; i < args.count; ++i)
    if (!difference_update_internal(vm, self_set(args), args[i])) return Value::error();
  return Value::none();
}

Value set_symmetric_difference(VM& vm, CallArgs args) {
  if (!check_exactly_one(vm, args, method_name(args, "symmetric_difference"), 1)) return Value::error();
  return result_of(symmetric_difference(vm, self_set(args), args[1]));
}

Value set_symmetric_difference_update(VM& vm, CallArgs args) {
  if (!check_exactly_one(vm, args, "set.symmetric_difference_update", 1)) return Value::error();
  if (!symmetric_difference_update(vm, self_set(args), args[1])) return Value::error();
  return Value::none();
}

Value set_issubset(VM& vm, CallArgs args) {
  if (!check_exactly_one(vm, args, method_name(args, "issubset"), 1)) return Value::error();
  return bool_result(is_subset(vm, self_set(args), args[1]));
}

Value set_issuperset(VM& vm, CallArgs args) {
  if (!check_exactly_one(vm, args, method_name(args, "issuperset"), 1)) return Value::error();
  return bool_result(is_superset(vm, self_set(args), args[1]));
}

Value set_isdisjoint(VM& vm, CallArgs args) {
  if (!check_exactly_one(vm, args, method_name(args, "isdisjoint"), 1)) return Value::error();
  return bool_result(is_disjoint(vm, self_set(args), args[1]));
}

}  // namespace

// ---- the VM-facing functions ----

Object* make_set(VM& vm, Type* type) { return new_set(vm, type); }

bool is_set(Value v) { return v.is_object() && v.as_object()->type->layout == Layout::Set; }

bool set_add(VM& vm, Object* set, Value item) { return add_key(vm, static_cast<Set*>(set), item); }

int set_contains(VM& vm, Value set, Value item) {
  Value key = lookup_key(vm, item);
  if (key.is_error()) return -1;
  return contains_key(vm, as_set(set), key);
}

size_t set_size(Value set) { return size_of(as_set(set)); }

std::vector<Value> set_items(Value set) {
  std::vector<Value> out;
  out.reserve(set_size(set));
  each_entry(as_set(set), [&](Value key, int64_t) {
    out.push_back(key);
    return 0;
  });
  return out;
}

int64_t frozenset_hash(Value frozenset) {
  Set* s = as_set(frozenset);
  if (s->hash == -1) s->hash = s->table.frozenset_hash();
  return s->hash;
}

Value set_binary(VM& vm, BinaryOp op, Value a, Value b, bool inplace) {
  if (!is_set(a) || !is_set(b)) return Value::not_implemented();
  Set* s = as_set(a);
  // frozenset has no in-place forms: `f |= g` rebinds f to a new frozenset.
  bool in_place = inplace && s->type == vm.types.set;
  switch (op) {
    case BinaryOp::BitOr: {
      if (in_place) return update_internal(vm, s, b) ? a : Value::error();
      Set* result = copy_of(vm, s);
      if (result && !(a == b) && !update_internal(vm, result, b)) return Value::error();
      return result_of(result);
    }
    case BinaryOp::BitAnd: {
      Set* result = intersection(vm, s, b);
      if (!result || !in_place) return result_of(result);
      swap_in(s, result);
      return a;
    }
    case BinaryOp::Sub:
      if (in_place) return difference_update_internal(vm, s, b) ? a : Value::error();
      return result_of(difference(vm, s, b));
    case BinaryOp::BitXor:
      if (in_place) return symmetric_difference_update(vm, s, b) ? a : Value::error();
      return result_of(symmetric_difference(vm, s, b));
    default: return Value::not_implemented();
  }
}

Value set_compare(VM& vm, CompareOp op, Value a, Value b) {
  if (!is_set(a) || !is_set(b)) return Value::not_implemented();
  Set* x = as_set(a);
  Set* y = as_set(b);
  switch (op) {
    case CompareOp::Eq:
    case CompareOp::Ne: {
      bool eq_result;
      if (size_of(x) != size_of(y) || (x->hash != -1 && y->hash != -1 && x->hash != y->hash)) {
        eq_result = false;
      } else {
        int r = is_subset(vm, x, b);
        if (r < 0) return Value::error();
        eq_result = r == 1;
      }
      return Value::from_bool(eq_result == (op == CompareOp::Eq));
    }
    case CompareOp::Le: return bool_result(is_subset(vm, x, b));
    case CompareOp::Ge: return bool_result(is_superset(vm, x, b));
    case CompareOp::Lt:
      if (size_of(x) >= size_of(y)) return Value::from_bool(false);
      return bool_result(is_subset(vm, x, b));
    case CompareOp::Gt:
      if (size_of(x) <= size_of(y)) return Value::from_bool(false);
      return bool_result(is_superset(vm, x, b));
    default: return Value::not_implemented();
  }
}

Value set_repr(VM& vm, Value set) {
  Set* s = as_set(set);
  bool frozen = s->type == vm.types.frozenset;
  if (size_of(s) == 0) return Value::from_object(make_str(vm, frozen ? "frozenset()" : "set()"));
  if (!vm.enter_native_recursion()) return Value::error();
  std::string out = frozen ? "frozenset({" : "{";
  bool first = true;
  int r = each_entry(s, [&](Value key, int64_t) {
    if (!first) out += ", ";
    first = false;
    Value text = repr(vm, key);
    if (text.is_error()) return -1;
    out += static_cast<Str*>(text.as_object())->utf8();
    return 0;
  });
  vm.leave_native_recursion();
  if (r < 0) return Value::error();
  out += frozen ? "})" : "}";
  return Value::from_object(make_str(vm, out));
}

bool set_update(VM& vm, Object* set, Value iterable) { return update_internal(vm, static_cast<Set*>(set), iterable); }

Value frozenset_from_constants(VM& vm, const Value* items, size_t count) {
  // The compiler's frozenset: the items added in source order...
  Set* folded = new_set(vm, vm.types.frozenset);
  for (size_t i = 0; i < count; ++i)
    if (!add_key(vm, folded, items[i])) return Value::error();
  // ...then rebuilt from its own iteration order by constant merging.
  Tuple* order = make_tuple(vm, set_items(Value::from_object(folded)));
  return result_of(make_new(vm, vm.types.frozenset, Value::from_object(order)));
}

Value make_set_from_constants(VM& vm, const Value* items, size_t count) {
  Value folded = frozenset_from_constants(vm, items, count);
  if (folded.is_error()) return folded;
  return result_of(make_new(vm, vm.types.set, folded));  // BUILD_SET 0; SET_UPDATE
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
  add_method(vm, set, "update", set_update_method);
  add_method(vm, set, "intersection_update", set_intersection_update);
  add_method(vm, set, "difference_update", set_difference_update);
  add_method(vm, set, "symmetric_difference_update", set_symmetric_difference_update);
}

}  // namespace saessak
