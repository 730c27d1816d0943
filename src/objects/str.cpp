#include "objects/str.h"

#include <algorithm>
#include <cstring>

#include "objects/heap.h"
#include "vm/vm.h"

namespace saessak {

void Str::trace(Tracer& t) { t.mark(attributes); }

static Str* build(VM& vm, const uint32_t* cps, size_t n) {
  if (n == 1 && cps[0] < 0x100) return vm.latin1_char(cps[0]);
  uint32_t widest = 0;
  for (size_t i = 0; i < n; ++i) widest = std::max(widest, cps[i]);
  uint8_t kind = widest < 0x100 ? 1 : widest < 0x10000 ? 2 : 4;
  std::string storage(n * kind, '\0');
  for (size_t i = 0; i < n; ++i) {
    if (kind == 1) storage[i] = static_cast<char>(cps[i]);
    else if (kind == 2) { uint16_t c = static_cast<uint16_t>(cps[i]); std::memcpy(&storage[2 * i], &c, 2); }
    else std::memcpy(&storage[4 * i], &cps[i], 4);
  }
  vm.heap.note_allocation(storage.size());
  return vm.heap.make<Str>(vm.types.str, kind, n, std::move(storage));
}

Str* make_str_from_code_points(VM& vm, const uint32_t* cps, size_t n) { return build(vm, cps, n); }

Str* make_str(VM& vm, std::string_view utf8) {
  bool ascii = std::all_of(utf8.begin(), utf8.end(), [](char c) { return static_cast<uint8_t>(c) < 0x80; });
  if (ascii) {
    if (utf8.size() == 1) return vm.latin1_char(static_cast<uint8_t>(utf8[0]));
    vm.heap.note_allocation(utf8.size());
    return vm.heap.make<Str>(vm.types.str, 1, utf8.size(), std::string(utf8));
  }
  std::vector<uint32_t> cps;
  cps.reserve(utf8.size());
  for (size_t i = 0; i < utf8.size();) cps.push_back(decode_utf8(utf8, i));
  return build(vm, cps.data(), cps.size());
}

std::string Str::utf8() const {
  if (kind == 1 && is_ascii()) return storage;
  std::string out;
  out.reserve(length * 2);
  for (size_t i = 0; i < length; ++i) append_utf8(out, at(i));
  return out;
}

bool Str::is_ascii() const {
  if (kind != 1) return false;
  return std::all_of(storage.begin(), storage.end(), [](char c) { return static_cast<uint8_t>(c) < 0x80; });
}

int64_t Str::hash() {
  if (cached_hash != -1) return cached_hash;
  // FNV-1a over code points. CPython randomises str hashes, so no program can depend on them.
  uint64_t h = 1469598103934665603ull;
  for (size_t i = 0; i < length; ++i) {
    h ^= at(i);
    h *= 1099511628211ull;
  }
  int64_t result = static_cast<int64_t>(h >> 4);
  if (result == -1) result = -2;
  cached_hash = result;
  return result;
}

static std::vector<uint32_t> code_points(const Str* s) {
  std::vector<uint32_t> out(s->length);
  for (size_t i = 0; i < s->length; ++i) out[i] = s->at(i);
  return out;
}

namespace {

// Appends `s` to `out`, whose code units are `kind` bytes wide (at least s->kind).
void append_widened(std::string& out, uint8_t kind, const Str* s) {
  if (s->kind == kind) {
    out += s->storage;
    return;
  }
  size_t at = out.size();
  out.resize(at + s->length * kind);
  for (size_t i = 0; i < s->length; ++i) {
    uint32_t c = s->at(i);
    if (kind == 2) {
      uint16_t unit = static_cast<uint16_t>(c);
      std::memcpy(&out[at + 2 * i], &unit, 2);
    } else {
      std::memcpy(&out[at + 4 * i], &c, 4);
    }
  }
}

}  // namespace

Str* str_join_pieces(VM& vm, const Str* separator, const std::vector<const Str*>& pieces) {
  uint8_t kind = pieces.empty() ? 1 : separator->kind;
  size_t length = pieces.empty() ? 0 : separator->length * (pieces.size() - 1);
  for (const Str* p : pieces) {
    kind = std::max(kind, p->kind);
    length += p->length;
  }
  std::string storage;
  storage.reserve(length * kind);
  for (size_t i = 0; i < pieces.size(); ++i) {
    if (i) append_widened(storage, kind, separator);
    append_widened(storage, kind, pieces[i]);
  }
  if (length == 1 && kind == 1) return vm.latin1_char(static_cast<uint8_t>(storage[0]));
  vm.heap.note_allocation(storage.size());
  return vm.heap.make<Str>(vm.types.str, kind, length, std::move(storage));
}

Str* str_concat(VM& vm, const Str* a, const Str* b) {
  if (a->kind != b->kind) return str_join_pieces(vm, vm.intern(""), {a, b});
  std::string storage = a->storage + b->storage;
  vm.heap.note_allocation(storage.size());
  return vm.heap.make<Str>(vm.types.str, a->kind, a->length + b->length, std::move(storage));
}

Value str_repeat(VM& vm, const Str* s, int64_t times) {
  if (times <= 0 || s->length == 0) return Value::from_object(make_str(vm, ""));
  if (static_cast<uint64_t>(times) > (uint64_t{1} << 31) / std::max<size_t>(s->storage.size(), 1))
    return vm.raise_memory_error();
  std::string storage;
  storage.reserve(s->storage.size() * times);
  for (int64_t i = 0; i < times; ++i) storage += s->storage;
  vm.heap.note_allocation(storage.size());
  return Value::from_object(vm.heap.make<Str>(vm.types.str, s->kind, s->length * times, std::move(storage)));
}

Str* str_slice(VM& vm, const Str* s, int64_t start, int64_t stop, int64_t step) {
  std::vector<uint32_t> cps;
  if (step > 0)
    for (int64_t i = start; i < stop; i += step) cps.push_back(s->at(i));
  else
    for (int64_t i = start; i > stop; i += step) cps.push_back(s->at(i));
  return build(vm, cps.data(), cps.size());
}

int str_compare(const Str* a, const Str* b) {
  size_t n = std::min(a->length, b->length);
  for (size_t i = 0; i < n; ++i) {
    uint32_t x = a->at(i), y = b->at(i);
    if (x != y) return x < y ? -1 : 1;
  }
  return a->length < b->length ? -1 : a->length > b->length ? 1 : 0;
}

// Whether CPython's str.isprintable() holds for a code point, approximately: control
// characters, separators other than space, surrogates and private use are not printable.
static bool is_printable(uint32_t c) {
  if (c < 0x20 || c == 0x7F) return false;
  if (c >= 0x80 && c <= 0xA0) return false;
  if (c == 0xAD) return false;
  if (c >= 0xD800 && c <= 0xF8FF) return false;
  if (c == 0x2028 || c == 0x2029 || (c >= 0x200B && c <= 0x200F) || (c >= 0x202A && c <= 0x202E)) return false;
  if (c == 0xFEFF || c == 0x3000 || (c >= 0x2000 && c <= 0x200A)) return false;
  if (c >= 0xF0000) return false;
  return true;
}

std::string str_repr_utf8(const Str* s) {
  bool has_single = false, has_double = false;
  for (size_t i = 0; i < s->length; ++i) {
    if (s->at(i) == '\'') has_single = true;
    if (s->at(i) == '"') has_double = true;
  }
  char quote = has_single && !has_double ? '"' : '\'';
  std::string out(1, quote);
  static const char* kHex = "0123456789abcdef";
  for (size_t i = 0; i < s->length; ++i) {
    uint32_t c = s->at(i);
    if (c == static_cast<uint32_t>(quote) || c == '\\') { out.push_back('\\'); out.push_back(static_cast<char>(c)); }
    else if (c == '\n') out += "\\n";
    else if (c == '\r') out += "\\r";
    else if (c == '\t') out += "\\t";
    else if (is_printable(c)) append_utf8(out, c);
    else if (c < 0x100) { out += "\\x"; out.push_back(kHex[c >> 4]); out.push_back(kHex[c & 15]); }
    else if (c < 0x10000) {
      out += "\\u";
      for (int shift = 12; shift >= 0; shift -= 4) out.push_back(kHex[(c >> shift) & 15]);
    } else {
      out += "\\U";
      for (int shift = 28; shift >= 0; shift -= 4) out.push_back(kHex[(c >> shift) & 15]);
    }
  }
  out.push_back(quote);
  return out;
}

}  // namespace saessak
