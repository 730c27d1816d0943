#include "vm/attribute_cache.h"

#include "objects/classes.h"
#include "objects/dict.h"
#include "objects/str.h"
#include "objects/type_cache.h"
#include "vm/vm.h"

namespace saessak {

namespace {

// The instance dictionary of a plain instance of a Python class, or null.
Dict* plain_instance_dict(Value object, const Type* type) {
  if (!object.is_object()) return nullptr;
  Object* o = object.as_object();
  if (o->type != type || type->layout != Layout::Instance) return nullptr;
  return static_cast<Instance*>(o)->dict;
}

bool is_dunder(const Str* name) { return name->length >= 2 && name->at(0) == '_' && name->at(1) == '_'; }

// What the entry would hold for `name` on `type`; Empty when the outcome is not a plain one.
AttributeCacheEntry::Kind classify(Value object, Str* name, const Str* hook, Value& method) {
  if (!object.is_object() || !name->interned || is_dunder(name)) return AttributeCacheEntry::Kind::Empty;
  Type* type = object.as_object()->type;
  if (!type->is_heap_type || type->layout != Layout::Instance || type->mro.empty()) return AttributeCacheEntry::Kind::Empty;
  if (!plain_instance_dict(object, type)) return AttributeCacheEntry::Kind::Empty;
  if (!lookup_python_dunder(type, hook).is_null()) return AttributeCacheEntry::Kind::Empty;
  Value attr = lookup_in_mro(type, name);
  if (attr.is_null()) return AttributeCacheEntry::Kind::InstanceDict;
  if (attr.is_object() && attr.as_object()->type->layout == Layout::Function) {
    method = attr;
    return AttributeCacheEntry::Kind::Method;
  }
  return AttributeCacheEntry::Kind::Empty;
}

// The second level, shared by every instruction: (type, name, load or store) -> the entry. A site
// that sees several types (a method called on objects of sibling classes) refills its own
// entry from here instead of repeating the full lookup.
struct SharedEntry {
  const Str* name = nullptr;
  bool store = false;
  AttributeCacheEntry entry;
};
constexpr size_t kSharedEntries = 2048;  // a power of two
SharedEntry shared[kSharedEntries];

SharedEntry& shared_slot(const Type* type, const Str* name, bool store) {
  uint64_t h = (reinterpret_cast<uintptr_t>(type) ^ (reinterpret_cast<uintptr_t>(name) << 1) ^ (store ? 1 : 0)) *
               0x9E3779B97F4A7C15ull;
  return shared[h >> 53];  // the top 11 bits
}

// Refills `entry` from the shared level when it knows this object's type; false if not.
bool refill(AttributeCacheEntry& entry, Value object, Str* name, bool store) {
  if (!object.is_object()) return false;
  const Type* type = object.as_object()->type;
  SharedEntry& s = shared_slot(type, name, store);
  if (s.name != name || s.store != store || s.entry.type != type || s.entry.epoch != type_cache::epoch) return false;
  entry = s.entry;
  return true;
}

// The instance dict an instance-kind entry applies to: the entry's own type, or else the shared
// level's answer for this object's type; null when neither knows it.
Dict* entry_dict(AttributeCacheEntry& entry, Value object, Str* name, bool store) {
  if (entry.epoch == type_cache::epoch)
    if (Dict* dict = plain_instance_dict(object, entry.type)) return dict;
  if (!refill(entry, object, name, store)) return nullptr;
  return plain_instance_dict(object, entry.type);
}

void remember(AttributeCacheEntry& entry, const AttributeCacheEntry& value, Str* name, bool store) {
  entry = value;
  SharedEntry& s = shared_slot(value.type, name, store);
  s = {name, store, value};
}

}  // namespace

namespace {

// The exact built-in type whose methods a BuiltinMethod entry may hold, or null: types whose
// instances are objects without a __dict__ (heap types, classes, modules, functions and
// exceptions can carry attributes of their own, so they never qualify).
const Type* builtin_receiver_type(Value object) {
  if (!object.is_object()) return nullptr;
  const Type* type = object.as_object()->type;
  if (type->is_heap_type) return nullptr;
  switch (type->layout) {
    case Layout::Str: case Layout::List: case Layout::Dict: case Layout::Tuple: case Layout::Set: return type;
    default: return nullptr;
  }
}

}  // namespace

void attribute_cache_fill_builtin_method(VM& vm, AttributeCacheEntry& entry, Value object, Str* name, Value method,
                                         Value self) {
  const Type* type = builtin_receiver_type(object);
  if (!type || !name->interned || is_dunder(name) || !(self == object)) return;
  if (!method.is_object() || method.as_object()->type->layout != Layout::Native) return;
  entry = {type, type_cache::epoch, method, AttributeCacheEntry::Kind::BuiltinMethod};
}

bool attribute_cache_load(AttributeCacheEntry& entry, Value object, Str* name, Value& result, Value& self) {
  if (entry.kind == AttributeCacheEntry::Kind::BuiltinMethod) {
    if (entry.epoch != type_cache::epoch || !object.is_object() || object.as_object()->type != entry.type) return false;
    result = entry.method;
    self = object;
    return true;
  }
  Dict* dict = entry_dict(entry, object, name, false);
  if (!dict) return false;
  Value own = dict->get_str(name);
  if (entry.kind == AttributeCacheEntry::Kind::InstanceDict) {
    if (own.is_null()) return false;  // not there: __getattr__ or the AttributeError, the long way
    result = own;
    return true;
  }
  if (!own.is_null()) return false;  // the instance shadows the method
  result = entry.method;
  self = object;
  return true;
}

void attribute_cache_fill_load(VM& vm, AttributeCacheEntry& entry, Value object, Str* name) {
  Value method;
  AttributeCacheEntry::Kind kind = classify(object, name, vm.intern("__getattribute__"), method);
  if (kind == AttributeCacheEntry::Kind::Empty) return;
  remember(entry, {object.as_object()->type, type_cache::epoch, method, kind}, name, false);
}

bool attribute_cache_store(AttributeCacheEntry& entry, Value object, Str* name, Value value) {
  Dict* dict = entry_dict(entry, object, name, true);
  if (!dict) return false;
  dict->set_str(name, value);
  return true;
}

void attribute_cache_fill_store(VM& vm, AttributeCacheEntry& entry, Value object, Str* name) {
  Value method;
  AttributeCacheEntry::Kind kind = classify(object, name, vm.intern("__setattr__"), method);
  if (kind == AttributeCacheEntry::Kind::Empty) return;
  // A store goes to the instance dict whether the class has nothing or a plain function there.
  remember(entry, {object.as_object()->type, type_cache::epoch, Value(), AttributeCacheEntry::Kind::InstanceDict}, name,
           true);
}

}  // namespace saessak
