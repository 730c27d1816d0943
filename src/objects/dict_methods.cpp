// The methods of `dict`, its views, and calling `dict(...)`.
#include "objects/arguments.h"
#include "objects/dict.h"
#include "objects/exception.h"
#include "objects/function.h"
#include "objects/str.h"
#include "objects/list.h"
#include "objects/protocols.h"
#include "objects/str.h"
#include "vm/vm.h"

namespace saessak {

namespace {

Dict* self_dict(CallArgs args) { return static_cast<Dict*>(args[0].as_object()); }
bool is_dict(Value v) { return v.is_object() && v.as_object()->type->layout == Layout::Dict; }

Value key_error(VM& vm, Value key) {
  return vm.raise_object(vm.heap.make<ExceptionObject>(vm.types.KeyError, make_tuple(vm, {key})));
}

// Anything with keys() is a mapping: its keys, then [key] for each value.
bool merge_mapping(VM& vm, Dict* target, Value source, bool& was_mapping) {
  was_mapping = true;
  if (is_dict(source)) {
    std::vector<Dict::Entry> entries = static_cast<Dict*>(source.as_object())->entries;
    for (const Dict::Entry& e : entries)
      if (!e.key.is_null() && !target->set(vm, e.key, e.value)) return false;
    return true;
  }
  Value keys_method = Value::null();
  if (source.is_object()) {
    Value self;
    keys_method = get_method(vm, source, vm.intern("keys"), self);
    if (keys_method.is_error()) {
      vm.clear_pending_exception();
      was_mapping = false;
      return true;
    }
    if (!self.is_null()) keys_method = Value::from_object(vm.heap.make<BoundMethod>(vm.types.bound_method, self, keys_method));
  } else {
    was_mapping = false;
    return true;
  }
  Value keys = vm.call(keys_method, CallArgs{});
  if (keys.is_error()) return false;
  std::vector<Value> all;
  if (!collect_iterable(vm, keys, all)) return false;
  for (Value k : all) {
    Value v = get_item(vm, source, k);
    if (v.is_error() || !target->set(vm, k, v)) return false;
  }
  return true;
}

// dict.update's argument: a mapping, or an iterable of pairs.
bool merge_into(VM& vm, Dict* target, Value source) {
  bool was_mapping;
  if (!merge_mapping(vm, target, source, was_mapping)) return false;
  if (was_mapping) return true;
  std::vector<Value> items;
  if (!collect_iterable(vm, source, items)) return false;
  for (size_t i = 0; i < items.size(); ++i) {
    std::vector<Value> pair;
    if (!collect_iterable(vm, items[i], pair)) {
      vm.clear_pending_exception();
      vm.raise(vm.types.TypeError, "cannot convert dictionary update sequence element #" + std::to_string(i) + " to a sequence");
      return false;
    }
    if (pair.size() != 2) {
      vm.raise(vm.types.ValueError, "dictionary update sequence element #" + std::to_string(i) + " has length " +
                                        std::to_string(pair.size()) + "; 2 is required");
      return false;
    }
    if (!target->set(vm, pair[0], pair[1])) return false;
  }
  return true;
}

bool merge_keywords(VM& vm, Dict* target, CallArgs args) {
  for (int i = 0; i < args.keyword_count(); ++i)
    if (!target->set(vm, args.kwnames->items[i], args.values[args.count + i])) return false;
  return true;
}

Value construct_dict(VM& vm, CallArgs args) {
  if (args.count > 1) return vm.raise(vm.types.TypeError, "dict expected at most 1 argument, got " + std::to_string(args.count));
  Dict* d = make_dict(vm);
  if (args.count == 1 && !merge_into(vm, d, args[0])) return Value::error();
  if (!merge_keywords(vm, d, args)) return Value::error();
  return Value::from_object(d);
}

Value dict_get(VM& vm, CallArgs args) {
  if (!check_between(vm, args, "get", 1, 2, 1)) return Value::error();
  Value v = self_dict(args)->get(vm, args[1]);
  if (v.is_error()) return v;
  if (v.is_null()) return args.count == 3 ? args[2] : Value::none();
  return v;
}

Value dict_setdefault(VM& vm, CallArgs args) {
  if (!check_between(vm, args, "setdefault", 1, 2, 1)) return Value::error();
  Value v = self_dict(args)->get(vm, args[1]);
  if (v.is_error()) return v;
  if (!v.is_null()) return v;
  Value fallback = args.count == 3 ? args[2] : Value::none();
  if (!self_dict(args)->set(vm, args[1], fallback)) return Value::error();
  return fallback;
}

Value dict_pop(VM& vm, CallArgs args) {
  if (!check_between(vm, args, "pop", 1, 2, 1)) return Value::error();
  Value removed;
  if (!self_dict(args)->remove(vm, args[1], removed)) return Value::error();
  if (removed.is_null()) {
    if (args.count == 3) return args[2];
    return key_error(vm, args[1]);
  }
  return removed;
}

Value dict_popitem(VM& vm, CallArgs args) {
  if (!check_none(vm, args, "dict.popitem", 1)) return Value::error();
  Dict* d = self_dict(args);
  for (size_t i = d->entries.size(); i-- > 0;) {
    if (d->entries[i].key.is_null()) continue;
    Value key = d->entries[i].key, removed;
    if (!d->remove(vm, key, removed)) return Value::error();
    return Value::from_object(make_tuple(vm, {key, removed}));
  }
  return vm.raise(vm.types.KeyError, "popitem(): dictionary is empty");
}

Value dict_update(VM& vm, CallArgs args) {
  if (args.count > 2) return vm.raise(vm.types.TypeError, "update expected at most 1 argument, got " + std::to_string(args.count - 1));
  if (args.count == 2 && !merge_into(vm, self_dict(args), args[1])) return Value::error();
  if (!merge_keywords(vm, self_dict(args), args)) return Value::error();
  return Value::none();
}

Value dict_clear(VM& vm, CallArgs args) {
  if (!check_none(vm, args, "dict.clear", 1)) return Value::error();
  Dict* d = self_dict(args);
  d->note_mutation();
  d->keys_version = Dict::next_keys_version();
  d->entries.clear();
  d->index.clear();
  d->live = 0;
  return Value::none();
}

Value dict_copy(VM& vm, CallArgs args) {
  if (!check_none(vm, args, "dict.copy", 1)) return Value::error();
  Dict* d = make_dict(vm);
  if (!merge_into(vm, d, args[0])) return Value::error();
  return Value::from_object(d);
}

Value dict_fromkeys(VM& vm, CallArgs args) {
  int first = args.count > 0 && args[0].is_object() && args[0].as_object()->type->layout == Layout::Type ? 1 : 0;
  if (args.count - first < 1 || args.count - first > 2)
    return vm.raise(vm.types.TypeError, "fromkeys expected at least 1 argument, got " + std::to_string(args.count - first));
  std::vector<Value> keys;
  if (!collect_iterable(vm, args[first], keys)) return Value::error();
  Value fill = args.count - first == 2 ? args[first + 1] : Value::none();
  Dict* d = make_dict(vm);
  for (Value k : keys)
    if (!d->set(vm, k, fill)) return Value::error();
  return Value::from_object(d);
}

Value make_view(VM& vm, CallArgs args, Type* type, const char* name) {
  if (!check_none(vm, args, name, 1)) return Value::error();
  return Value::from_object(vm.heap.make<DictView>(type, self_dict(args)));
}
Value dict_keys(VM& vm, CallArgs args) { return make_view(vm, args, vm.types.dict_keys, "dict.keys"); }
Value dict_values(VM& vm, CallArgs args) { return make_view(vm, args, vm.types.dict_values, "dict.values"); }
Value dict_items(VM& vm, CallArgs args) { return make_view(vm, args, vm.types.dict_items, "dict.items"); }

}  // namespace

bool dict_update_from(VM& vm, Dict* target, Value mapping) {
  bool was_mapping;
  if (!merge_mapping(vm, target, mapping, was_mapping)) return false;
  if (!was_mapping) {
    vm.raise(vm.types.TypeError, "'" + type_name(vm, mapping) + "' object is not a mapping");
    return false;
  }
  return true;
}

std::vector<Value> dict_view_items(VM& vm, DictView* view) {
  std::vector<Value> out;
  for (const Dict::Entry& e : view->dict->entries) {
    if (e.key.is_null()) continue;
    if (view->type == vm.types.dict_keys) out.push_back(e.key);
    else if (view->type == vm.types.dict_values) out.push_back(e.value);
    else out.push_back(Value::from_object(make_tuple(vm, {e.key, e.value})));
  }
  return out;
}

void install_dict_type(VM& vm) {
  Type* dict = vm.types.dict;
  dict->construct = construct_dict;
  add_method(vm, dict, "get", dict_get);
  add_method(vm, dict, "setdefault", dict_setdefault);
  add_method(vm, dict, "pop", dict_pop);
  add_method(vm, dict, "popitem", dict_popitem);
  add_method(vm, dict, "update", dict_update);
  add_method(vm, dict, "clear", dict_clear);
  add_method(vm, dict, "copy", dict_copy);
  add_method(vm, dict, "keys", dict_keys);
  add_method(vm, dict, "values", dict_values);
  add_method(vm, dict, "items", dict_items);
  dict->attributes->set_str(vm.intern("fromkeys"), Value::from_object(make_native(vm, "fromkeys", dict_fromkeys)));
  vm.types.dict_keys = vm.new_type("dict_keys", vm.types.object, Layout::DictView);
  vm.types.dict_values = vm.new_type("dict_values", vm.types.object, Layout::DictView);
  vm.types.dict_items = vm.new_type("dict_items", vm.types.object, Layout::DictView);
}

}  // namespace saessak
