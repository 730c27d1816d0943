// __slots__: a class that lists its attribute names keeps their values in a small array on
// the instance instead of a __dict__ (unless "__dict__" is one of the names). Each name becomes
// a `member_descriptor` in the class, a data descriptor, so it wins over everything else.
#include <algorithm>
#include <cctype>

#include "objects/arguments.h"
#include "objects/classes.h"
#include "objects/exception.h"
#include "objects/list.h"
#include "objects/protocols.h"
#include "objects/str.h"
#include "vm/vm.h"

namespace saessak {

namespace {

Type* member_descriptor_type(VM& vm) {
  if (!vm.types.member_descriptor) vm.types.member_descriptor = vm.new_type("member_descriptor", vm.types.object, Layout::SlotMember);
  return vm.types.member_descriptor;
}

bool is_str(Value v) { return v.is_object() && v.as_object()->type->layout == Layout::Str; }

}  // namespace

bool apply_slots(VM& vm, Type* type, Dict* ns) {
  uint32_t inherited = 0;
  bool has_dict = false;
  for (Type* b : type->bases) {
    inherited = std::max(inherited, b->slot_count);
    if (b != vm.types.object && (b->layout != Layout::Instance || b->instances_have_dict)) has_dict = true;
  }
  type->slot_count = inherited;
  Value spec = ns->get_str(vm.intern("__slots__"));
  if (spec.is_null() || type->layout != Layout::Instance) {
    type->instances_have_dict = true;  // no __slots__: instances get a __dict__ as usual
    return true;
  }
  std::vector<Value> names;
  if (is_str(spec)) names.push_back(spec);
  else if (!collect_iterable(vm, spec, names)) return false;
  std::vector<Str*> added;  // a repeated name is allowed; only the class's own variables conflict
  for (Value n : names) {
    if (!is_str(n)) {
      vm.raise(vm.types.TypeError, "__slots__ items must be strings, not '" + type_name(vm, n) + "'");
      return false;
    }
    std::string text = static_cast<Str*>(n.as_object())->utf8();
    bool identifier = !text.empty() && !(text[0] >= '0' && text[0] <= '9');
    for (unsigned char c : text) identifier = identifier && (c == '_' || c >= 0x80 || std::isalnum(c));
    if (!identifier) {
      vm.raise(vm.types.TypeError, "__slots__ must be identifiers");
      return false;
    }
    if (text == "__dict__") {
      has_dict = true;
      continue;
    }
    if (text == "__weakref__") continue;  // no weak references here: nothing to reserve
    Str* key = vm.intern(text);
    if (std::find(added.begin(), added.end(), key) != added.end()) continue;
    if (!ns->get_str(key).is_null()) {
      vm.raise(vm.types.ValueError, "'" + text + "' in __slots__ conflicts with class variable");
      return false;
    }
    ns->set_str(key, Value::from_object(vm.heap.make<SlotMember>(member_descriptor_type(vm), type, key, type->slot_count++)));
    added.push_back(key);
  }
  type->instances_have_dict = has_dict;
  return true;
}

Value slot_get(VM& vm, SlotMember* member, Value object) {
  Object* o = object.is_object() ? object.as_object() : nullptr;
  if (!o || o->type->layout != Layout::Instance || !o->type->is_subtype_of(member->owner))
    return vm.raise(vm.types.TypeError, "descriptor '" + member->name->utf8() + "' for '" + member->owner->name +
                                            "' objects doesn't apply to a '" + type_name(vm, object) + "' object");
  Instance* instance = static_cast<Instance*>(o);
  Value v = member->index < instance->slots.size() ? instance->slots[member->index] : Value::null();
  if (v.is_null())
    return vm.raise(vm.types.AttributeError, "'" + o->type->name + "' object has no attribute '" + member->name->utf8() + "'");
  return v;
}

bool slot_set(VM& vm, SlotMember* member, Value object, Value value) {
  Object* o = object.is_object() ? object.as_object() : nullptr;
  if (!o || o->type->layout != Layout::Instance || !o->type->is_subtype_of(member->owner)) {
    vm.raise(vm.types.TypeError, "descriptor '" + member->name->utf8() + "' for '" + member->owner->name +
                                     "' objects doesn't apply to a '" + type_name(vm, object) + "' object");
    return false;
  }
  Instance* instance = static_cast<Instance*>(o);
  if (member->index >= instance->slots.size()) instance->slots.resize(member->index + 1, Value::null());
  if (value.is_null() && instance->slots[member->index].is_null()) {
    vm.raise(vm.types.AttributeError, member->name->utf8());  // deleting a slot that is not set
    return false;
  }
  instance->slots[member->index] = value;
  return true;
}

}  // namespace saessak
