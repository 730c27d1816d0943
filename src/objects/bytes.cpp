// bytes and bytearray objects: construction, repr, the buffer helpers and the generic protocols
// (equality, ordering, `in`, + * %, hashing, subscripts, iteration). See bytes.h.
#include "objects/bytes.h"
#include "objects/exception.h"

#include <algorithm>
#include <cstring>

#include "objects/arguments.h"
#include "objects/classes.h"
#include "objects/dunders.h"
#include "objects/function.h"
#include "objects/int.h"
#include "objects/iterators.h"
#include "objects/list.h"
#include "objects/protocols.h"
#include "objects/range.h"
#include "objects/str.h"
#include "vm/vm.h"

namespace saessak {

Bytes* make_bytes(VM& vm, std::string data) {
  vm.heap.note_allocation(data.size());
  return vm.heap.make<Bytes>(vm.types.bytes, std::move(data));
}

Bytes* make_bytearray(VM& vm, std::string data) {
  vm.heap.note_allocation(data.size());
  return vm.heap.make<Bytes>(vm.types.bytearray, std::move(data));
}

Bytes* make_bytes_like(VM& vm, Value like, std::string data) {
  bool mutable_kind = like.is_object() && like.as_object()->type->layout == Layout::ByteArray;
  return mutable_kind ? make_bytearray(vm, std::move(data)) : make_bytes(vm, std::move(data));
}

std::string bytes_repr_text(std::string_view data, bool escape_single_quote) {
  // Single quotes unless the bytes hold ' and no ", as CPython chooses.
  bool has_single = data.find('\'') != std::string_view::npos;
  bool has_double = data.find('"') != std::string_view::npos;
  char quote = has_single && !has_double ? '"' : '\'';
  static const char* kHex = "0123456789abcdef";
  std::string out = "b";
  out.push_back(quote);
  for (char ch : data) {
    uint8_t c = static_cast<uint8_t>(ch);
    // CPython's bytearray repr escapes ' even inside double quotes: bytearray(b"it\'s").
    if (c == static_cast<uint8_t>(quote) || c == '\\' || (escape_single_quote && c == '\'')) {
      out.push_back('\\');
      out.push_back(ch);
    }
    else if (c == '\t') out += "\\t";
    else if (c == '\n') out += "\\n";
    else if (c == '\r') out += "\\r";
    else if (c < 0x20 || c >= 0x7F) { out += "\\x"; out.push_back(kHex[c >> 4]); out.push_back(kHex[c & 15]); }
    else out.push_back(ch);
  }
  out.push_back(quote);
  return out;
}

static Value repr_bytes(VM& vm, Value self) {
  bool bytearray = self.as_object()->type->layout == Layout::ByteArray;
  std::string text = bytes_repr_text(as_bytes(self)->data, bytearray);
  if (bytearray) text = "bytearray(" + text + ")";
  return Value::from_object(make_str(vm, text));
}

// ---- buffers ----

static bool view_released(VM& vm, const MemoryView* view) {
  if (!view->released) return false;
  vm.raise(vm.types.ValueError, "operation forbidden on released memoryview object");
  return true;
}

bool buffer_of(VM& vm, Value v, std::string& scratch, std::string_view& out) {
  if (is_bytes_or_bytearray(v)) {
    out = as_bytes(v)->data;
    return true;
  }
  if (!is_memoryview(v)) return false;
  MemoryView* view = static_cast<MemoryView*>(v.as_object());
  scratch.clear();
  if (view->released) return true;  // callers that care check view_released first
  const std::string& data = view->owner->data;
  int64_t size = static_cast<int64_t>(data.size());
  for (int64_t i = 0, k = view->start; i < view->length; ++i, k += view->step)
    if (k >= 0 && k < size) scratch.push_back(data[k]);
  out = scratch;
  return true;
}

bool require_buffer(VM& vm, Value v, std::string& scratch, std::string_view& out) {
  if (is_memoryview(v) && view_released(vm, static_cast<MemoryView*>(v.as_object()))) return false;
  if (buffer_of(vm, v, scratch, out)) return true;
  vm.raise(vm.types.TypeError, "a bytes-like object is required, not '" + type_name(vm, v) + "'");
  return false;
}

bool byte_value(VM& vm, Value v, uint8_t& out) {
  if (!is_integer(v)) {
    vm.raise(vm.types.TypeError, "'" + type_name(vm, v) + "' object cannot be interpreted as an integer");
    return false;
  }
  int64_t n = v.is_bool() ? v.as_bool() : v.is_int() ? v.as_int() : -1;
  if (n < 0 || n > 255) {
    vm.raise(vm.types.ValueError, "byte must be in range(0, 256)");
    return false;
  }
  out = static_cast<uint8_t>(n);
  return true;
}

bool bytes_length(VM& vm, Value v, int64_t& out) {
  if (is_memoryview(v)) {
    MemoryView* view = static_cast<MemoryView*>(v.as_object());
    if (view_released(vm, view)) return false;
    out = view->length;
    return true;
  }
  out = static_cast<int64_t>(as_bytes(v)->data.size());
  return true;
}

// ---- construction ----

// The octets `source` stands for in bytes(source) / bytearray(source) without an encoding.
static bool bytes_from_object(VM& vm, Value source, const std::string& kind, std::string& out) {
  std::string scratch;
  std::string_view view;
  if (is_memoryview(source) && view_released(vm, static_cast<MemoryView*>(source.as_object()))) return false;
  if (buffer_of(vm, source, scratch, view)) {
    out.assign(view);
    return true;
  }
  if (is_text(source)) {
    vm.raise(vm.types.TypeError, "string argument without an encoding");
    return false;
  }
  if (is_python_object(source)) {
    Value method = lookup_python_dunder(source.as_object()->type, vm.intern("__bytes__"));
    if (!method.is_null()) {
      Value made = vm.call(method, CallArgs{&source, 1, nullptr});
      if (made.is_error()) return false;
      if (!made.is_object() || made.as_object()->type->layout != Layout::Bytes) {
        vm.raise(vm.types.TypeError, "__bytes__ returned non-bytes (type " + type_name(vm, made) + ")");
        return false;
      }
      out = as_bytes(made)->data;
      return true;
    }
  }
  if (is_integer(source)) {
    if (is_big_int(source)) {
      if (big_of(source).is_negative()) {
        vm.raise(vm.types.ValueError, "negative count");
        return false;
      }
      vm.raise(vm.types.OverflowError, "cannot fit 'int' into an index-sized integer");
      return false;
    }
    int64_t n = source.is_bool() ? source.as_bool() : source.as_int();
    if (n < 0) {
      vm.raise(vm.types.ValueError, "negative count");
      return false;
    }
    if (n > kMaxSequenceLength) {
      vm.raise_memory_error();
      return false;
    }
    out.assign(static_cast<size_t>(n), '\0');
    return true;
  }
  Value it = get_iterator(vm, source);
  if (it.is_error()) {
    if (vm.pending_exception()->type == vm.types.TypeError) {
      vm.clear_pending_exception();
      vm.raise(vm.types.TypeError, "cannot convert '" + type_name(vm, source) + "' object to " + kind);
    }
    return false;
  }
  while (true) {
    Value item = iterator_next(vm, it);
    if (item.is_error()) return false;
    if (item.is_null()) return true;
    uint8_t b;
    if (!byte_value(vm, item, b)) {
      if (vm.pending_exception()->type == vm.types.ValueError) {
        vm.clear_pending_exception();
        vm.raise(vm.types.ValueError, "bytes must be in range(0, 256)");
      }
      return false;
    }
    out.push_back(static_cast<char>(b));
    if (out.size() > static_cast<size_t>(kMaxSequenceLength)) {
      vm.raise_memory_error();
      return false;
    }
  }
}

Value encode_str(VM& vm, Str* s, Value encoding, Value errors, std::string& out);  // bytes_codecs.cpp

static Value construct(VM& vm, CallArgs args, const std::string& kind, std::string& out) {
  Value bound[3];
  if (!bind_arguments(vm, args, kind, {"source", "encoding", "errors"}, 0, bound, 0)) return Value::error();
  Value source = bound[0], encoding = bound[1], errors = bound[2];
  if (!encoding.is_null() || !errors.is_null()) {
    if (source.is_null() || !is_text(source))
      return vm.raise(vm.types.TypeError, encoding.is_null() ? "errors without a string argument"
                                                               : "encoding without a string argument");
    for (Value* v : {&encoding, &errors}) {
      if (!v->is_null() && !is_text(*v))
        return vm.raise(vm.types.TypeError, kind + "() argument '" + (v == &encoding ? "encoding" : "errors") +
                                                "' must be str, not " + type_name(vm, *v));
    }
    if (encoding.is_null()) encoding = Value::from_object(vm.intern("utf-8"));
    return encode_str(vm, static_cast<Str*>(source.as_object()), encoding, errors, out);
  }
  if (source.is_null()) return Value::none();
  return bytes_from_object(vm, source, kind, out) ? Value::none() : Value::error();
}

static Value construct_bytes(VM& vm, CallArgs args) {
  // bytes(b) of an exact bytes object is that object, as in CPython.
  if (args.count == 1 && args.keyword_count() == 0 && args[0].is_object() && args[0].as_object()->type == vm.types.bytes)
    return args[0];
  std::string data;
  if (construct(vm, args, "bytes", data).is_error()) return Value::error();
  return Value::from_object(make_bytes(vm, std::move(data)));
}

static Value construct_bytearray(VM& vm, CallArgs args) {
  std::string data;
  if (construct(vm, args, "bytearray", data).is_error()) return Value::error();
  return Value::from_object(make_bytearray(vm, std::move(data)));
}

bool bind_arguments(VM& vm, CallArgs args, const std::string& name, std::initializer_list<const char*> names,
                    int required, Value* out, int skip) {
  int capacity = static_cast<int>(names.size());
  int positional = args.count - skip;
  for (int i = 0; i < capacity; ++i) out[i] = Value::null();
  if (positional > capacity) {
    vm.raise(vm.types.TypeError, name + "() takes at most " + std::to_string(capacity) + " argument" +
                                     (capacity == 1 ? "" : "s") + " (" + std::to_string(positional) + " given)");
    return false;
  }
  for (int i = 0; i < positional; ++i) out[i] = args[skip + i];
  for (int k = 0; k < args.keyword_count(); ++k) {
    std::string key = static_cast<Str*>(args.kwnames->items[k].as_object())->utf8();
    int slot = -1;
    int i = 0;
    for (const char* n : names) {
      if (key == n) slot = i;
      ++i;
    }
    if (slot < 0) {
      vm.raise(vm.types.TypeError, "'" + key + "' is an invalid keyword argument for " + name + "()");
      return false;
    }
    if (!out[slot].is_null()) {
      vm.raise(vm.types.TypeError, "argument for " + name + "() given by name ('" + key + "') and position (" +
                                       std::to_string(slot + 1) + ")");
      return false;
    }
    out[slot] = args.values[args.count + k];
  }
  int i = 0;
  for (const char* n : names) {
    if (i < required && out[i].is_null()) {
      vm.raise(vm.types.TypeError, name + "() missing required argument '" + n + "' (pos " + std::to_string(i + 1) + ")");
      return false;
    }
    ++i;
  }
  return true;
}

// ---- protocols ----

static bool is_buffer(Value v) { return is_bytes_or_bytearray(v) || is_memoryview(v); }

Value bytes_equal(VM& vm, Value a, Value b) {
  if (!is_buffer(a) || !is_buffer(b)) return Value::from_bool(false);
  std::string sa, sb;
  std::string_view x, y;
  if (!buffer_of(vm, a, sa, x) || !buffer_of(vm, b, sb, y)) return Value::from_bool(false);
  // A released view equals only itself.
  if ((is_memoryview(a) && static_cast<MemoryView*>(a.as_object())->released) ||
      (is_memoryview(b) && static_cast<MemoryView*>(b.as_object())->released))
    return Value::from_bool(a == b);
  return Value::from_bool(x == y);
}

Value bytes_compare(VM& vm, CompareOp op, Value a, Value b) {
  if (!is_bytes_or_bytearray(a) || !is_bytes_or_bytearray(b)) return Value::not_implemented();
  int c = as_bytes(a)->data.compare(as_bytes(b)->data);
  switch (op) {
    case CompareOp::Lt: return Value::from_bool(c < 0);
    case CompareOp::Le: return Value::from_bool(c <= 0);
    case CompareOp::Gt: return Value::from_bool(c > 0);
    case CompareOp::Ge: return Value::from_bool(c >= 0);
    case CompareOp::Eq: return Value::from_bool(c == 0);
    case CompareOp::Ne: return Value::from_bool(c != 0);
    default: return Value::not_implemented();
  }
}

Value bytes_contains(VM& vm, Value container, Value item) {
  std::string scratch, item_scratch;
  std::string_view hay, needle;
  if (is_memoryview(container)) {
    // A memoryview compares its items (ints) with ==, as any sequence does.
    if (!require_buffer(vm, container, scratch, hay)) return Value::error();
    for (char c : hay) {
      Value eq = values_equal(vm, Value::from_int(static_cast<uint8_t>(c)), item);
      if (eq.is_error() || eq.is_true()) return eq;
    }
    return Value::from_bool(false);
  }
  hay = as_bytes(container)->data;
  if (is_integer(item)) {
    uint8_t b;
    if (!byte_value(vm, item, b)) return Value::error();
    return Value::from_bool(hay.find(static_cast<char>(b)) != std::string_view::npos);
  }
  if (!require_buffer(vm, item, item_scratch, needle)) return Value::error();
  return Value::from_bool(hay.find(needle) != std::string_view::npos);
}

static Value repeat(VM& vm, Value self, Value count, bool inplace) {
  int64_t times;
  if (is_big_int(count)) {
    if (!big_of(count).is_negative()) return vm.raise(vm.types.OverflowError, "cannot fit 'int' into an index-sized integer");
    times = 0;
  } else {
    times = count.is_bool() ? count.as_bool() : count.as_int();
  }
  const std::string& data = as_bytes(self)->data;
  if (times < 0) times = 0;
  if (!data.empty() && static_cast<uint64_t>(times) > static_cast<uint64_t>(kMaxSequenceLength) / data.size())
    return vm.raise_memory_error();
  std::string out;
  out.reserve(data.size() * times);
  for (int64_t i = 0; i < times; ++i) out += data;
  if (inplace && self.as_object()->type->layout == Layout::ByteArray) {
    vm.heap.note_allocation(out.size());
    as_bytes(self)->data = std::move(out);
    return self;
  }
  return Value::from_object(make_bytes_like(vm, self, std::move(out)));
}

Value bytes_binary_op(VM& vm, BinaryOp op, Value a, Value b, bool inplace) {
  if (op == BinaryOp::Add && is_bytes_or_bytearray(a)) {
    std::string scratch;
    std::string_view other;
    if (!buffer_of(vm, b, scratch, other))
      return vm.raise(vm.types.TypeError, "can't concat " + type_name(vm, b) + " to " + type_name(vm, a));
    if (is_memoryview(b) && view_released(vm, static_cast<MemoryView*>(b.as_object()))) return Value::error();
    if (inplace && a.as_object()->type->layout == Layout::ByteArray) {
      std::string extra(other);  // `ba += ba` reads what it appends first
      as_bytes(a)->data += extra;
      vm.heap.note_allocation(extra.size());
      return a;
    }
    std::string out = as_bytes(a)->data;
    out.append(other);
    return Value::from_object(make_bytes_like(vm, a, std::move(out)));
  }
  if (op == BinaryOp::Mul) {
    if (is_bytes_or_bytearray(a) && is_integer(b)) return repeat(vm, a, b, inplace);
    if (is_bytes_or_bytearray(b) && is_integer(a)) return repeat(vm, b, a, false);
    if (is_bytes_or_bytearray(a) || is_bytes_or_bytearray(b)) {
      Value other = is_bytes_or_bytearray(a) ? b : a;
      if (!is_python_object(other))
        return vm.raise(vm.types.TypeError, "can't multiply sequence by non-int of type '" + type_name(vm, other) + "'");
    }
  }
  if (op == BinaryOp::Mod && is_bytes_or_bytearray(a)) return bytes_percent_format(vm, a, b);
  return Value::not_implemented();
}

bool bytes_hash(VM& vm, Value v, int64_t& out) {
  Bytes* bytes = nullptr;
  if (is_memoryview(v)) {
    MemoryView* view = static_cast<MemoryView*>(v.as_object());
    if (view_released(vm, view)) return false;
    if (view->owner->type->layout == Layout::ByteArray) {
      vm.raise(vm.types.ValueError, "cannot hash writable memoryview object");
      return false;
    }
    std::string scratch;
    std::string_view data;
    if (!buffer_of(vm, v, scratch, data)) return false;
    // Equal to the hash of the equal bytes, as CPython promises.
    Bytes copy(vm.types.bytes, std::string(data));
    return bytes_hash(vm, Value::from_object(&copy), out);
  }
  if (v.as_object()->type->layout == Layout::ByteArray) {
    vm.raise(vm.types.TypeError, "unhashable type: '" + type_name(vm, v) + "'");
    return false;
  }
  bytes = as_bytes(v);
  if (bytes->cached_hash != -1) {
    out = bytes->cached_hash;
    return true;
  }
  // FNV-1a, like str: CPython randomises bytes hashes, so no program can depend on them.
  uint64_t h = 1469598103934665603ull;
  for (char c : bytes->data) {
    h ^= static_cast<uint8_t>(c);
    h *= 1099511628211ull;
  }
  int64_t result = bytes->data.empty() ? 0 : static_cast<int64_t>(h >> 4);
  if (result == -1) result = -2;
  bytes->cached_hash = result;
  out = result;
  return true;
}

// Resolves slice `key` against `length` (as slice.indices() does): false with the error pending.
bool bytes_resolve_slice(VM& vm, Value key, int64_t length, int64_t& start, int64_t& step, int64_t& count) {
  Slice* parts = static_cast<Slice*>(key.as_object());
  step = 1;
  if (!parts->step.is_none()) {
    if (!index_of(vm, parts->step, step, "slice")) return false;
    if (step == 0) {
      vm.raise(vm.types.ValueError, "slice step cannot be zero");
      return false;
    }
  }
  auto bound = [&](Value v, int64_t fallback, int64_t& result) {
    if (v.is_none()) {
      result = fallback;
      return true;
    }
    if (!v.is_int() && !v.is_bool()) {
      if (is_big_int(v)) {
        result = big_of(v).is_negative() ? (step < 0 ? -1 : 0) : (step < 0 ? length - 1 : length);
        return true;
      }
      vm.raise(vm.types.TypeError, "slice indices must be integers or None or have an __index__ method");
      return false;
    }
    int64_t x = v.is_bool() ? v.as_bool() : v.as_int();
    if (x < 0) {
      x += length;
      if (x < 0) x = step < 0 ? -1 : 0;
    } else if (x >= length) {
      x = step < 0 ? length - 1 : length;
    }
    result = x;
    return true;
  };
  int64_t stop;
  if (!bound(parts->start, step < 0 ? length - 1 : 0, start)) return false;
  if (!bound(parts->stop, step < 0 ? -1 : length, stop)) return false;
  if (step > 0) count = start < stop ? (stop - start - 1) / step + 1 : 0;
  else count = start > stop ? (start - stop - 1) / (-step) + 1 : 0;
  return true;
}

static bool is_slice(Value v) { return v.is_object() && v.as_object()->type->layout == Layout::Slice; }

Value memoryview_get_item(VM& vm, MemoryView* view, Value key);  // memoryview.cpp

Value bytes_get_item(VM& vm, Value container, Value key) {
  if (is_memoryview(container)) return memoryview_get_item(vm, static_cast<MemoryView*>(container.as_object()), key);
  const std::string& data = as_bytes(container)->data;
  bool mutable_kind = container.as_object()->type->layout == Layout::ByteArray;
  if (is_slice(key)) {
    int64_t start, step, count;
    if (!bytes_resolve_slice(vm, key, static_cast<int64_t>(data.size()), start, step, count)) return Value::error();
    std::string out;
    out.reserve(count);
    for (int64_t i = 0, k = start; i < count; ++i, k += step) out.push_back(data[k]);
    return Value::from_object(make_bytes_like(vm, container, std::move(out)));
  }
  int64_t i;
  if (!index_of(vm, key, i, mutable_kind ? "bytearray" : "byte")) return Value::error();
  int64_t n = static_cast<int64_t>(data.size());
  if (i < 0) i += n;
  if (i < 0 || i >= n) return vm.raise(vm.types.IndexError, mutable_kind ? "bytearray index out of range" : "index out of range");
  return Value::from_int(static_cast<uint8_t>(data[i]));
}

// ---- iteration ----

namespace {

// Iterates bytes, bytearray or memoryview by index, so a bytearray growing during the loop is
// seen as CPython sees it.
struct BytesIterator final : NativeIterator {
  BytesIterator(Type* t, Value sequence) : NativeIterator(t), sequence(sequence) {}
  void trace(Tracer& t) override { t.mark(sequence); }
  Value next(VM& vm) override {
    if (sequence.is_null()) return Value::null();
    if (is_memoryview(sequence)) {
      if (index >= static_cast<MemoryView*>(sequence.as_object())->length) return Value::null();
      return bytes_get_item(vm, sequence, Value::from_int(index++));
    }
    const std::string& data = as_bytes(sequence)->data;
    if (index >= static_cast<int64_t>(data.size())) {
      sequence = Value::null();
      return Value::null();
    }
    return Value::from_int(static_cast<uint8_t>(data[index++]));
  }
  Value sequence;
  int64_t index = 0;
};

}  // namespace

Value bytes_iterator(VM& vm, Value iterable) {
  if (is_memoryview(iterable) && view_released(vm, static_cast<MemoryView*>(iterable.as_object()))) return Value::error();
  Type* type = iterable.as_object()->type->layout == Layout::Bytes ? vm.types.bytes_iterator : vm.types.bytearray_iterator;
  return Value::from_object(vm.heap.make<BytesIterator>(type, iterable));
}

// ---- installation ----

void install_bytes_types(VM& vm) {
  vm.types.bytes = vm.new_type("bytes", vm.types.object, Layout::Bytes);
  vm.types.bytearray = vm.new_type("bytearray", vm.types.object, Layout::ByteArray);
  vm.types.memoryview = vm.new_type("memoryview", vm.types.object, Layout::MemoryView);
  vm.types.bytes_iterator = vm.new_type("bytes_iterator", vm.types.object, Layout::NativeIterator);
  vm.types.bytearray_iterator = vm.new_type("bytearray_iterator", vm.types.object, Layout::NativeIterator);
  vm.types.bytes->construct = construct_bytes;
  vm.types.bytearray->construct = construct_bytearray;
  vm.types.bytes->repr = repr_bytes;
  vm.types.bytearray->repr = repr_bytes;
  for (Type* t : {vm.types.bytes, vm.types.bytearray, vm.types.memoryview})
    vm.builtins()->set_str(vm.intern(t->name), Value::from_object(t));
  install_bytes_methods(vm);
  install_bytearray_methods(vm);
  install_bytes_codecs(vm);
  install_memoryview(vm);
}

}  // namespace saessak
