#include "objects/classes.h"

#include <algorithm>

#include "objects/arguments.h"
#include "objects/builtin_subclass.h"
#include "objects/exception.h"
#include "objects/list.h"
#include "objects/protocols.h"
#include "objects/special_attributes.h"
#include "objects/str.h"
#include "objects/type_cache.h"
#include "vm/traceback.h"
#include "vm/vm.h"

namespace saessak {

namespace {

// The walks themselves; the public functions put a cache in front of them.
Value walk_mro(const Type* type, const Str* name) {
  if (!type->mro.empty()) {
    for (const Type* t : type->mro) {
      if (!t->attributes) continue;
      Value v = t->attributes->get_str(name);
      if (!v.is_null()) return v;
    }
    return Value::null();
  }
  for (const Type* t = type; t; t = t->base) {
    if (!t->attributes) continue;
    Value v = t->attributes->get_str(name);
    if (!v.is_null()) return v;
  }
  return Value::null();
}

Value walk_python_classes(const Type* type, const Str* name) {
  if (!type->is_heap_type) return Value::null();
  for (const Type* t : type->mro) {
    if (!t->is_heap_type) return Value::null();  // built-in bases keep their native behaviour
    Value v = t->attributes->get_str(name);
    if (!v.is_null()) return v;
  }
  return Value::null();
}

// Only complete types (MRO set) and interned names are cached: a non-interned name could be
// freed and its address reused by another string.
Value cached_walk(const Type* type, const Str* name, type_cache::Walk walk) {
  bool cacheable = name->interned && !type->mro.empty();
  if (!cacheable)
    return walk == type_cache::Walk::WholeMro ? walk_mro(type, name) : walk_python_classes(type, name);
  type_cache::Entry& e = type_cache::slot_for(type, name, walk);
  if (e.epoch == type_cache::epoch && e.type == type && e.name == name && e.walk == walk) return e.value;
  Value v = walk == type_cache::Walk::WholeMro ? walk_mro(type, name) : walk_python_classes(type, name);
  // The answer depends on every dict along the MRO: their mutations must move the epoch on.
  for (const Type* t : type->mro)
    if (t->attributes) t->attributes->watched_by_type_cache = true;
  e = {type, name, type_cache::epoch, walk, v};
  return v;
}

}  // namespace

Value lookup_in_mro(const Type* type, const Str* name) { return cached_walk(type, name, type_cache::Walk::WholeMro); }

Value lookup_python_dunder(const Type* type, const Str* name) {
  return cached_walk(type, name, type_cache::Walk::PythonClassesOnly);
}

void ensure_mro(Type* type) {
  if (!type->mro.empty()) return;
  for (Type* t = type; t; t = t->base) type->mro.push_back(t);
  type_cache::invalidate();
}

Dict* instance_dict(Value object) {
  if (!object.is_object()) return nullptr;
  Object* o = object.as_object();
  switch (o->type->layout) {
    case Layout::Instance: return static_cast<Instance*>(o)->dict;
    case Layout::Exception: return static_cast<ExceptionObject*>(o)->dict;
    case Layout::List: return static_cast<Dict*>(static_cast<List*>(o)->attributes);
    case Layout::Dict: return static_cast<Dict*>(o)->attributes;
    case Layout::Tuple: return static_cast<Dict*>(static_cast<Tuple*>(o)->attributes);
    case Layout::Str: return static_cast<Dict*>(static_cast<Str*>(o)->attributes);
    case Layout::BoxedNumber: return static_cast<BoxedNumber*>(o)->dict;
    default: return nullptr;
  }
}

namespace {

bool has_layout(Value v, Layout layout) { return v.is_object() && v.as_object()->type->layout == layout; }

std::string str_of(Value v) { return static_cast<Str*>(v.as_object())->utf8(); }

// C3 linearization: the class, then a merge of its bases' MROs that keeps every base
// before its own bases and the bases in the order written.
bool compute_mro(VM& vm, Type* type) {
  std::vector<std::vector<Type*>> sequences;
  for (Type* b : type->bases) sequences.push_back(b->mro);
  sequences.push_back(type->bases);
  std::vector<Type*> result{type};
  while (true) {
    sequences.erase(std::remove_if(sequences.begin(), sequences.end(), [](const auto& s) { return s.empty(); }),
                    sequences.end());
    if (sequences.empty()) break;
    Type* chosen = nullptr;
    for (const auto& candidate : sequences) {
      Type* head = candidate[0];
      bool in_tail = false;
      for (const auto& other : sequences)
        in_tail = in_tail || std::find(other.begin() + 1, other.end(), head) != other.end();
      if (!in_tail) {
        chosen = head;
        break;
      }
    }
    if (!chosen) {
      std::vector<std::string> names;
      for (const auto& s : sequences)
        if (std::find(names.begin(), names.end(), s[0]->name) == names.end()) names.push_back(s[0]->name);
      std::string message = "Cannot create a consistent method resolution\norder (MRO) for bases ";
      for (size_t i = 0; i < names.size(); ++i) message += (i ? ", " : "") + names[i];
      vm.raise(vm.types.TypeError, message);
      return false;
    }
    result.push_back(chosen);
    for (auto& s : sequences)
      if (s[0] == chosen) s.erase(s.begin());
  }
  type->mro = std::move(result);
  type_cache::invalidate();
  return true;
}

std::string type_display_name(const Type* t) { return t->qualname.empty() ? t->name : t->qualname; }

Value no_attribute(VM& vm, Value object, Str* name) {
  std::string attr = name->utf8();
  ExceptionObject* e;
  if (has_layout(object, Layout::Type))
    e = make_exception(vm, vm.types.AttributeError,
                       "type object '" + static_cast<Type*>(object.as_object())->name + "' has no attribute '" + attr + "'");
  else
    e = make_exception(vm, vm.types.AttributeError, "'" + type_name(vm, object) + "' object has no attribute '" + attr + "'");
  // 3.11's "Did you mean" for attributes: the instance's names, then its class's.
  std::vector<std::string> candidates;
  if (Dict* d = instance_dict(object))
    for (const Dict::Entry& en : d->entries)
      if (!en.key.is_null()) candidates.push_back(str_of(en.key));
  Type* type = has_layout(object, Layout::Type) ? static_cast<Type*>(object.as_object()) : type_of(vm, object);
  for (const Type* t : type->mro.empty() ? std::vector<Type*>{type} : type->mro)
    if (t->attributes)
      for (const Dict::Entry& en : t->attributes->entries)
        if (!en.key.is_null()) candidates.push_back(str_of(en.key));
  e->suggestion = closest_name(attr, candidates);
  return vm.raise_object(e);
}

// A user-defined descriptor's method (__get__, __set__, __delete__), or null.
Value descriptor_method(VM& vm, Value attr, const char* which) {
  if (!attr.is_object() || !attr.as_object()->type->is_heap_type) return Value::null();
  return lookup_python_dunder(attr.as_object()->type, vm.intern(which));
}

Value call_with(VM& vm, Value callable, std::initializer_list<Value> args) {
  std::vector<Value> values(args);
  return vm.call(callable, CallArgs{values.data(), static_cast<int>(values.size()), nullptr});
}

// obj.__class__ = C: allowed between classes written in Python with the same C++ layout.
bool assign_class(VM& vm, Value object, Value value) {
  if (!has_layout(value, Layout::Type)) {
    vm.raise(vm.types.TypeError, "__class__ must be set to a class, not '" + type_name(vm, value) + "' object");
    return false;
  }
  Type* from = type_of(vm, object);
  Type* to = static_cast<Type*>(value.as_object());
  if (!from->is_heap_type || !to->is_heap_type || !object.is_object()) {
    vm.raise(vm.types.TypeError, "__class__ assignment only supported for mutable types or ModuleType subclasses");
    return false;
  }
  if (from->layout != to->layout || from->slot_count != to->slot_count || from->instances_have_dict != to->instances_have_dict) {
    vm.raise(vm.types.TypeError, "__class__ assignment: '" + to->name + "' object layout differs from '" + from->name + "'");
    return false;
  }
  object.as_object()->type = to;
  return true;
}

Value bind(VM& vm, Value self, Value function) {
  return Value::from_object(vm.heap.make<BoundMethod>(vm.types.bound_method, self, function));
}

}  // namespace

Type* make_class(VM& vm, const std::string& name, const std::vector<Value>& base_values, Dict* ns) {
  std::vector<Type*> bases;
  for (Value b : base_values) {
    if (!has_layout(b, Layout::Type)) {
      vm.raise(vm.types.TypeError, "bases must be types");
      return nullptr;
    }
    Type* t = static_cast<Type*>(b.as_object());
    if (std::find(bases.begin(), bases.end(), t) != bases.end()) {
      vm.raise(vm.types.TypeError, "duplicate base class " + t->name);
      return nullptr;
    }
    bases.push_back(t);
  }
  if (bases.empty()) bases.push_back(vm.types.object);
  // The instance layout comes from the bases: exceptions stay exceptions; other built-in
  // types cannot be subclassed yet.
  Layout layout = Layout::Instance;
  for (Type* b : bases) {
    Layout l = b->layout;
    if (b == vm.types.object || l == Layout::Instance) continue;
    if (l == Layout::Exception) {
      layout = Layout::Exception;
      continue;
    }
    if (l == Layout::Type && (b == vm.types.type || b->is_heap_type)) {
      layout = Layout::Type;  // a metaclass: its instances are classes
      continue;
    }
    if (l == Layout::List || l == Layout::Dict || l == Layout::Tuple) {
      // A subclass of list, dict or tuple keeps the built-in's C++ layout.
      if (layout != Layout::Instance && layout != l) {
        vm.raise(vm.types.TypeError, "multiple bases have instance lay-out conflict");
        return nullptr;
      }
      layout = l;
      continue;
    }
    if (b == vm.types.bool_) {
      vm.raise(vm.types.TypeError, "type 'bool' is not an acceptable base type");
      return nullptr;
    }
    if (Type* value_base = builtin_value_base(vm, b)) {
      // int, float, complex and str: see objects/builtin_subclass.h.
      Layout wanted = value_base == vm.types.str ? Layout::Str : Layout::BoxedNumber;
      for (Type* other : bases) {
        Type* other_base = builtin_value_base(vm, other);
        if (other_base && other_base != value_base) {
          vm.raise(vm.types.TypeError, "multiple bases have instance lay-out conflict");
          return nullptr;
        }
      }
      if (layout != Layout::Instance && layout != wanted) {
        vm.raise(vm.types.TypeError, "multiple bases have instance lay-out conflict");
        return nullptr;
      }
      layout = wanted;
      continue;
    }
    vm.raise(vm.types.TypeError, "Saessak cannot make subclasses of the built-in type '" + b->name + "' yet");
    return nullptr;
  }
  Type* type = vm.new_type(name, bases[0], layout);
  type->attributes = ns;
  type_cache::invalidate();
  type->bases = bases;
  type->is_heap_type = true;
  type->is_exception = layout == Layout::Exception;
  if (!apply_slots(vm, type, ns)) return nullptr;
  for (Type* b : bases) ensure_mro(b);
  if (!compute_mro(vm, type)) return nullptr;
  Value module = ns->get_str(vm.intern("__module__"));
  type->module = module.is_null() || !has_layout(module, Layout::Str) ? "__main__" : str_of(module);
  Value qualname = ns->get_str(vm.intern("__qualname__"));
  type->qualname = qualname.is_null() || !has_layout(qualname, Layout::Str) ? name : str_of(qualname);
  // The type keeps its qualname; left in the namespace it would shadow the qualname of the
  // classes a metaclass makes (they would find the metaclass's own).
  if (!qualname.is_null()) {
    Value removed;
    if (!ns->remove(vm, Value::from_object(vm.intern("__qualname__")), removed)) return nullptr;
  }
  return type;
}

Value create_class(VM& vm, Type* metatype, const std::string& name, const std::vector<Value>& bases, Dict* ns,
                   Tuple* kwnames, const Value* kwvalues) {
  // __new__ is implicitly a staticmethod; __init_subclass__ and __class_getitem__ classmethods.
  for (const char* implicit : {"__new__", "__init_subclass__", "__class_getitem__"}) {
    Value v = ns->get_str(vm.intern(implicit));
    if (v.is_object() && v.as_object()->type->layout == Layout::Function)
      ns->set_str(vm.intern(implicit), Value::from_object(vm.heap.make<MethodWrapper>(
                                           std::string(implicit) == "__new__" ? vm.types.staticmethod : vm.types.classmethod, v)));
  }
  // A class that defines __eq__ without __hash__ is unhashable, as in CPython.
  if (!ns->get_str(vm.intern("__eq__")).is_null() && ns->get_str(vm.intern("__hash__")).is_null())
    ns->set_str(vm.intern("__hash__"), Value::none());
  Type* type = make_class(vm, name, bases, ns);
  if (!type) return Value::error();
  type->type = metatype;
  if (metatype->is_heap_type) {
    // A metaclass may override mro(): its result becomes __mro__.
    Value mro_method = lookup_python_dunder(metatype, vm.intern("mro"));
    if (!mro_method.is_null()) {
      Value order = call_with(vm, mro_method, {Value::from_object(type)});
      if (order.is_error()) return order;
      std::vector<Value> items;
      if (!collect_iterable(vm, order, items)) return Value::error();
      std::vector<Type*> mro;
      for (Value v : items) {
        if (!has_layout(v, Layout::Type)) return vm.raise(vm.types.TypeError, "mro() returned a non-class ('" + type_name(vm, v) + "')");
        mro.push_back(static_cast<Type*>(v.as_object()));
      }
      type->mro = std::move(mro);
      type_cache::invalidate();
    }
  }
  // __set_name__ for descriptors, then __init_subclass__ of the parent.
  std::vector<Dict::Entry> entries = ns->entries;
  for (const Dict::Entry& e : entries) {
    if (e.key.is_null()) continue;
    if (e.value.is_object() && e.value.as_object()->type->layout == Layout::Property)
      static_cast<Property*>(e.value.as_object())->name = static_cast<Str*>(e.key.as_object());
    if (e.value.is_object() && e.value.as_object()->type->is_heap_type) {
      Value set_name = lookup_python_dunder(e.value.as_object()->type, vm.intern("__set_name__"));
      if (!set_name.is_null() && !call_with(vm, set_name, {e.value, Value::from_object(type), e.key}).is_error()) continue;
      if (!set_name.is_null()) {
        // 3.11 wraps the error: RuntimeError from the original.
        ExceptionObject* cause = vm.pending_exception();
        vm.clear_pending_exception();
        ExceptionObject* wrapped = make_exception(vm, vm.types.RuntimeError,
                                                  "Error calling __set_name__ on '" + e.value.as_object()->type->name +
                                                      "' instance '" + str_of(e.key) + "' in '" + name + "'");
        wrapped->cause = cause;
        wrapped->context = cause;
        return vm.raise_object(wrapped);
      }
    }
  }
  Value init_subclass = Value::null();
  for (size_t i = 1; i < type->mro.size() && init_subclass.is_null(); ++i)
    if (type->mro[i]->attributes) init_subclass = type->mro[i]->attributes->get_str(vm.intern("__init_subclass__"));
  int kwcount = kwnames ? static_cast<int>(kwnames->items.size()) : 0;
  if (init_subclass.is_object() && init_subclass.as_object()->type->layout == Layout::ClassMethod) {
    std::vector<Value> values{Value::from_object(type)};
    for (int i = 0; i < kwcount; ++i) values.push_back(kwvalues[i]);
    Value r = vm.call(static_cast<MethodWrapper*>(init_subclass.as_object())->function,
                      CallArgs{values.data(), 1, kwcount ? kwnames : nullptr});
    if (r.is_error()) return r;
  } else if (kwcount > 0) {
    return vm.raise(vm.types.TypeError, name + ".__init_subclass__() takes no keyword arguments");
  }
  return Value::from_object(type);
}

Value new_instance(VM& vm, Type* type, CallArgs args) {
  switch (type->layout) {
    case Layout::List: {
      // Filled by list.__init__, as in CPython.
      List* list = vm.heap.make<List>(type);
      list->attributes = make_dict(vm);
      return Value::from_object(list);
    }
    case Layout::Dict: {
      Dict* dict = vm.heap.make<Dict>(type);
      dict->attributes = make_dict(vm);
      return Value::from_object(dict);
    }
    case Layout::Tuple: {
      // Tuples are immutable: tuple.__new__ takes the items.
      if (args.count > 1) return vm.raise(vm.types.TypeError, "tuple expected at most 1 argument, got " + std::to_string(args.count));
      std::vector<Value> items;
      if (args.count == 1 && !collect_iterable(vm, args[0], items)) return Value::error();
      Tuple* tuple = vm.heap.make<Tuple>(type, std::move(items));
      tuple->attributes = make_dict(vm);
      return Value::from_object(tuple);
    }
    case Layout::Str:
    case Layout::BoxedNumber: return new_builtin_subclass_instance(vm, type, args);
    default: break;
  }
  if (type->layout != Layout::Exception && type->layout != Layout::Instance)
    return vm.raise(vm.types.TypeError, "cannot create '" + type->name + "' instances");
  if (type->layout == Layout::Exception) {
    std::vector<Value> items(args.values, args.values + args.count);
    ExceptionObject* e = vm.heap.make<ExceptionObject>(type, make_tuple(vm, std::move(items)));
    e->dict = make_dict(vm);
    return Value::from_object(e);
  }
  Instance* instance = vm.heap.make<Instance>(type, type->instances_have_dict ? make_dict(vm) : nullptr);
  instance->slots.resize(type->slot_count, Value::null());
  return Value::from_object(instance);
}

Value instance_get_attribute(VM& vm, Value object, Str* name, Value* self_out) {
  Type* type = type_of(vm, object);
  Value hook = type->is_heap_type ? lookup_python_dunder(type, vm.intern("__getattribute__")) : Value::null();
  if (!hook.is_null()) {
    // A class's own __getattribute__ sees every lookup; __getattr__ still answers its AttributeError.
    Value r = call_with(vm, hook, {object, Value::from_object(name)});
    if (r.is_error() && vm.pending_exception()->type->is_subtype_of(vm.types.AttributeError)) {
      Value getattr = lookup_python_dunder(type, vm.intern("__getattr__"));
      if (!getattr.is_null()) {
        vm.clear_pending_exception();
        return call_with(vm, getattr, {object, Value::from_object(name)});
      }
    }
    return r;
  }
  return generic_get_attribute(vm, object, name, self_out, true);
}

bool has_getattribute_hook(VM& vm, Value object) {
  return object.is_object() && object.as_object()->type->is_heap_type &&
         !lookup_python_dunder(object.as_object()->type, vm.intern("__getattribute__")).is_null();
}

Value generic_get_attribute(VM& vm, Value object, Str* name, Value* self_out, bool use_getattr) {
  Type* type = type_of(vm, object);
  if (!use_getattr && name->length > 4 && name->at(0) == '_') {
    // object.__getattribute__ called from a hook: the special attributes too (__class__, __dict__).
    Value special = special_attribute(vm, object, name);
    if (!special.is_null()) return special;
  }
  Value attr = lookup_in_mro(type, name);
  if (has_layout(attr, Layout::SlotMember)) return slot_get(vm, static_cast<SlotMember*>(attr.as_object()), object);
  if (!attr.is_null()) {
    if (has_layout(attr, Layout::Property)) {
      Property* p = static_cast<Property*>(attr.as_object());
      if (p->fget.is_none())
        return vm.raise(vm.types.AttributeError, "property '" + name->utf8() + "' of '" + type->name + "' object has no getter");
      // A built-in attribute (int.real) of a subclass instance reads the plain value.
      if (has_layout(p->fget, Layout::Native)) return call_with(vm, p->fget, {native_self(vm, object)});
      return call_with(vm, p->fget, {object});
    }
    Value get = descriptor_method(vm, attr, "__get__");
    if (!get.is_null() && (!descriptor_method(vm, attr, "__set__").is_null() ||
                           !descriptor_method(vm, attr, "__delete__").is_null()))
      return call_with(vm, get, {attr, object, Value::from_object(type)});
  }
  if (Dict* d = instance_dict(object)) {
    Value v = d->get_str(name);
    if (!v.is_null()) return v;
  }
  if (!attr.is_null()) {
    Layout l = attr.is_object() ? attr.as_object()->type->layout : Layout::Immediate;
    if (l == Layout::Function || (l == Layout::Native && static_cast<NativeFunction*>(attr.as_object())->owner)) {
      // A built-in method of int, float, complex or str sees the plain value, so its result
      // is of the built-in type, as in CPython.
      Value self = l == Layout::Native ? native_self(vm, object) : object;
      if (self_out) {
        *self_out = self;
        return attr;
      }
      return bind(vm, self, attr);
    }
    if (l == Layout::ClassMethod) return bind(vm, Value::from_object(type), static_cast<MethodWrapper*>(attr.as_object())->function);
    if (l == Layout::StaticMethod) return static_cast<MethodWrapper*>(attr.as_object())->function;
    Value get = descriptor_method(vm, attr, "__get__");
    if (!get.is_null()) return call_with(vm, get, {attr, object, Value::from_object(type)});
    return attr;
  }
  Value getattr = use_getattr ? lookup_python_dunder(type, vm.intern("__getattr__")) : Value::null();
  if (!getattr.is_null()) return call_with(vm, getattr, {object, Value::from_object(name)});
  return no_attribute(vm, object, name);
}

Value type_get_attribute(VM& vm, Type* type, Str* name) {
  // type's own data descriptors (__name__, __qualname__) come first, as in CPython.
  if (name->length > 4 && name->at(0) == '_') {
    std::string n = name->utf8();
    if (n == "__name__") return Value::from_object(make_str(vm, type->name));
    if (n == "__qualname__") return Value::from_object(make_str(vm, type_display_name(type)));
  }
  // A metaclass's data descriptors win, then the class's own MRO, then the metaclass's methods.
  Type* meta = type->type;
  Value meta_attr = meta && meta->is_heap_type ? lookup_in_mro(meta, name) : Value::null();
  if (has_layout(meta_attr, Layout::Property)) {
    Property* p = static_cast<Property*>(meta_attr.as_object());
    if (!p->fget.is_none()) return call_with(vm, p->fget, {Value::from_object(type)});
  }
  Value attr = lookup_in_mro(type, name);
  if (attr.is_null() && !meta_attr.is_null()) {
    Layout l = meta_attr.is_object() ? meta_attr.as_object()->type->layout : Layout::Immediate;
    if (l == Layout::Function) return bind(vm, Value::from_object(type), meta_attr);
    if (l == Layout::ClassMethod) return bind(vm, Value::from_object(meta), static_cast<MethodWrapper*>(meta_attr.as_object())->function);
    if (l == Layout::StaticMethod) return static_cast<MethodWrapper*>(meta_attr.as_object())->function;
    return meta_attr;
  }
  if (!attr.is_null()) {
    Layout l = attr.is_object() ? attr.as_object()->type->layout : Layout::Immediate;
    if (l == Layout::ClassMethod) return bind(vm, Value::from_object(type), static_cast<MethodWrapper*>(attr.as_object())->function);
    if (l == Layout::StaticMethod) return static_cast<MethodWrapper*>(attr.as_object())->function;
    Value get = descriptor_method(vm, attr, "__get__");
    if (!get.is_null()) return call_with(vm, get, {attr, Value::none(), Value::from_object(type)});
    return attr;
  }
  std::string n = name->utf8();
  if (n == "__name__") return Value::from_object(make_str(vm, type->name));
  if (n == "__qualname__") return Value::from_object(make_str(vm, type_display_name(type)));
  if (n == "__module__") return Value::from_object(make_str(vm, type->module));
  if (n == "__doc__") return Value::none();
  if (n == "__dict__") return Value::from_object(type->attributes);
  if (n == "__bases__" || n == "__mro__") {
    std::vector<Value> items;
    if (n == "__bases__") {
      if (type->bases.empty() && type->base) items.push_back(Value::from_object(type->base));
      for (Type* b : type->bases) items.push_back(Value::from_object(b));
    } else {
      if (type->mro.empty()) for (Type* t = type; t; t = t->base) items.push_back(Value::from_object(t));
      for (Type* t : type->mro) items.push_back(Value::from_object(t));
    }
    return Value::from_object(make_tuple(vm, std::move(items)));
  }
  if (n == "__base__") return type->base ? Value::from_object(type->base) : Value::none();
  if (n == "mro" || n == "__subclasses__") {
    Value mro_function = vm.types.type->attributes->get_str(name);
    if (!mro_function.is_null()) return bind(vm, Value::from_object(type), mro_function);
  }
  // A metaclass's __getattr__ answers for its classes.
  Value getattr = meta && meta->is_heap_type ? lookup_python_dunder(meta, vm.intern("__getattr__")) : Value::null();
  if (!getattr.is_null()) return call_with(vm, getattr, {Value::from_object(type), Value::from_object(name)});
  return no_attribute(vm, Value::from_object(type), name);
}

bool set_attribute(VM& vm, Value object, Str* name, Value value) {
  // A class's __setattr__ (or, for a class, its metaclass's) sees every assignment.
  Type* hook_owner = object.is_object() ? object.as_object()->type : nullptr;
  if (hook_owner && hook_owner->is_heap_type) {
    Value setattr = lookup_python_dunder(hook_owner, vm.intern("__setattr__"));
    if (!setattr.is_null()) return !call_with(vm, setattr, {object, Value::from_object(name), value}).is_error();
  }
  return generic_set_attribute(vm, object, name, value);
}

bool generic_set_attribute(VM& vm, Value object, Str* name, Value value) {
  if (has_layout(object, Layout::Type)) {
    Type* type = static_cast<Type*>(object.as_object());
    if (!type->is_heap_type) {
      vm.raise(vm.types.TypeError, "cannot set '" + name->utf8() + "' attribute of immutable type '" + type->name + "'");
      return false;
    }
    std::string n = name->utf8();
    if (n == "__name__" || n == "__qualname__") {
      if (!has_layout(value, Layout::Str)) {
        vm.raise(vm.types.TypeError, "can only assign string to " + type->name + "." + n + ", not '" + type_name(vm, value) + "'");
        return false;
      }
      (n == "__name__" ? type->name : type->qualname) = str_of(value);
      return true;
    }
    type->attributes->set_str(name, value);
    return true;
  }
  Type* type = type_of(vm, object);
  Value attr = lookup_in_mro(type, name);
  if (has_layout(attr, Layout::SlotMember)) return slot_set(vm, static_cast<SlotMember*>(attr.as_object()), object, value);
  if (!attr.is_null()) {
    if (has_layout(attr, Layout::Property)) {
      Property* p = static_cast<Property*>(attr.as_object());
      if (p->fset.is_none()) {
        if (has_layout(p->fget, Layout::Native))  // int.real and other attributes of built-in types
          vm.raise(vm.types.AttributeError, "attribute '" + name->utf8() + "' of '" + type->name + "' objects is not writable");
        else
          vm.raise(vm.types.AttributeError, "property '" + name->utf8() + "' of '" + type->name + "' object has no setter");
        return false;
      }
      return !call_with(vm, p->fset, {object, value}).is_error();
    }
    Value set = descriptor_method(vm, attr, "__set__");
    if (!set.is_null()) return !call_with(vm, set, {attr, object, value}).is_error();
  }
  if (type->layout == Layout::Function) return set_function_attribute(vm, object, name, value);
  if (name->length == 9 && name->utf8() == "__class__") return assign_class(vm, object, value);
  if (name->length == 8 && name->utf8() == "__dict__" && has_layout(object, Layout::Instance) &&
      static_cast<Instance*>(object.as_object())->dict) {
    // obj.__dict__ = {...} swaps the whole namespace, as in CPython.
    if (!has_layout(value, Layout::Dict)) {
      vm.raise(vm.types.TypeError, "__dict__ must be set to a dictionary, not a '" + type_name(vm, value) + "'");
      return false;
    }
    static_cast<Instance*>(object.as_object())->dict = static_cast<Dict*>(value.as_object());
    return true;
  }
  if (Dict* d = instance_dict(object)) {
    d->set_str(name, value);
    return true;
  }
  vm.raise(vm.types.AttributeError, "'" + type->name + "' object has no attribute '" + name->utf8() + "'");
  return false;
}

bool delete_attribute(VM& vm, Value object, Str* name) {
  Type* hook_owner = object.is_object() ? object.as_object()->type : nullptr;
  if (hook_owner && hook_owner->is_heap_type) {
    Value delattr = lookup_python_dunder(hook_owner, vm.intern("__delattr__"));
    if (!delattr.is_null()) return !call_with(vm, delattr, {object, Value::from_object(name)}).is_error();
  }
  return generic_delete_attribute(vm, object, name);
}

bool generic_delete_attribute(VM& vm, Value object, Str* name) {
  if (has_layout(object, Layout::Type)) {
    Type* type = static_cast<Type*>(object.as_object());
    Value removed;
    if (!type->is_heap_type) {
      vm.raise(vm.types.TypeError, "cannot set '" + name->utf8() + "' attribute of immutable type '" + type->name + "'");
      return false;
    }
    if (!type->attributes->remove(vm, Value::from_object(name), removed)) return false;
    if (removed.is_null()) {
      no_attribute(vm, object, name);
      return false;
    }
    return true;
  }
  Type* type = type_of(vm, object);
  Value attr = lookup_in_mro(type, name);
  if (has_layout(attr, Layout::SlotMember)) return slot_set(vm, static_cast<SlotMember*>(attr.as_object()), object, Value::null());
  if (has_layout(attr, Layout::Property)) {
    Property* p = static_cast<Property*>(attr.as_object());
    if (p->fdel.is_none()) {
      vm.raise(vm.types.AttributeError, "property '" + name->utf8() + "' of '" + type->name + "' object has no deleter");
      return false;
    }
    return !call_with(vm, p->fdel, {object}).is_error();
  }
  Value del = descriptor_method(vm, attr, "__delete__");
  if (!del.is_null()) return !call_with(vm, del, {attr, object}).is_error();
  if (Dict* d = instance_dict(object)) {
    Value removed;
    if (!d->remove(vm, Value::from_object(name), removed)) return false;
    if (!removed.is_null()) return true;
  }
  no_attribute(vm, object, name);
  return false;
}

Value make_super(VM& vm, CallArgs args) {
  if (!check_no_keywords(vm, args, "super")) return Value::error();
  Type* start = nullptr;
  Value object;
  if (args.count == 0) {
    const Frame* frame = vm.current_frame();
    if (!frame || !frame->function || frame->code->argcount == 0)
      return vm.raise(vm.types.RuntimeError, "super(): no arguments");
    const Code* code = frame->code;
    Value* locals = vm.frame_locals(*frame);
    object = locals[0];
    if (object.is_object() && object.as_object()->type->layout == Layout::Cell) object = static_cast<Cell*>(object.as_object())->value;
    if (object.is_null()) return vm.raise(vm.types.RuntimeError, "super(): arg[0] deleted");
    Value cell;
    for (uint32_t i = code->nvarnames; i < code->local_names.size(); ++i)
      if (code->local_names[i]->utf8() == "__class__") cell = locals[i];
    if (cell.is_null()) return vm.raise(vm.types.RuntimeError, "super(): __class__ cell not found");
    Value klass = static_cast<Cell*>(cell.as_object())->value;
    if (!has_layout(klass, Layout::Type)) return vm.raise(vm.types.RuntimeError, "super(): empty __class__ cell");
    start = static_cast<Type*>(klass.as_object());
  } else {
    if (args.count > 2) return vm.raise(vm.types.TypeError, "super() takes at most 2 arguments (" + std::to_string(args.count) + " given)");
    if (!has_layout(args[0], Layout::Type))
      return vm.raise(vm.types.TypeError, "super() argument 1 must be a type, not " + type_name(vm, args[0]));
    start = static_cast<Type*>(args[0].as_object());
    if (args.count == 1)  // unbound super(C): kept for its repr and type; lookups through it find nothing
      return Value::from_object(vm.heap.make<Super>(vm.types.super, start, Value::null(), start));
    object = args[1];
  }
  Type* object_type;
  if (has_layout(object, Layout::Type) && static_cast<Type*>(object.as_object())->is_subtype_of(start))
    object_type = static_cast<Type*>(object.as_object());
  else if (type_of(vm, object)->is_subtype_of(start))
    object_type = type_of(vm, object);
  else
    return vm.raise(vm.types.TypeError, "super(type, obj): obj must be an instance or subtype of type");
  ensure_mro(object_type);
  return Value::from_object(vm.heap.make<Super>(vm.types.super, start, object, object_type));
}

Value super_get_attribute(VM& vm, Super* s, Str* name, Value* self_out) {
  if (s->object.is_null()) {
    if (name->utf8() == "__thisclass__") return Value::from_object(s->start);
    if (name->utf8() == "__self__" || name->utf8() == "__self_class__") return Value::none();
    return vm.raise(vm.types.AttributeError, "'super' object has no attribute '" + name->utf8() + "'");
  }
  const std::vector<Type*>& mro = s->object_type->mro;
  auto it = std::find(mro.begin(), mro.end(), s->start);
  if (it != mro.end()) ++it;
  bool object_is_class = has_layout(s->object, Layout::Type) && s->object == Value::from_object(s->object_type);
  for (; it != mro.end(); ++it) {
    Type* t = *it;
    Value attr = t->attributes ? t->attributes->get_str(name) : Value::null();
    if (attr.is_null()) continue;
    Layout l = attr.is_object() ? attr.as_object()->type->layout : Layout::Immediate;
    if (l == Layout::Function || (l == Layout::Native && static_cast<NativeFunction*>(attr.as_object())->owner)) {
      if (object_is_class) return attr;
      if (self_out) {
        *self_out = s->object;
        return attr;
      }
      return bind(vm, s->object, attr);
    }
    if (l == Layout::ClassMethod)
      return bind(vm, Value::from_object(s->object_type), static_cast<MethodWrapper*>(attr.as_object())->function);
    if (l == Layout::StaticMethod) return static_cast<MethodWrapper*>(attr.as_object())->function;
    if (l == Layout::Property) {
      Property* p = static_cast<Property*>(attr.as_object());
      if (!p->fget.is_none()) return call_with(vm, p->fget, {s->object});
    }
    return attr;
  }
  // Then the super object's own attributes.
  std::string n = name->utf8();
  if (n == "__thisclass__") return Value::from_object(s->start);
  if (n == "__self__") return s->object;
  if (n == "__self_class__") return Value::from_object(s->object_type);
  return vm.raise(vm.types.AttributeError, "'super' object has no attribute '" + name->utf8() + "'");
}

namespace {

Value construct_property(VM& vm, CallArgs args) {
  if (!check_keywords(vm, args, "property", {"fget", "fset", "fdel", "doc"})) return Value::error();
  if (args.count > 4) return vm.raise(vm.types.TypeError, "property() takes at most 4 arguments (" + std::to_string(args.count) + " given)");
  Value parts[4] = {Value::none(), Value::none(), Value::none(), Value::none()};
  const char* names[4] = {"fget", "fset", "fdel", "doc"};
  for (int i = 0; i < 4; ++i) {
    if (i < args.count) parts[i] = args[i];
    Value kw = keyword_argument(args, names[i]);
    if (!kw.is_null()) parts[i] = kw;
  }
  return Value::from_object(vm.heap.make<Property>(vm.types.property, parts[0], parts[1], parts[2], parts[3]));
}

Value property_with(VM& vm, CallArgs args, int which, const char* name) {
  if (!check_exactly_one(vm, args, name, 1)) return Value::error();
  Property* p = static_cast<Property*>(args[0].as_object());
  Value parts[3] = {p->fget, p->fset, p->fdel};
  parts[which] = args[1];
  Property* copy = vm.heap.make<Property>(vm.types.property, parts[0], parts[1], parts[2], p->doc);
  copy->name = p->name;
  return Value::from_object(copy);
}
Value property_getter(VM& vm, CallArgs args) { return property_with(vm, args, 0, "getter"); }
Value property_setter(VM& vm, CallArgs args) { return property_with(vm, args, 1, "setter"); }
Value property_deleter(VM& vm, CallArgs args) { return property_with(vm, args, 2, "deleter"); }

Value construct_classmethod(VM& vm, CallArgs args) {
  if (!check_between(vm, args, "classmethod", 1, 1)) return Value::error();
  return Value::from_object(vm.heap.make<MethodWrapper>(vm.types.classmethod, args[0]));
}

Value construct_staticmethod(VM& vm, CallArgs args) {
  if (!check_between(vm, args, "staticmethod", 1, 1)) return Value::error();
  return Value::from_object(vm.heap.make<MethodWrapper>(vm.types.staticmethod, args[0]));
}

Value object_init(VM& vm, CallArgs args) {
  if (args.count > 1 || args.keyword_count()) {
    Type* t = type_of(vm, args[0]);
    if (lookup_in_mro(t, vm.intern("__init__")) != vm.types.object->attributes->get_str(vm.intern("__init__")))
      return vm.raise(vm.types.TypeError, "object.__init__() takes exactly one argument (the instance to initialize)");
    // A class that overrides __new__ but not __init__ may pass its arguments through, as in CPython.
    if (lookup_in_mro(t, vm.intern("__new__")) != vm.types.object->attributes->get_str(vm.intern("__new__"))) return Value::none();
    return vm.raise(vm.types.TypeError, t->name + ".__init__() takes exactly one argument (the instance to initialize)");
  }
  return Value::none();
}

Value object_new(VM& vm, CallArgs args) {
  if (args.count < 1) return vm.raise(vm.types.TypeError, "object.__new__(): not enough arguments");
  if (!has_layout(args[0], Layout::Type))
    return vm.raise(vm.types.TypeError, "object.__new__(X): X is not a type object (" + type_name(vm, args[0]) + ")");
  Type* type = static_cast<Type*>(args[0].as_object());
  if (!type->is_heap_type && type != vm.types.object)
    return vm.raise(vm.types.TypeError, "object.__new__(" + type->name + ") is not safe, use " + type->name + ".__new__()");
  if (type == vm.types.object) return Value::from_object(vm.heap.make<Instance>(vm.types.object, nullptr));
  return new_instance(vm, type, CallArgs{args.values + 1, args.count - 1, nullptr});
}

// type.__new__(metatype, name, bases, namespace, **keywords)
Value type_new(VM& vm, CallArgs args) {
  if (args.count == 2 && has_layout(args[0], Layout::Type)) return Value::from_object(type_of(vm, args[1]));
  if (args.count != 4 && args.count >= 1 && args[0] == Value::from_object(vm.types.type))
    return vm.raise(vm.types.TypeError, "type() takes 1 or 3 arguments");
  if (args.count != 4) return vm.raise(vm.types.TypeError, "type.__new__() takes exactly 3 arguments (" + std::to_string(args.count - 1) + " given)");
  if (!has_layout(args[0], Layout::Type)) return vm.raise(vm.types.TypeError, "type.__new__(X): X is not a type object");
  if (!has_layout(args[1], Layout::Str)) return vm.raise(vm.types.TypeError, "type.__new__() argument 1 must be str, not " + type_name(vm, args[1]));
  if (!has_layout(args[2], Layout::Tuple)) return vm.raise(vm.types.TypeError, "type.__new__() argument 2 must be tuple, not " + type_name(vm, args[2]));
  if (!has_layout(args[3], Layout::Dict)) return vm.raise(vm.types.TypeError, "type.__new__() argument 3 must be dict, not " + type_name(vm, args[3]));
  Dict* ns = make_dict(vm);
  for (const Dict::Entry& e : static_cast<Dict*>(args[3].as_object())->entries)
    if (!e.key.is_null() && !ns->set(vm, e.key, e.value)) return Value::error();
  if (ns->get_str(vm.intern("__module__")).is_null()) {
    const Frame* f = vm.current_frame();
    Value module = f ? f->globals->get_str(vm.intern("__name__")) : Value::null();
    ns->set_str(vm.intern("__module__"), module.is_null() ? Value::from_object(vm.intern("__main__")) : module);
  }
  return create_class(vm, static_cast<Type*>(args[0].as_object()), str_of(args[1]),
                      static_cast<Tuple*>(args[2].as_object())->items, ns, args.kwnames, args.values + args.count);
}

Value type_init(VM& vm, CallArgs args) { return Value::none(); }

// type.__call__(cls, *args, **kwargs): what calling a class does, for metaclasses that
// override __call__ and delegate with super().__call__().
Value type_call(VM& vm, CallArgs args) {
  if (args.count < 1 || !has_layout(args[0], Layout::Type)) return vm.raise(vm.types.TypeError, "descriptor '__call__' requires a 'type' object");
  return vm.call_class(static_cast<Type*>(args[0].as_object()), CallArgs{args.values + 1, args.count - 1, args.kwnames});
}

// list.__init__(self, iterable=()) and dict.__init__(self, mapping=(), **kw): what a subclass's
// super().__init__(...) reaches.
Value list_init(VM& vm, CallArgs args) {
  if (!check_no_keywords(vm, args, "list")) return Value::error();
  if (args.count > 2) return vm.raise(vm.types.TypeError, "list expected at most 1 argument, got " + std::to_string(args.count - 1));
  List* list = static_cast<List*>(args[0].as_object());
  std::vector<Value> items;
  if (args.count == 2 && !collect_iterable(vm, args[1], items)) return Value::error();
  list->items = std::move(items);
  return Value::none();
}

Value dict_init(VM& vm, CallArgs args) {
  if (args.count > 2) return vm.raise(vm.types.TypeError, "dict expected at most 1 argument, got " + std::to_string(args.count - 1));
  Dict* dict = static_cast<Dict*>(args[0].as_object());
  if (args.count == 2) {
    Value update = dict->type->attributes ? lookup_in_mro(vm.types.dict, vm.intern("update")) : Value::null();
    Value call_args[2] = {args[0], args[1]};
    if (vm.call(update, CallArgs{call_args, 2, nullptr}).is_error()) return Value::error();
  }
  for (int i = 0; i < args.keyword_count(); ++i)
    if (!dict->set(vm, args.kwnames->items[i], args.values[args.count + i])) return Value::error();
  return Value::none();
}

Value tuple_new(VM& vm, CallArgs args) {
  if (args.count < 1 || !has_layout(args[0], Layout::Type)) return vm.raise(vm.types.TypeError, "tuple.__new__(X): X is not a type object");
  Type* type = static_cast<Type*>(args[0].as_object());
  if (!type->is_heap_type) {
    std::vector<Value> items;
    if (args.count > 1 && !collect_iterable(vm, args[1], items)) return Value::error();
    return Value::from_object(make_tuple(vm, std::move(items)));
  }
  return new_instance(vm, type, CallArgs{args.values + 1, args.count - 1, nullptr});
}

Value exception_init(VM& vm, CallArgs args) {
  if (!has_layout(args[0], Layout::Exception)) return vm.raise(vm.types.TypeError, "descriptor '__init__' requires a 'BaseException' object");
  if (!check_no_keywords(vm, args, type_name(vm, args[0]))) return Value::error();
  std::vector<Value> items(args.values + 1, args.values + args.count);
  static_cast<ExceptionObject*>(args[0].as_object())->args = make_tuple(vm, std::move(items));
  return Value::none();
}

Value type_mro(VM& vm, CallArgs args) {
  Type* t = static_cast<Type*>(args[0].as_object());
  std::vector<Value> items;
  if (t->mro.empty()) for (Type* x = t; x; x = x->base) items.push_back(Value::from_object(x));
  for (Type* x : t->mro) items.push_back(Value::from_object(x));
  return Value::from_object(make_list(vm, std::move(items)));
}

Value builtin_issubclass(VM& vm, CallArgs args) {
  if (!check_no_keywords(vm, args, "issubclass")) return Value::error();
  if (args.count != 2) return vm.raise(vm.types.TypeError, "issubclass expected 2 arguments, got " + std::to_string(args.count));
  if (!has_layout(args[0], Layout::Type)) return vm.raise(vm.types.TypeError, "issubclass() arg 1 must be a class");
  Type* t = static_cast<Type*>(args[0].as_object());
  auto check = [&](Value c) -> int {
    if (!has_layout(c, Layout::Type)) return -1;
    return t->is_subtype_of(static_cast<Type*>(c.as_object()));
  };
  if (has_layout(args[1], Layout::Tuple)) {
    for (Value c : static_cast<Tuple*>(args[1].as_object())->items) {
      int r = check(c);
      if (r < 0) return vm.raise(vm.types.TypeError, "issubclass() arg 2 must be a class, a tuple of classes, or a union");
      if (r) return Value::from_bool(true);
    }
    return Value::from_bool(false);
  }
  int r = check(args[1]);
  if (r < 0) return vm.raise(vm.types.TypeError, "issubclass() arg 2 must be a class, a tuple of classes, or a union");
  return Value::from_bool(r == 1);
}

Value builtin_hasattr(VM& vm, CallArgs args) {
  if (!check_no_keywords(vm, args, "hasattr")) return Value::error();
  if (args.count != 2) return vm.raise(vm.types.TypeError, "hasattr expected 2 arguments, got " + std::to_string(args.count));
  if (!has_layout(args[1], Layout::Str)) return vm.raise(vm.types.TypeError, "attribute name must be string, not '" + type_name(vm, args[1]) + "'");
  Value v = get_attribute(vm, args[0], vm.intern(str_of(args[1])));
  if (!v.is_error()) return Value::from_bool(true);
  if (vm.pending_exception()->type->is_subtype_of(vm.types.AttributeError)) {
    vm.clear_pending_exception();
    return Value::from_bool(false);
  }
  return Value::error();
}

Value builtin_getattr(VM& vm, CallArgs args) {
  if (!check_no_keywords(vm, args, "getattr")) return Value::error();
  if (args.count < 2 || args.count > 3)
    return vm.raise(vm.types.TypeError, "getattr expected at least 2 arguments, got " + std::to_string(args.count));
  if (!has_layout(args[1], Layout::Str)) return vm.raise(vm.types.TypeError, "attribute name must be string, not '" + type_name(vm, args[1]) + "'");
  Value v = get_attribute(vm, args[0], vm.intern(str_of(args[1])));
  if (v.is_error() && args.count == 3 && vm.pending_exception()->type->is_subtype_of(vm.types.AttributeError)) {
    vm.clear_pending_exception();
    return args[2];
  }
  return v;
}

Value builtin_setattr(VM& vm, CallArgs args) {
  if (!check_no_keywords(vm, args, "setattr")) return Value::error();
  if (args.count != 3) return vm.raise(vm.types.TypeError, "setattr expected 3 arguments, got " + std::to_string(args.count));
  if (!has_layout(args[1], Layout::Str)) return vm.raise(vm.types.TypeError, "attribute name must be string, not '" + type_name(vm, args[1]) + "'");
  if (!set_attribute(vm, args[0], vm.intern(str_of(args[1])), args[2])) return Value::error();
  return Value::none();
}

Value builtin_delattr(VM& vm, CallArgs args) {
  if (!check_no_keywords(vm, args, "delattr")) return Value::error();
  if (args.count != 2) return vm.raise(vm.types.TypeError, "delattr expected 2 arguments, got " + std::to_string(args.count));
  if (!has_layout(args[1], Layout::Str)) return vm.raise(vm.types.TypeError, "attribute name must be string, not '" + type_name(vm, args[1]) + "'");
  if (!delete_attribute(vm, args[0], vm.intern(str_of(args[1])))) return Value::error();
  return Value::none();
}

void define(VM& vm, const char* name, NativeFn fn) {
  vm.builtins()->set_str(vm.intern(name), Value::from_object(make_native(vm, name, fn)));
}

}  // namespace

void install_class_types(VM& vm) {
  vm.types.property->construct = construct_property;
  vm.types.object->construct = [](VM& vm, CallArgs args) -> Value {
    if (args.count > 0 || args.keyword_count() > 0) return vm.raise(vm.types.TypeError, "object() takes no arguments");
    return Value::from_object(vm.heap.make<Instance>(vm.types.object, nullptr));  // a bare object has no __dict__
  };
  add_method(vm, vm.types.property, "getter", property_getter);
  add_method(vm, vm.types.property, "setter", property_setter);
  add_method(vm, vm.types.property, "deleter", property_deleter);
  vm.types.classmethod->construct = construct_classmethod;
  vm.types.staticmethod->construct = construct_staticmethod;
  vm.types.super->construct = make_super;
  add_method(vm, vm.types.object, "__init__", object_init);
  // object.__init_subclass__ does nothing, and takes no keywords.
  vm.types.object->attributes->set_str(
      vm.intern("__init_subclass__"),
      Value::from_object(vm.heap.make<MethodWrapper>(
          vm.types.classmethod, Value::from_object(make_native(vm, "__init_subclass__", [](VM& vm, CallArgs args) -> Value {
            if (args.keyword_count() > 0 || args.count > 1) {
              std::string owner = args.count > 0 && has_layout(args[0], Layout::Type) ? static_cast<Type*>(args[0].as_object())->name : "object";
              return vm.raise(vm.types.TypeError, owner + ".__init_subclass__() takes no keyword arguments");
            }
            return Value::none();
          })))));
  // object.__new__(cls) is a staticmethod, so super().__new__(cls) works.
  vm.types.object->attributes->set_str(
      vm.intern("__new__"),
      Value::from_object(vm.heap.make<MethodWrapper>(vm.types.staticmethod, Value::from_object(make_native(vm, "__new__", object_new)))));
  add_method(vm, vm.types.BaseException, "__init__", exception_init);
  add_method(vm, vm.types.list, "__init__", list_init);
  add_method(vm, vm.types.dict, "__init__", dict_init);
  vm.types.tuple->attributes->set_str(
      vm.intern("__new__"),
      Value::from_object(vm.heap.make<MethodWrapper>(vm.types.staticmethod, Value::from_object(make_native(vm, "__new__", tuple_new)))));
  add_method(vm, vm.types.type, "mro", type_mro);
  add_method(vm, vm.types.type, "__init__", type_init);
  add_method(vm, vm.types.type, "__call__", type_call);
  vm.types.type->attributes->set_str(
      vm.intern("__new__"),
      Value::from_object(vm.heap.make<MethodWrapper>(vm.types.staticmethod, Value::from_object(make_native(vm, "__new__", type_new)))));
  for (Type* t : {vm.types.property, vm.types.classmethod, vm.types.staticmethod, vm.types.super})
    vm.builtins()->set_str(vm.intern(t->name), Value::from_object(t));
  define(vm, "issubclass", builtin_issubclass);
  define(vm, "hasattr", builtin_hasattr);
  define(vm, "getattr", builtin_getattr);
  define(vm, "setattr", builtin_setattr);
  define(vm, "delattr", builtin_delattr);
  install_class_extras(vm);
}

}  // namespace saessak
