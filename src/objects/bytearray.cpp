// bytearray's mutating methods (append, extend, insert, pop, remove, clear, reverse, copy) and
// item assignment and deletion, with CPython's messages. `+=` and `*=` are in bytes.cpp.
#include <algorithm>

#include "objects/arguments.h"
#include "objects/bytes.h"
#include "objects/exception.h"
#include "objects/function.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/protocols.h"
#include "objects/str.h"
#include "vm/vm.h"

namespace saessak {

namespace {

std::string& self_data(CallArgs args) { return as_bytes(args[0])->data; }

// The octets an iterable of ints (or a bytes-like object) stands for.
bool octets_of(VM& vm, Value v, std::string& out) {
  std::string scratch;
  std::string_view view;
  if (buffer_of(vm, v, scratch, view)) {
    out.assign(view);
    return true;
  }
  Value it = get_iterator(vm, v);
  if (it.is_error()) return false;
  while (true) {
    Value item = iterator_next(vm, it);
    if (item.is_error()) return false;
    if (item.is_null()) return true;
    uint8_t b;
    if (!byte_value(vm, item, b)) return false;
    out.push_back(static_cast<char>(b));
    if (out.size() > static_cast<size_t>(kMaxSequenceLength)) {
      vm.raise_memory_error();
      return false;
    }
  }
}

bool index_arg(VM& vm, Value v, int64_t& out) {
  if (v.is_int() || v.is_bool()) {
    out = v.is_bool() ? v.as_bool() : v.as_int();
    return true;
  }
  if (is_big_int(v)) {
    vm.raise(vm.types.IndexError, "cannot fit 'int' into an index-sized integer");
    return false;
  }
  vm.raise(vm.types.TypeError, "'" + type_name(vm, v) + "' object cannot be interpreted as an integer");
  return false;
}

Value bytearray_append(VM& vm, CallArgs args) {
  if (!check_exactly_one(vm, args, "append", 1)) return Value::error();
  uint8_t b;
  if (!byte_value(vm, args[1], b)) return Value::error();
  self_data(args).push_back(static_cast<char>(b));
  vm.heap.note_allocation(1);
  return Value::none();
}

Value bytearray_extend(VM& vm, CallArgs args) {
  if (!check_exactly_one(vm, args, "extend", 1)) return Value::error();
  std::string extra, scratch;
  std::string_view view;
  if (!buffer_of(vm, args[1], scratch, view)) {
    // Anything else must be iterable: "can't extend bytearray with int".
    Value it = get_iterator(vm, args[1]);
    if (it.is_error()) {
      if (vm.pending_exception()->type != vm.types.TypeError) return Value::error();
      vm.clear_pending_exception();
      return vm.raise(vm.types.TypeError, "can't extend bytearray with " + type_name(vm, args[1]));
    }
  }
  if (!octets_of(vm, args[1], extra)) return Value::error();
  self_data(args) += extra;
  vm.heap.note_allocation(extra.size());
  return Value::none();
}

Value bytearray_insert(VM& vm, CallArgs args) {
  if (!check_no_keywords(vm, args, "insert")) return Value::error();
  if (args.count != 3)
    return vm.raise(vm.types.TypeError, "insert expected 2 arguments, got " + std::to_string(args.count - 1));
  int64_t i;
  uint8_t b;
  if (!index_arg(vm, args[1], i) || !byte_value(vm, args[2], b)) return Value::error();
  std::string& data = self_data(args);
  int64_t n = static_cast<int64_t>(data.size());
  if (i < 0) i = std::max<int64_t>(0, i + n);
  i = std::min(i, n);
  data.insert(data.begin() + i, static_cast<char>(b));
  return Value::none();
}

Value bytearray_pop(VM& vm, CallArgs args) {
  if (!check_between(vm, args, "pop", 0, 1, 1)) return Value::error();
  std::string& data = self_data(args);
  int64_t i = -1;
  if (args.count == 2 && !index_arg(vm, args[1], i)) return Value::error();
  if (data.empty()) return vm.raise(vm.types.IndexError, "pop from empty bytearray");
  if (i < 0) i += static_cast<int64_t>(data.size());
  if (i < 0 || i >= static_cast<int64_t>(data.size())) return vm.raise(vm.types.IndexError, "pop index out of range");
  uint8_t b = static_cast<uint8_t>(data[i]);
  data.erase(data.begin() + i);
  return Value::from_int(b);
}

Value bytearray_remove(VM& vm, CallArgs args) {
  if (!check_exactly_one(vm, args, "remove", 1)) return Value::error();
  uint8_t b;
  if (!byte_value(vm, args[1], b)) return Value::error();
  std::string& data = self_data(args);
  size_t at = data.find(static_cast<char>(b));
  if (at == std::string::npos) return vm.raise(vm.types.ValueError, "value not found in bytearray");
  data.erase(at, 1);
  return Value::none();
}

Value bytearray_clear(VM& vm, CallArgs args) {
  if (!check_none(vm, args, "clear", 1)) return Value::error();
  self_data(args).clear();
  return Value::none();
}

Value bytearray_reverse(VM& vm, CallArgs args) {
  if (!check_none(vm, args, "reverse", 1)) return Value::error();
  std::reverse(self_data(args).begin(), self_data(args).end());
  return Value::none();
}

Value bytearray_copy(VM& vm, CallArgs args) {
  if (!check_none(vm, args, "copy", 1)) return Value::error();
  return Value::from_object(make_bytearray(vm, self_data(args)));
}

}  // namespace

bool memoryview_set_item(VM& vm, MemoryView* view, Value key, Value value);  // memoryview.cpp

bool bytes_set_item(VM& vm, Value container, Value key, Value value) {
  if (is_memoryview(container)) return memoryview_set_item(vm, static_cast<MemoryView*>(container.as_object()), key, value);
  if (container.as_object()->type->layout != Layout::ByteArray) {
    vm.raise(vm.types.TypeError, "'" + type_name(vm, container) + "' object does not support item assignment");
    return false;
  }
  std::string& data = as_bytes(container)->data;
  int64_t n = static_cast<int64_t>(data.size());
  if (key.is_object() && key.as_object()->type->layout == Layout::Slice) {
    int64_t start, step, count;
    if (!bytes_resolve_slice(vm, key, n, start, step, count)) return false;
    std::string replacement;
    if (is_text(value) || is_integer(value) || !octets_of(vm, value, replacement)) {
      if (!is_text(value) && !is_integer(value) && vm.pending_exception()->type != vm.types.TypeError) return false;
      if (!is_text(value) && !is_integer(value)) vm.clear_pending_exception();
      vm.raise(vm.types.TypeError, "can assign only bytes, buffers, or iterables of ints in range(0, 256)");
      return false;
    }
    if (step == 1) {
      int64_t stop = std::max(start, start + count);
      data.replace(static_cast<size_t>(start), static_cast<size_t>(stop - start), replacement);
      vm.heap.note_allocation(replacement.size());
      return true;
    }
    if (static_cast<int64_t>(replacement.size()) != count) {
      vm.raise(vm.types.ValueError, "attempt to assign bytes of size " + std::to_string(replacement.size()) +
                                        " to extended slice of size " + std::to_string(count));
      return false;
    }
    for (int64_t i = 0, k = start; i < count; ++i, k += step) data[k] = replacement[i];
    return true;
  }
  int64_t i;
  if (!index_of(vm, key, i, "bytearray")) return false;
  uint8_t b;
  if (!byte_value(vm, value, b)) return false;
  if (i < 0) i += n;
  if (i < 0 || i >= n) {
    vm.raise(vm.types.IndexError, "bytearray index out of range");
    return false;
  }
  data[i] = static_cast<char>(b);
  return true;
}

bool bytes_delete_item(VM& vm, Value container, Value key) {
  if (is_memoryview(container)) {
    vm.raise(vm.types.TypeError, "cannot delete memory");
    return false;
  }
  if (container.as_object()->type->layout != Layout::ByteArray) {
    vm.raise(vm.types.TypeError, "'" + type_name(vm, container) + "' object doesn't support item deletion");
    return false;
  }
  std::string& data = as_bytes(container)->data;
  int64_t n = static_cast<int64_t>(data.size());
  if (key.is_object() && key.as_object()->type->layout == Layout::Slice) {
    int64_t start, step, count;
    if (!bytes_resolve_slice(vm, key, n, start, step, count)) return false;
    std::vector<bool> doomed(data.size(), false);
    for (int64_t i = 0, k = start; i < count; ++i, k += step) doomed[k] = true;
    std::string kept;
    for (size_t i = 0; i < data.size(); ++i)
      if (!doomed[i]) kept.push_back(data[i]);
    data = std::move(kept);
    return true;
  }
  int64_t i;
  if (!index_of(vm, key, i, "bytearray")) return false;
  if (i < 0) i += n;
  if (i < 0 || i >= n) {
    vm.raise(vm.types.IndexError, "bytearray index out of range");
    return false;
  }
  data.erase(static_cast<size_t>(i), 1);
  return true;
}

void install_bytearray_methods(VM& vm) {
  Type* t = vm.types.bytearray;
  add_method(vm, t, "append", bytearray_append);
  add_method(vm, t, "extend", bytearray_extend);
  add_method(vm, t, "insert", bytearray_insert);
  add_method(vm, t, "pop", bytearray_pop);
  add_method(vm, t, "remove", bytearray_remove);
  add_method(vm, t, "clear", bytearray_clear);
  add_method(vm, t, "reverse", bytearray_reverse);
  add_method(vm, t, "copy", bytearray_copy);
}

}  // namespace saessak
