// `dict`: insertion-ordered hash table (entries in order, plus an open-addressing index),
// the layout CPython has used since 3.6.
#pragma once

#include <cstdint>
#include <vector>

#include "objects/heap.h"

namespace saessak {

struct Dict final : Object {
  struct Entry {
    Value key;
    Value value;
    int64_t hash;
  };
  explicit Dict(Type* type) : Object(type), keys_version(next_keys_version()) {}
  void trace(Tracer& t) override {
    for (const Entry& e : entries) {
      t.mark(e.key);
      t.mark(e.value);
    }
    t.mark(attributes);
  }
  size_t external_bytes() const override {
    return entries.capacity() * sizeof(Entry) + index.capacity() * sizeof(int32_t);
  }

  // Fast paths for keys that are interned strings (names): compared by identity first.
  Value get_str(const Str* key) const;  // Value::null() when absent
  void set_str(Str* key, Value value);

  // General lookups; may fail only for unhashable keys (Value::error() with the exception set).
  Value get(VM& vm, Value key) const;  // Value::null() when absent
  [[nodiscard]] bool set(VM& vm, Value key, Value value);
  // Removes `key`; `removed` gets its value, or null when it was absent. False on error.
  [[nodiscard]] bool remove(VM& vm, Value key, Value& removed);
  size_t size() const { return live; }

  std::vector<Entry> entries;  // deleted entries have a null key
  Dict* attributes = nullptr;  // the __dict__ of an instance of a Python subclass
  std::vector<int32_t> index;  // -1 empty, -2 deleted, else entry position
  size_t live = 0;
  // Set once a type's attribute lookup walked this dict (objects/type_cache.h): from then on
  // every mutation invalidates the type lookup cache.
  bool watched_by_type_cache = false;
  void note_mutation() const;
  // Changes whenever a key is added or removed or entries move (never when only a value is
  // replaced), and is unique across all dicts ever made: a global-name cache that remembers
  // (dict, keys_version, entry position) can read the value straight from `entries`.
  uint64_t keys_version;
  static uint64_t next_keys_version() {
    static uint64_t counter = 0;
    return ++counter;
  }
  // Position of the entry for an interned-name key, or -1.
  int64_t position_of_str(const Str* key) const;

 private:
  int64_t find(VM* vm, Value key, int64_t hash, size_t* slot_out = nullptr) const;  // entry position or -1
  void insert_new(Value key, Value value, int64_t hash);
  void rebuild_index(size_t capacity);
};

Dict* make_dict(VM& vm);
void install_dict_type(VM& vm);

// dict.keys(), .values() and .items(): live views of a dict.
struct DictView final : Object {
  DictView(Type* type, Dict* dict) : Object(type), dict(dict) {}
  void trace(Tracer& t) override { t.mark(dict); }
  Dict* dict;
};
std::vector<Value> dict_view_items(VM& vm, DictView* view);
// {**mapping} and dict.update(mapping): dicts, or anything with keys() and [key].
[[nodiscard]] bool dict_update_from(VM& vm, Dict* target, Value mapping);

}  // namespace saessak
