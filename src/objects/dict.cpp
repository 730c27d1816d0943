#include "objects/dict.h"

#include "objects/protocols.h"
#include "objects/str.h"
#include "objects/type_cache.h"
#include "vm/vm.h"

namespace saessak {

Dict* make_dict(VM& vm) { return vm.heap.make<Dict>(vm.types.dict); }

void Dict::note_mutation() const {
  if (watched_by_type_cache) type_cache::invalidate();
}

static bool keys_equal(VM* vm, Value a, Value b) {
  if (a == b) return true;
  if (a.is_object() && b.is_object()) {
    Object* x = a.as_object();
    Object* y = b.as_object();
    if (x->type->layout == Layout::Str && y->type->layout == Layout::Str)
      return static_cast<Str*>(x)->equals(static_cast<Str*>(y));
  }
  if (!vm) return false;
  Value eq = values_equal(*vm, a, b);
  return eq.is_true();
}

int64_t Dict::find(VM* vm, Value key, int64_t hash, size_t* slot_out) const {
  if (index.empty()) return -1;
  size_t mask = index.size() - 1;
  size_t slot = static_cast<size_t>(hash) & mask;
  uint64_t perturb = static_cast<uint64_t>(hash);
  while (true) {
    int32_t at = index[slot];
    if (at == -1) return -1;
    if (at >= 0) {
      const Entry& e = entries[at];
      if (e.hash == hash && keys_equal(vm, e.key, key)) {
        if (slot_out) *slot_out = slot;
        return at;
      }
    }
    perturb >>= 5;
    slot = (slot * 5 + 1 + perturb) & mask;
  }
}

void Dict::rebuild_index(size_t capacity) {
  keys_version = next_keys_version();
  // Compact deleted entries (if any), then re-index. Entries get room for as many items as the
  // new index can hold, so filling it costs no further reallocation.
  if (live != entries.size()) {
    std::vector<Entry> kept;
    kept.reserve(capacity * 2 / 3);
    for (const Entry& e : entries)
      if (!e.key.is_null()) kept.push_back(e);
    entries = std::move(kept);
  } else {
    entries.reserve(capacity * 2 / 3);
  }
  index.assign(capacity, -1);
  size_t mask = capacity - 1;
  for (size_t i = 0; i < entries.size(); ++i) {
    size_t slot = static_cast<size_t>(entries[i].hash) & mask;
    uint64_t perturb = static_cast<uint64_t>(entries[i].hash);
    while (index[slot] != -1) {
      perturb >>= 5;
      slot = (slot * 5 + 1 + perturb) & mask;
    }
    index[slot] = static_cast<int32_t>(i);
  }
}

void Dict::insert_new(Value key, Value value, int64_t hash) {
  if ((entries.size() + 1) * 3 >= index.size() * 2) {
    // Room for three times the live items (CPython's growth rate), at least 8 slots.
    size_t capacity = 8;
    while (capacity < (live + 1) * 3) capacity *= 2;
    rebuild_index(capacity);
  }
  keys_version = next_keys_version();
  entries.push_back({key, value, hash});
  size_t mask = index.size() - 1;
  size_t slot = static_cast<size_t>(hash) & mask;
  uint64_t perturb = static_cast<uint64_t>(hash);
  while (index[slot] >= 0) {
    perturb >>= 5;
    slot = (slot * 5 + 1 + perturb) & mask;
  }
  index[slot] = static_cast<int32_t>(entries.size() - 1);
  ++live;
}

int64_t Dict::position_of_str(const Str* key) const {
  return find(nullptr, Value::from_object(key), const_cast<Str*>(key)->hash());
}

Value Dict::get_str(const Str* key) const {
  int64_t pos = find(nullptr, Value::from_object(key), const_cast<Str*>(key)->hash());
  return pos < 0 ? Value::null() : entries[pos].value;
}

void Dict::set_str(Str* key, Value value) {
  note_mutation();
  int64_t hash = key->hash();
  int64_t pos = find(nullptr, Value::from_object(key), hash);
  if (pos >= 0) entries[pos].value = value;
  else insert_new(Value::from_object(key), value, hash);
}

Value Dict::get(VM& vm, Value key) const {
  int64_t hash;
  if (!hash_value(vm, key, hash)) return Value::error();
  int64_t pos = find(&vm, key, hash);
  return pos < 0 ? Value::null() : entries[pos].value;
}

bool Dict::set(VM& vm, Value key, Value value) {
  int64_t hash;
  if (!hash_value(vm, key, hash)) return false;
  note_mutation();
  int64_t pos = find(&vm, key, hash);
  if (pos >= 0) entries[pos].value = value;
  else insert_new(key, value, hash);
  return true;
}

}  // namespace saessak

namespace saessak {

bool Dict::remove(VM& vm, Value key, Value& removed) {
  removed = Value::null();
  int64_t hash;
  if (!hash_value(vm, key, hash)) return false;
  size_t slot;
  int64_t pos = find(&vm, key, hash, &slot);
  if (pos < 0) return true;
  note_mutation();
  keys_version = next_keys_version();
  removed = entries[pos].value;
  entries[pos].key = Value::null();
  entries[pos].value = Value::null();
  index[slot] = -2;
  --live;
  // Compact when most entries are holes, keeping iteration cheap.
  if (entries.size() > 16 && live * 2 < entries.size()) rebuild_index(index.size());
  return true;
}

}  // namespace saessak
