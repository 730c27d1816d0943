// `bytes`, `bytearray` and `memoryview`.
//
// bytes and bytearray share one C++ layout: a std::string of raw octets. The Type tells them
// apart (Layout::Bytes is immutable and hashable, Layout::ByteArray mutable and unhashable), so
// every read-only method is written once for both. A memoryview is a window (start, step,
// length) onto one of them; it reads the owner's storage at each access, so writes through a
// view land in the bytearray and a bytearray that shrank under a view is never read past its end.
//
// The generic protocols (src/objects/protocols.cpp) hand these layouts to the bytes_* functions
// below, which keeps this type's rules in its own files:
//   bytes.cpp          objects, repr, constructors, the protocols, the buffer helpers
//   bytes_methods.cpp  the methods shared by bytes and bytearray (find, split, strip, ...)
//   bytearray.cpp      bytearray's mutating methods and item assignment
//   bytes_codecs.cpp   str.encode, bytes.decode, int.to_bytes/from_bytes, %-formatting
//   memoryview.cpp     memoryview
#pragma once

#include <initializer_list>
#include <string>
#include <string_view>

#include "objects/heap.h"
#include "objects/operators.h"

namespace saessak {

struct Bytes final : Object {
  Bytes(Type* type, std::string data) : Object(type), data(std::move(data)) {}
  size_t external_bytes() const override { return data.capacity(); }
  std::string data;  // raw octets, not text
  int64_t cached_hash = -1;
};

struct MemoryView final : Object {
  MemoryView(Type* type, Bytes* owner, int64_t start, int64_t step, int64_t length)
      : Object(type), owner(owner), start(start), step(step), length(length) {}
  void trace(Tracer& t) override { t.mark(owner); }
  Bytes* owner;
  int64_t start, step, length;
  bool released = false;
};

inline bool is_bytes_or_bytearray(Value v) {
  if (!v.is_object()) return false;
  Layout l = v.as_object()->type->layout;
  return l == Layout::Bytes || l == Layout::ByteArray;
}
inline bool is_memoryview(Value v) { return v.is_object() && v.as_object()->type->layout == Layout::MemoryView; }
inline Bytes* as_bytes(Value v) { return static_cast<Bytes*>(v.as_object()); }

Bytes* make_bytes(VM& vm, std::string data);
Bytes* make_bytearray(VM& vm, std::string data);
// A new object of the same kind as `like` (bytes or bytearray): what most methods return.
Bytes* make_bytes_like(VM& vm, Value like, std::string data);
// b'...' with CPython's quoting and escapes.
std::string bytes_repr_text(std::string_view data, bool escape_single_quote = false);

// The octets of any bytes-like object (bytes, bytearray, memoryview): false when `v` is not
// one. A strided or released memoryview is copied into `scratch`.
[[nodiscard]] bool buffer_of(VM& vm, Value v, std::string& scratch, std::string_view& out);
// The same, raising "a bytes-like object is required, not 'str'" when it is not one.
[[nodiscard]] bool require_buffer(VM& vm, Value v, std::string& scratch, std::string_view& out);

inline bool is_text(Value v) { return v.is_object() && v.as_object()->type->layout == Layout::Str; }
// Binds positional then keyword arguments (after `skip` leading values, a method's self) to
// `names`; absent ones are Value::null(). The first `required` must be given.
[[nodiscard]] bool bind_arguments(VM& vm, CallArgs args, const std::string& name,
                                  std::initializer_list<const char*> names, int required, Value* out, int skip);
// Resolves a slice object against a length, as slice.indices() does.
[[nodiscard]] bool bytes_resolve_slice(VM& vm, Value key, int64_t length, int64_t& start, int64_t& step,
                                       int64_t& count);

// ---- the protocols, called from protocols.cpp for these layouts ----
[[nodiscard]] Value bytes_equal(VM& vm, Value a, Value b);  // NotImplemented when b is not bytes-like
[[nodiscard]] Value bytes_compare(VM& vm, CompareOp op, Value a, Value b);  // NotImplemented likewise
[[nodiscard]] Value bytes_contains(VM& vm, Value container, Value item);
[[nodiscard]] Value bytes_binary_op(VM& vm, BinaryOp op, Value a, Value b, bool inplace);  // NotImplemented if none
[[nodiscard]] bool bytes_hash(VM& vm, Value v, int64_t& out);
[[nodiscard]] Value bytes_get_item(VM& vm, Value container, Value key);
[[nodiscard]] bool bytes_set_item(VM& vm, Value container, Value key, Value value);
[[nodiscard]] bool bytes_delete_item(VM& vm, Value container, Value key);
[[nodiscard]] Value bytes_iterator(VM& vm, Value iterable);
[[nodiscard]] bool bytes_length(VM& vm, Value v, int64_t& out);  // bytes, bytearray or memoryview

// Shared helpers of the bytes files.
[[nodiscard]] bool byte_value(VM& vm, Value v, uint8_t& out);  // an int in range(0, 256)
[[nodiscard]] Value bytes_percent_format(VM& vm, Value format, Value args);
[[nodiscard]] Value decode_bytes(VM& vm, std::string_view data, Value encoding, Value errors);
// str(object, encoding='utf-8', errors='strict') when an encoding or errors is given.
[[nodiscard]] Value construct_str_decoding(VM& vm, CallArgs args);
[[nodiscard]] Value hex_of_buffer(VM& vm, std::string_view data, Value sep, Value bytes_per_sep);

void install_bytes_types(VM& vm);        // bytes.cpp: creates the types, then the others
void install_bytes_methods(VM& vm);      // bytes_methods.cpp
void install_bytearray_methods(VM& vm);  // bytearray.cpp
void install_bytes_codecs(VM& vm);       // bytes_codecs.cpp
void install_memoryview(VM& vm);         // memoryview.cpp

}  // namespace saessak
