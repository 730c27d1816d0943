// Inline caches for attribute access on instances of Python classes (LOAD_ATTR, LOAD_METHOD,
// STORE_ATTR): one entry per instruction remembers what the full lookup decided for the last
// type seen there, so the next access by an object of that type skips the walk along the MRO,
// the hook checks and the descriptor checks, and only probes the instance dictionary.
//
// Only the two plainest outcomes are cached, for names that are not dunders, on classes with no
// __getattribute__ (loads) or __setattr__ (stores):
//   - the class (and its bases) have no attribute of that name: the instance dict decides;
//   - the class attribute is a plain Python function: a method, unless the instance shadows it.
// An entry is valid while the type lookup cache's epoch is unchanged (objects/type_cache.h): any
// change to a class dictionary or an MRO moves it on. Anything else takes the full lookup.
#pragma once

#include <cstdint>

#include "compiler/code.h"
#include "objects/value.h"

namespace saessak {

class VM;
struct Str;
struct Type;

// The entry of the instruction at `index` of `code`, the table made on first use.
inline AttributeCacheEntry& attribute_cache_at(Code* code, uint32_t index) {
  if (code->attribute_cache.empty()) code->attribute_cache.resize(code->words.size());
  return code->attribute_cache[index];
}

// A load: true with `result` (and, for a method, `self` set to the object) on a hit.
bool attribute_cache_load(AttributeCacheEntry& entry, Value object, Str* name, Value& result, Value& self);
// After a full lookup of `name` on `object` succeeded: remembers it if it is cacheable.
void attribute_cache_fill_load(VM& vm, AttributeCacheEntry& entry, Value object, Str* name);
// After LOAD_METHOD's full lookup found a method of a built-in type (`text.lower`, `d.get`):
// instances of built-in types have no __dict__ and their types cannot change from Python, so the
// (type, name) -> method answer holds for every object of exactly that type.
void attribute_cache_fill_builtin_method(VM& vm, AttributeCacheEntry& entry, Value object, Str* name, Value method,
                                         Value self);

// A store: true when the value was stored into the instance dictionary directly.
bool attribute_cache_store(AttributeCacheEntry& entry, Value object, Str* name, Value value);
void attribute_cache_fill_store(VM& vm, AttributeCacheEntry& entry, Value object, Str* name);

}  // namespace saessak
