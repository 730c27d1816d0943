// `str`: Unicode code points stored as in PEP 393, with 1, 2 or 4 bytes per code point chosen
// by the widest character. Hangul fits in 2 bytes, so indexing Korean text is O(1).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "objects/object.h"
#include "support/utf8.h"

namespace saessak {

struct Str final : Object {
  Str(Type* type, uint8_t kind, size_t length, std::string storage)
      : Object(type), kind(kind), length(length), storage(std::move(storage)) {}
  size_t external_bytes() const override { return storage.capacity(); }
  void trace(Tracer& t) override;

  uint32_t at(size_t i) const {
    switch (kind) {
      case 1: return static_cast<uint8_t>(storage[i]);
      case 2: { uint16_t c; std::memcpy(&c, storage.data() + 2 * i, 2); return c; }
      default: { uint32_t c; std::memcpy(&c, storage.data() + 4 * i, 4); return c; }
    }
  }
  std::string utf8() const;
  bool is_ascii() const;
  bool equals(const Str* other) const {
    return this == other || (length == other->length && kind == other->kind && storage == other->storage);
  }
  int64_t hash();

  uint8_t kind;
  size_t length;
  std::string storage;
  int64_t cached_hash = -1;
  bool interned = false;
  Object* attributes = nullptr;  // the __dict__ (a Dict) of an instance of a Python subclass of str
};

// Decodes UTF-8 (invalid bytes become U+FFFD) into the narrowest storage.
Str* make_str(VM& vm, std::string_view utf8);
Str* make_str_from_code_points(VM& vm, const uint32_t* code_points, size_t count);

Str* str_concat(VM& vm, const Str* a, const Str* b);
// sep.join(pieces) for pieces already checked to be str: storage is copied kind to kind (widened
// where a piece is narrower than the result), never through UTF-8 or code point arrays.
Str* str_join_pieces(VM& vm, const Str* separator, const std::vector<const Str*>& pieces);
Value str_repeat(VM& vm, const Str* s, int64_t times);
Str* str_slice(VM& vm, const Str* s, int64_t start, int64_t stop, int64_t step);
int str_compare(const Str* a, const Str* b);  // <0, 0, >0 by code points
std::string str_repr_utf8(const Str* s);  // 'text' with CPython's quoting and escapes

void install_str_type(VM& vm);

}  // namespace saessak
