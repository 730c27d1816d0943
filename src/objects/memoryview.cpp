// memoryview, minimal: one-dimensional views of format 'B' over bytes or bytearray. Indexing,
// slicing (a slice is a view of the same memory), len, iteration, tobytes, tolist, hex,
// release and `with`; writes through a view of a bytearray change the bytearray.
//
// Deviation, on purpose: CPython forbids resizing a bytearray while a view exports it
// (BufferError). Here views are not counted (a view the collector frees could not uncount
// itself), so the bytearray may resize; a view then reads only what still exists.
#include <cstdio>

#include "objects/arguments.h"
#include "objects/bytes.h"
#include "objects/exception.h"
#include "objects/classes.h"
#include "objects/function.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/protocols.h"
#include "objects/range.h"
#include "objects/str.h"
#include "vm/vm.h"

namespace saessak {

namespace {

MemoryView* self_view(CallArgs args) { return static_cast<MemoryView*>(args[0].as_object()); }

bool check_alive(VM& vm, const MemoryView* view) {
  if (!view->released) return true;
  vm.raise(vm.types.ValueError, "operation forbidden on released memoryview object");
  return false;
}

// The owner's offset of item `i`, or -1 when the owner shrank below it.
int64_t offset_of(const MemoryView* view, int64_t i) {
  int64_t k = view->start + i * view->step;
  return k >= 0 && k < static_cast<int64_t>(view->owner->data.size()) ? k : -1;
}

bool item_index(VM& vm, const MemoryView* view, Value key, int64_t& out) {
  if (!key.is_int() && !key.is_bool()) {
    vm.raise(vm.types.TypeError, "memoryview: invalid slice key");
    return false;
  }
  int64_t i = key.is_bool() ? key.as_bool() : key.as_int();
  if (i < 0) i += view->length;
  if (i < 0 || i >= view->length || offset_of(view, i) < 0) {
    vm.raise(vm.types.IndexError, "index out of bounds on dimension 1");
    return false;
  }
  out = offset_of(view, i);
  return true;
}

bool is_slice(Value v) { return v.is_object() && v.as_object()->type->layout == Layout::Slice; }

Value construct_memoryview(VM& vm, CallArgs args) {
  Value bound[1];
  if (!bind_arguments(vm, args, "memoryview", {"object"}, 1, bound, 0)) return Value::error();
  Value source = bound[0];
  if (is_memoryview(source)) {
    MemoryView* other = static_cast<MemoryView*>(source.as_object());
    if (!check_alive(vm, other)) return Value::error();
    return Value::from_object(
        vm.heap.make<MemoryView>(vm.types.memoryview, other->owner, other->start, other->step, other->length));
  }
  if (!is_bytes_or_bytearray(source))
    return vm.raise(vm.types.TypeError, "memoryview: a bytes-like object is required, not '" + type_name(vm, source) + "'");
  Bytes* owner = as_bytes(source);
  return Value::from_object(
      vm.heap.make<MemoryView>(vm.types.memoryview, owner, 0, 1, static_cast<int64_t>(owner->data.size())));
}

Value repr_memoryview(VM& vm, Value self) {
  char address[32];
  std::snprintf(address, sizeof address, "0x%012llx",
                static_cast<unsigned long long>(reinterpret_cast<uintptr_t>(self.as_object())));
  bool released = static_cast<MemoryView*>(self.as_object())->released;
  return Value::from_object(make_str(vm, std::string(released ? "<released memory at " : "<memory at ") + address + ">"));
}

Value memoryview_tobytes(VM& vm, CallArgs args) {
  if (!check_keywords(vm, args, "tobytes", {"order"})) return Value::error();
  std::string scratch;
  std::string_view data;
  if (!require_buffer(vm, args[0], scratch, data)) return Value::error();
  return Value::from_object(make_bytes(vm, std::string(data)));
}

Value memoryview_tolist(VM& vm, CallArgs args) {
  if (!check_none(vm, args, "tolist", 1)) return Value::error();
  std::string scratch;
  std::string_view data;
  if (!require_buffer(vm, args[0], scratch, data)) return Value::error();
  std::vector<Value> items;
  items.reserve(data.size());
  for (char c : data) items.push_back(Value::from_int(static_cast<uint8_t>(c)));
  return Value::from_object(make_list(vm, std::move(items)));
}

Value memoryview_hex(VM& vm, CallArgs args) {
  Value bound[2];
  if (!bind_arguments(vm, args, "hex", {"sep", "bytes_per_sep"}, 0, bound, 1)) return Value::error();
  std::string scratch;
  std::string_view data;
  if (!require_buffer(vm, args[0], scratch, data)) return Value::error();
  return hex_of_buffer(vm, data, bound[0], bound[1]);
}

Value memoryview_release(VM& vm, CallArgs args) {
  if (!check_none(vm, args, "release", 1)) return Value::error();
  self_view(args)->released = true;
  return Value::none();
}

Value memoryview_enter(VM& vm, CallArgs args) {
  if (!check_none(vm, args, "__enter__", 1)) return Value::error();
  if (!check_alive(vm, self_view(args))) return Value::error();
  return args[0];
}

Value memoryview_exit(VM& vm, CallArgs args) {
  self_view(args)->released = true;
  return Value::from_bool(false);
}

Value memoryview_readonly(VM& vm, CallArgs args) {
  if (!check_alive(vm, self_view(args))) return Value::error();
  return Value::from_bool(self_view(args)->owner->type->layout != Layout::ByteArray);
}
Value memoryview_nbytes(VM& vm, CallArgs args) {
  if (!check_alive(vm, self_view(args))) return Value::error();
  return Value::from_int(self_view(args)->length);
}
Value memoryview_obj(VM& vm, CallArgs args) {
  if (!check_alive(vm, self_view(args))) return Value::error();
  return Value::from_object(self_view(args)->owner);
}

}  // namespace

Value memoryview_get_item(VM& vm, MemoryView* view, Value key) {
  if (!check_alive(vm, view)) return Value::error();
  if (is_slice(key)) {
    int64_t start, step, count;
    if (!bytes_resolve_slice(vm, key, view->length, start, step, count)) return Value::error();
    return Value::from_object(vm.heap.make<MemoryView>(vm.types.memoryview, view->owner, view->start + start * view->step,
                                                       view->step * step, count));
  }
  int64_t k;
  if (!item_index(vm, view, key, k)) return Value::error();
  return Value::from_int(static_cast<uint8_t>(view->owner->data[k]));
}

bool memoryview_set_item(VM& vm, MemoryView* view, Value key, Value value) {
  if (!check_alive(vm, view)) return false;
  if (view->owner->type->layout != Layout::ByteArray) {
    vm.raise(vm.types.TypeError, "cannot modify read-only memory");
    return false;
  }
  std::string& data = view->owner->data;
  if (is_slice(key)) {
    int64_t start, step, count;
    if (!bytes_resolve_slice(vm, key, view->length, start, step, count)) return false;
    std::string scratch;
    std::string_view source;
    if (!require_buffer(vm, value, scratch, source)) return false;
    std::string copy(source);  // the source may be this very memory
    if (static_cast<int64_t>(copy.size()) != count) {
      vm.raise(vm.types.ValueError, "memoryview assignment: lvalue and rvalue have different structures");
      return false;
    }
    for (int64_t i = 0; i < count; ++i) {
      int64_t k = offset_of(view, start + i * step);
      if (k >= 0) data[k] = copy[i];
    }
    return true;
  }
  int64_t k;
  if (!item_index(vm, view, key, k)) return false;
  if (!is_integer(value)) {
    vm.raise(vm.types.TypeError, "memoryview: invalid type for format 'B'");
    return false;
  }
  int64_t b = value.is_bool() ? value.as_bool() : value.is_int() ? value.as_int() : -1;
  if (b < 0 || b > 255) {
    vm.raise(vm.types.ValueError, "memoryview: invalid value for format 'B'");
    return false;
  }
  data[k] = static_cast<char>(b);
  return true;
}

void install_memoryview(VM& vm) {
  Type* t = vm.types.memoryview;
  t->construct = construct_memoryview;
  t->repr = repr_memoryview;
  add_method(vm, t, "tobytes", memoryview_tobytes);
  add_method(vm, t, "tolist", memoryview_tolist);
  add_method(vm, t, "hex", memoryview_hex);
  add_method(vm, t, "release", memoryview_release);
  add_method(vm, t, "__enter__", memoryview_enter);
  add_method(vm, t, "__exit__", memoryview_exit);
  // Read-only attributes, as properties whose getter is a native.
  static constexpr struct {
    const char* name;
    NativeFn fn;
  } kAttributes[] = {{"readonly", memoryview_readonly}, {"nbytes", memoryview_nbytes}, {"obj", memoryview_obj}};
  for (const auto& a : kAttributes) {
    Property* p = vm.heap.make<Property>(vm.types.property, Value::from_object(make_native(vm, a.name, a.fn, t)),
                                         Value::none(), Value::none(), Value::none());
    t->attributes->set_str(vm.intern(a.name), Value::from_object(p));
  }
}

}  // namespace saessak
