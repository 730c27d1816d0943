// Classes defined in Python: instances, C3 method resolution order, attribute lookup with
// descriptors, super(), property, classmethod and staticmethod.
#pragma once

#include <string>
#include <vector>

#include "objects/dict.h"
#include "objects/function.h"

namespace saessak {

struct Instance final : Object {
  Instance(Type* type, Dict* dict) : Object(type), dict(dict) {}
  void trace(Tracer& t) override {
    t.mark(dict);
    for (Value v : slots) t.mark(v);
  }
  size_t external_bytes() const override { return slots.size() * sizeof(Value); }
  Dict* dict;                // nullptr for a class with __slots__ and no __dict__ slot
  std::vector<Value> slots;  // the values of __slots__ names, null while unset
};

// One name of __slots__: a data descriptor reading and writing Instance::slots[index].
struct SlotMember final : Object {
  SlotMember(Type* type, Type* owner, Str* name, uint32_t index) : Object(type), owner(owner), name(name), index(index) {}
  void trace(Tracer& t) override {
    t.mark(owner);
    t.mark(name);
  }
  Type* owner;
  Str* name;
  uint32_t index;
};
// __slots__ in a class namespace: replaces the names by SlotMember descriptors and sets the
// type's slot_count and instances_have_dict. False with ValueError/TypeError pending.
[[nodiscard]] bool apply_slots(VM& vm, Type* type, Dict* ns);
[[nodiscard]] Value slot_get(VM& vm, SlotMember* member, Value object);
[[nodiscard]] bool slot_set(VM& vm, SlotMember* member, Value object, Value value);  // null value: delete

// super(): attribute lookup in the MRO of `object_type` after `start`.
struct Super final : Object {
  Super(Type* type, Type* start, Value object, Type* object_type)
      : Object(type), start(start), object(object), object_type(object_type) {}
  void trace(Tracer& t) override {
    t.mark(start);
    t.mark(object);
    t.mark(object_type);
  }
  Type* start;
  Value object;       // the instance, or a class for classmethods
  Type* object_type;  // whose MRO is searched
};

struct Property final : Object {
  Property(Type* type, Value fget, Value fset, Value fdel, Value doc)
      : Object(type), fget(fget), fset(fset), fdel(fdel), doc(doc) {}
  void trace(Tracer& t) override {
    t.mark(fget);
    t.mark(fset);
    t.mark(fdel);
    t.mark(doc);
  }
  Value fget, fset, fdel, doc;  // None when absent
  Str* name = nullptr;          // set by __set_name__, for error messages
};

// classmethod(f) and staticmethod(f).
struct MethodWrapper final : Object {
  MethodWrapper(Type* type, Value function) : Object(type), function(function) {}
  void trace(Tracer& t) override { t.mark(function); }
  Value function;
};

// The attribute named `name` in the first class of `type`'s MRO that has it, or null.
Value lookup_in_mro(const Type* type, const Str* name);
// Like lookup_in_mro, but only classes defined in Python: a dunder's override, or null.
Value lookup_python_dunder(const Type* type, const Str* name);
Dict* instance_dict(Value object);
// Built-in types get their (single-inheritance) MRO on first need.
void ensure_mro(Type* type);  // nullptr when the object has no __dict__

// Creates a class (class statement or type(name, bases, dict)); nullptr with TypeError.
Type* make_class(VM& vm, const std::string& name, const std::vector<Value>& bases, Dict* namespace_dict);
// type.__new__'s work: a new class with its metatype, __set_name__ and __init_subclass__ done.
[[nodiscard]] Value create_class(VM& vm, Type* metatype, const std::string& name, const std::vector<Value>& bases,
                                 Dict* ns, Tuple* kwnames, const Value* kwvalues);
// Allocates an instance of a class defined in Python (object.__new__).
[[nodiscard]] Value new_instance(VM& vm, Type* type, CallArgs args);

// Attribute protocol for instances and classes defined in Python, and for types.
[[nodiscard]] Value instance_get_attribute(VM& vm, Value object, Str* name, Value* self_out);
[[nodiscard]] Value type_get_attribute(VM& vm, Type* type, Str* name);
[[nodiscard]] bool set_attribute(VM& vm, Value object, Str* name, Value value);
[[nodiscard]] bool delete_attribute(VM& vm, Value object, Str* name);
// object.__getattribute__, __setattr__ and __delattr__: the lookup without the class's own
// hooks (what a hook calls through super()). `use_getattr`: fall back on __getattr__.
[[nodiscard]] Value generic_get_attribute(VM& vm, Value object, Str* name, Value* self_out, bool use_getattr);
[[nodiscard]] bool generic_set_attribute(VM& vm, Value object, Str* name, Value value);
[[nodiscard]] bool generic_delete_attribute(VM& vm, Value object, Str* name);
// Whether the object's class defines __getattribute__ in Python (then it sees every lookup).
bool has_getattribute_hook(VM& vm, Value object);

[[nodiscard]] Value super_get_attribute(VM& vm, Super* s, Str* name, Value* self_out);
// Zero-argument super() for the frame that called it.
[[nodiscard]] Value make_super(VM& vm, CallArgs args);
void install_class_types(VM& vm);
// The rest of the object model (objects/class_extras.cpp): attributes of property, super,
// staticmethod and classmethod, functions as descriptors, and the getitem iterator.
void install_class_extras(VM& vm);
// The namespace a class body runs in: metaclass.__prepare__(name, bases, **keywords) when the
// metaclass defines it, else a new dict. `header` is BUILD_CLASS's (name, keywords, bases...).
[[nodiscard]] Value prepare_class_namespace(VM& vm, Tuple* header);

}  // namespace saessak
