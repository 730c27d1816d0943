// The `random` module: CPython's Mersenne Twister, seeding and sampling algorithms, so a seeded
// program prints exactly what CPython 3.11 prints.
//
// `random.Random` is a built-in type whose instances are ordinary instances (with a __dict__,
// so Python classes may subclass it); the generator itself lives in a hidden `_random_state`
// object stored in that dict. The module functions are bound methods of a hidden instance,
// `random._inst`, exactly as in CPython's random.py.
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <ctime>
#include <unistd.h>
#include <unordered_set>
#include <vector>

#include "modules/mersenne_twister.h"
#include "modules/number_args.h"
#include "modules/registry.h"
#include "objects/arguments.h"
#include "objects/classes.h"
#include "objects/dunders.h"
#include "objects/exception.h"
#include "objects/function.h"
#include "objects/int.h"
#include "objects/iterators.h"
#include "objects/list.h"
#include "objects/numbers.h"
#include "objects/protocols.h"
#include "objects/str.h"
#include "vm/vm.h"

namespace saessak {

namespace {

// The generator behind one Random instance. A NativeIterator only so that it has a C++ layout
// the generic protocols already handle safely; it refuses to iterate.
struct RandomState final : NativeIterator {
  explicit RandomState(Type* type) : NativeIterator(type) {}
  Value next(VM& vm) override { return vm.raise(vm.types.TypeError, "'_random_state' object is not an iterator"); }
  MersenneTwister mt;
};

constexpr const char* kStateKey = "_random_state";
constexpr const char* kStateTypeKey = "__saessak_random_state_type__";

double kTwoPi() { return 2.0 * M_PI; }
double kNvMagic() { return 4 * std::exp(-0.5) / std::sqrt(2.0); }
double kLog4() { return std::log(4.0); }
double kSgMagic() { return 1.0 + std::log(4.5); }

bool fill_entropy(uint32_t* key, size_t words) {
  uint8_t* bytes = reinterpret_cast<uint8_t*>(key);
  size_t size = words * 4;
  for (size_t off = 0; off < size; off += 256) {
    size_t chunk = std::min<size_t>(256, size - off);
    if (getentropy(bytes + off, chunk) != 0) return false;
  }
  return true;
}

void seed_from_entropy(MersenneTwister& mt) {
  std::vector<uint32_t> key(MersenneTwister::kN);
  if (!fill_entropy(key.data(), key.size())) {
    // CPython's fallback is the time and the process id; WASI has no process ids.
    struct timespec ts;
    clock_gettime(CLOCK_REALTIME, &ts);
    struct timespec mono;
    clock_gettime(CLOCK_MONOTONIC, &mono);
    key.assign({static_cast<uint32_t>(ts.tv_sec), static_cast<uint32_t>(ts.tv_nsec),
                static_cast<uint32_t>(static_cast<uint64_t>(ts.tv_sec) >> 32), static_cast<uint32_t>(mono.tv_nsec)});
  }
  mt.init_by_array(key.data(), key.size());
}

void seed_from_bigint(MersenneTwister& mt, const BigInt& n) {
  std::vector<uint32_t> key = n.limbs();  // |n|, 32 bits at a time, least significant first
  if (key.empty()) key.push_back(0);
  mt.init_by_array(key.data(), key.size());
}

void seed_from_u64(MersenneTwister& mt, uint64_t n) {
  uint32_t key[2] = {static_cast<uint32_t>(n), static_cast<uint32_t>(n >> 32)};
  mt.init_by_array(key, key[1] ? 2 : 1);
}

// Finds the built-in Random type in the MRO of `self`'s class.
Type* random_base(Type* type) {
  ensure_mro(type);
  for (Type* t : type->mro)
    if (!t->is_heap_type && t->name == "Random" && t->module == "random") return t;
  return nullptr;
}

RandomState* new_state(VM& vm, Type* random_type) {
  Value t = random_type->attributes->get_str(vm.intern(kStateTypeKey));
  return vm.heap.make<RandomState>(static_cast<Type*>(t.as_object()));
}

// The generator of a Random instance; a subclass instance whose __init__ never ran gets one
// seeded from the OS.
RandomState* state_of(VM& vm, Value self) {
  Dict* dict = instance_dict(self);
  if (!dict) {
    vm.raise(vm.types.TypeError, "descriptor requires a 'random.Random' object");
    return nullptr;
  }
  Value v = dict->get_str(vm.intern(kStateKey));
  if (!v.is_null()) return static_cast<RandomState*>(v.as_object());
  Type* base = random_base(self.as_object()->type);
  if (!base) {
    vm.raise(vm.types.TypeError, "descriptor requires a 'random.Random' object");
    return nullptr;
  }
  RandomState* state = new_state(vm, base);
  seed_from_entropy(state->mt);
  dict->set_str(vm.intern(kStateKey), Value::from_object(state));
  dict->set_str(vm.intern("gauss_next"), Value::none());
  return state;
}

#define STATE_OR_FAIL(name, self)              \
  RandomState* name = state_of(vm, self);      \
  if (!name) return Value::error();

// ---- bits and integers ----

// getrandbits(k) for k <= 64.
uint64_t bits_u64(MersenneTwister& mt, int k) {
  if (k == 0) return 0;
  if (k <= 32) return mt.next_u32() >> (32 - k);
  uint64_t lo = mt.next_u32();
  uint64_t hi = mt.next_u32() >> (64 - k);
  return lo | (hi << 32);
}

BigInt bits_big(MersenneTwister& mt, uint64_t k) {
  if (k <= 64) return BigInt::from_uint64(bits_u64(mt, static_cast<int>(k)));
  size_t words = static_cast<size_t>((k - 1) / 32 + 1);
  std::vector<uint32_t> limbs(words);
  int64_t left = static_cast<int64_t>(k);
  for (size_t i = 0; i < words; ++i, left -= 32) {
    uint32_t r = mt.next_u32();
    if (left < 32) r >>= (32 - left);
    limbs[i] = r;
  }
  return BigInt::from_limbs(false, std::move(limbs));
}

int bit_length_u64(uint64_t n) { return n == 0 ? 0 : 64 - __builtin_clzll(n); }

// _randbelow_with_getrandbits for 0 < n < 2^64.
uint64_t randbelow_u64(MersenneTwister& mt, uint64_t n) {
  int k = bit_length_u64(n);
  uint64_t r = bits_u64(mt, k);
  while (r >= n) r = bits_u64(mt, k);
  return r;
}

BigInt randbelow_big(MersenneTwister& mt, const BigInt& n) {
  if (n.bit_length() <= 64 && !n.is_negative()) {
    uint64_t v = 0;
    const auto& limbs = n.limbs();
    for (size_t i = limbs.size(); i-- > 0;) v = (v << 32) | limbs[i];
    return BigInt::from_uint64(randbelow_u64(mt, v));
  }
  uint64_t k = n.bit_length();
  BigInt r = bits_big(mt, k);
  while (compare(r, n) >= 0) r = bits_big(mt, k);
  return r;
}

Value self_random(VM& vm, CallArgs args) {
  if (!check_none(vm, args, "Random.random", 1)) return Value::error();
  STATE_OR_FAIL(s, args[0]);
  return Value::from_double(s->mt.next_double());
}

Value self_getrandbits(VM& vm, CallArgs args) {
  if (!check_exactly_one(vm, args, "Random.getrandbits", 1)) return Value::error();
  STATE_OR_FAIL(s, args[0]);
  BigInt k;
  if (!index_arg(vm, args[1], k)) return Value::error();
  if (k.is_negative()) return vm.raise(vm.types.ValueError, "number of bits must be non-negative");
  if (!k.fits_int64() || k.to_int64() > static_cast<int64_t>(BigInt::max_bits())) return vm.raise_memory_error();
  uint64_t bits = static_cast<uint64_t>(k.to_int64());
  if (bits <= 47) return Value::from_int(static_cast<int64_t>(bits_u64(s->mt, static_cast<int>(bits))));
  return make_int(vm, bits_big(s->mt, bits));
}

// int(v) for randrange's non-index arguments, refusing non-integral values with `message`.
bool randrange_arg(VM& vm, Value v, const char* message, BigInt& out) {
  if (is_integer(v)) {
    out = to_bigint(v);
    return true;
  }
  Value as_int = vm.call(Value::from_object(vm.types.int_), CallArgs{&v, 1, nullptr});
  if (as_int.is_error()) return false;
  Value eq = values_equal(vm, as_int, v);
  if (eq.is_error()) return false;
  int t = truthiness(vm, eq);
  if (t < 0) return false;
  if (t == 0) {
    vm.raise(vm.types.ValueError, message);
    return false;
  }
  out = to_bigint(as_int);
  return true;
}

Value randrange_impl(VM& vm, RandomState* s, Value start, Value stop, Value step, bool step_given) {
  // Fast path: small ints and a unit step.
  if (start.is_int() && stop.is_int() && (!step_given || (step.is_int() && step.as_int() == 1)) && !stop.is_none()) {
    int64_t a = start.as_int(), b = stop.as_int();
    int64_t width = b - a;
    if (width > 0) return make_int(vm, a + static_cast<int64_t>(randbelow_u64(s->mt, static_cast<uint64_t>(width))));
  }
  BigInt istart;
  if (!randrange_arg(vm, start, "non-integer arg 1 for randrange()", istart)) return Value::error();
  if (stop.is_none()) {
    if (step_given) return vm.raise(vm.types.TypeError, "Missing a non-None stop argument");
    if (istart.sign() > 0) return make_int(vm, randbelow_big(s->mt, istart));
    return vm.raise(vm.types.ValueError, "empty range for randrange()");
  }
  BigInt istop;
  if (!randrange_arg(vm, stop, "non-integer stop for randrange()", istop)) return Value::error();
  BigInt width = sub(istop, istart);
  BigInt istep = BigInt::from_int64(1);
  if (step_given && !randrange_arg(vm, step, "non-integer step for randrange()", istep)) return Value::error();
  if (istep == BigInt::from_int64(1)) {
    if (width.sign() > 0) return make_int(vm, add(istart, randbelow_big(s->mt, width)));
    return vm.raise(vm.types.ValueError, "empty range for randrange() (" + istart.to_string() + ", " + istop.to_string() +
                                             ", " + width.to_string() + ")");
  }
  BigInt n;
  if (istep.sign() > 0) {
    BigIntResult q = floordiv(sub(add(width, istep), BigInt::from_int64(1)), istep);
    n = std::move(q.value);
  } else if (istep.sign() < 0) {
    BigIntResult q = floordiv(add(add(width, istep), BigInt::from_int64(1)), istep);
    n = std::move(q.value);
  } else {
    return vm.raise(vm.types.ValueError, "zero step for randrange()");
  }
  if (n.sign() <= 0) return vm.raise(vm.types.ValueError, "empty range for randrange()");
  BigIntResult offset = mul(istep, randbelow_big(s->mt, n));
  if (!offset.ok()) return raise_bigint_error(vm, offset.error, "*");
  return make_int(vm, add(istart, offset.value));
}

Value self_randrange_real(VM& vm, CallArgs args) {
  // `step` has a sentinel default in CPython (_ONE): remember whether it was passed at all.
  static const Value kNotGiven = Value::ellipsis();
  Value a[3];
  if (!bind_python_args(vm, args, "Random.randrange", true, {{"start"}, {"stop", Value::none()}, {"step", kNotGiven}}, a))
    return Value::error();
  STATE_OR_FAIL(s, args[0]);
  bool step_given = !(a[2] == kNotGiven);
  return randrange_impl(vm, s, a[0], a[1], step_given ? a[2] : Value::from_int(1), step_given);
}

Value self_randint(VM& vm, CallArgs args) {
  Value a[2];
  if (!bind_python_args(vm, args, "Random.randint", true, {{"a"}, {"b"}}, a)) return Value::error();
  STATE_OR_FAIL(s, args[0]);
  Value stop = binary_op(vm, BinaryOp::Add, a[1], Value::from_int(1), false);
  if (stop.is_error()) return stop;
  return randrange_impl(vm, s, a[0], stop, Value::from_int(1), false);
}

// ---- sequences ----

bool length(VM& vm, Value seq, int64_t& n) { return length_of(vm, seq, n); }

Value item_at(VM& vm, Value seq, int64_t i) {
  if (seq.is_object()) {
    Layout l = seq.as_object()->type->layout;
    if (l == Layout::List && !is_python_object(seq)) {
      List* list = static_cast<List*>(seq.as_object());
      if (i < static_cast<int64_t>(list->items.size())) return list->items[i];
    }
    if (l == Layout::Tuple && !is_python_object(seq)) {
      Tuple* tuple = static_cast<Tuple*>(seq.as_object());
      if (i < static_cast<int64_t>(tuple->items.size())) return tuple->items[i];
    }
  }
  return get_item(vm, seq, make_int(vm, i));
}

Value self_choice(VM& vm, CallArgs args) {
  Value a[1];
  if (!bind_python_args(vm, args, "Random.choice", true, {{"seq"}}, a)) return Value::error();
  STATE_OR_FAIL(s, args[0]);
  int64_t n;
  if (!length(vm, a[0], n)) return Value::error();
  if (n == 0) return vm.raise(vm.types.IndexError, "Cannot choose from an empty sequence");
  return item_at(vm, a[0], static_cast<int64_t>(randbelow_u64(s->mt, static_cast<uint64_t>(n))));
}

Value self_shuffle(VM& vm, CallArgs args) {
  Value a[1];
  if (!bind_python_args(vm, args, "Random.shuffle", true, {{"x"}}, a)) return Value::error();
  STATE_OR_FAIL(s, args[0]);
  Value x = a[0];
  int64_t n;
  if (!length(vm, x, n)) return Value::error();
  if (x.is_object() && x.as_object()->type->layout == Layout::List && !is_python_object(x)) {
    std::vector<Value>& items = static_cast<List*>(x.as_object())->items;
    for (int64_t i = n - 1; i >= 1; --i) {
      int64_t j = static_cast<int64_t>(randbelow_u64(s->mt, static_cast<uint64_t>(i + 1)));
      if (static_cast<int64_t>(items.size()) == n) std::swap(items[i], items[j]);
    }
    return Value::none();
  }
  for (int64_t i = n - 1; i >= 1; --i) {
    int64_t j = static_cast<int64_t>(randbelow_u64(s->mt, static_cast<uint64_t>(i + 1)));
    Value xi = get_item(vm, x, make_int(vm, i));
    if (xi.is_error()) return xi;
    Value xj = get_item(vm, x, make_int(vm, j));
    if (xj.is_error()) return xj;
    if (!set_item(vm, x, make_int(vm, i), xj)) return Value::error();
    if (!set_item(vm, x, make_int(vm, j), xi)) return Value::error();
  }
  return Value::none();
}

// Python's bisect.bisect_right(a, x, lo, hi) with the generic `<`.
bool bisect_right(VM& vm, const std::vector<Value>& a, Value x, int64_t lo, int64_t hi, int64_t& out) {
  while (lo < hi) {
    int64_t mid = (lo + hi) / 2;
    Value lt = compare(vm, CompareOp::Lt, x, a[mid]);
    if (lt.is_error()) return false;
    int t = lt.is_bool() ? lt.as_bool() : truthiness(vm, lt);
    if (t < 0) return false;
    if (t) hi = mid;
    else lo = mid + 1;
  }
  out = lo;
  return true;
}

// list(itertools.accumulate(iterable)).
bool accumulate(VM& vm, Value iterable, std::vector<Value>& out) {
  Value it = get_iterator(vm, iterable);
  if (it.is_error()) return false;
  Value total = Value::null();
  while (true) {
    Value item = iterator_next(vm, it);
    if (item.is_error()) return false;
    if (item.is_null()) break;
    if (total.is_null()) total = item;
    else {
      total = binary_op(vm, BinaryOp::Add, total, item, false);
      if (total.is_error()) return false;
    }
    out.push_back(total);
  }
  return true;
}

bool is_sequence(Value v) {
  if (!v.is_object()) return false;
  Layout l = v.as_object()->type->layout;
  return l == Layout::List || l == Layout::Tuple || l == Layout::Str || l == Layout::Range;
}

// The indices random.sample(range(n), k) picks, consuming the generator exactly as CPython.
bool sample_indices(VM& vm, MersenneTwister& mt, int64_t n, Value kv, std::vector<int64_t>& out) {
  BigInt kb;
  if (!index_arg(vm, kv, kb)) return false;
  if (kb.is_negative() || compare(kb, BigInt::from_int64(n)) > 0) {
    vm.raise(vm.types.ValueError, "Sample larger than population or is negative");
    return false;
  }
  int64_t k = kb.to_int64();
  int64_t setsize = 21;
  if (k > 5) {
    double e = std::ceil(std::log(static_cast<double>(k * 3)) / std::log(4.0));
    setsize += static_cast<int64_t>(std::pow(4.0, e));
  }
  out.resize(static_cast<size_t>(k));
  if (n <= setsize) {
    std::vector<int64_t> pool(static_cast<size_t>(n));
    for (int64_t i = 0; i < n; ++i) pool[i] = i;
    for (int64_t i = 0; i < k; ++i) {
      int64_t j = static_cast<int64_t>(randbelow_u64(mt, static_cast<uint64_t>(n - i)));
      out[i] = pool[j];
      pool[j] = pool[n - i - 1];
    }
  } else {
    std::unordered_set<int64_t> selected;
    for (int64_t i = 0; i < k; ++i) {
      int64_t j = static_cast<int64_t>(randbelow_u64(mt, static_cast<uint64_t>(n)));
      while (selected.count(j)) j = static_cast<int64_t>(randbelow_u64(mt, static_cast<uint64_t>(n)));
      selected.insert(j);
      out[i] = j;
    }
  }
  return true;
}

Value self_sample(VM& vm, CallArgs args) {
  Value a[3];
  if (!bind_python_args(vm, args, "Random.sample", true, {{"population"}, {"k"}, {"counts", Value::none(), true}}, a))
    return Value::error();
  STATE_OR_FAIL(s, args[0]);
  Value population = a[0];
  if (!is_sequence(population))
    return vm.raise(vm.types.TypeError, "Population must be a sequence.  For dicts or sets, use sorted(d).");
  int64_t n;
  if (!length(vm, population, n)) return Value::error();
  std::vector<Value> result;
  if (!a[2].is_none()) {
    std::vector<Value> cum;
    if (!accumulate(vm, a[2], cum)) return Value::error();
    if (static_cast<int64_t>(cum.size()) != n)
      return vm.raise(vm.types.ValueError, "The number of counts does not match the population");
    Value total = cum.back();
    cum.pop_back();
    if (!is_integer(total)) return vm.raise(vm.types.TypeError, "Counts must be integers");
    BigInt tb = to_bigint(total);
    if (tb.sign() <= 0) return vm.raise(vm.types.ValueError, "Total of counts must be greater than zero");
    if (!tb.fits_int64()) return vm.raise(vm.types.OverflowError, "Python int too large to convert to C ssize_t");
    std::vector<int64_t> picks;
    if (!sample_indices(vm, s->mt, tb.to_int64(), a[1], picks)) return Value::error();
    for (int64_t pick : picks) {
      int64_t index;
      if (!bisect_right(vm, cum, make_int(vm, pick), 0, static_cast<int64_t>(cum.size()), index)) return Value::error();
      Value item = item_at(vm, population, index);
      if (item.is_error()) return item;
      result.push_back(item);
    }
    return Value::from_object(make_list(vm, std::move(result)));
  }
  std::vector<int64_t> picks;
  if (!sample_indices(vm, s->mt, n, a[1], picks)) return Value::error();
  for (int64_t pick : picks) {
    Value item = item_at(vm, population, pick);
    if (item.is_error()) return item;
    result.push_back(item);
  }
  return Value::from_object(make_list(vm, std::move(result)));
}

Value self_choices(VM& vm, CallArgs args) {
  Value a[4];
  if (!bind_python_args(vm, args, "Random.choices", true,
                        {{"population"}, {"weights", Value::none()}, {"cum_weights", Value::none(), true},
                         {"k", Value::from_int(1), true}},
                        a))
    return Value::error();
  STATE_OR_FAIL(s, args[0]);
  Value population = a[0], weights = a[1], cum_weights = a[2];
  int64_t n;
  if (!length(vm, population, n)) return Value::error();
  std::vector<Value> cum;
  if (cum_weights.is_none()) {
    if (weights.is_none()) {
      int64_t k;
      if (!index_of(vm, a[3], k, "k")) return Value::error();
      double nf = static_cast<double>(n);
      std::vector<Value> result;
      for (int64_t i = 0; i < k; ++i) {
        Value item = item_at(vm, population, static_cast<int64_t>(std::floor(s->mt.next_double() * nf)));
        if (item.is_error()) return item;
        result.push_back(item);
      }
      return Value::from_object(make_list(vm, std::move(result)));
    }
    if (!accumulate(vm, weights, cum)) {
      if (is_integer(weights) && vm.pending_exception() &&
          vm.pending_exception()->type == vm.types.TypeError) {
        vm.clear_pending_exception();
        Value r = repr(vm, weights);
        if (r.is_error()) return r;
        return vm.raise(vm.types.TypeError,
                        "The number of choices must be a keyword argument: k=" + static_cast<Str*>(r.as_object())->utf8());
      }
      return Value::error();
    }
  } else if (!weights.is_none()) {
    return vm.raise(vm.types.TypeError, "Cannot specify both weights and cumulative weights");
  } else {
    Value it = get_iterator(vm, cum_weights);
    if (it.is_error()) return it;
    while (true) {
      Value item = iterator_next(vm, it);
      if (item.is_error()) return item;
      if (item.is_null()) break;
      cum.push_back(item);
    }
  }
  if (static_cast<int64_t>(cum.size()) != n)
    return vm.raise(vm.types.ValueError, "The number of weights does not match the population");
  if (cum.empty()) return vm.raise(vm.types.IndexError, "list index out of range");
  Value total_v = binary_op(vm, BinaryOp::Add, cum.back(), Value::from_double(0.0), false);
  if (total_v.is_error()) return total_v;
  double total;
  if (!real_arg(vm, total_v, total)) return Value::error();
  if (total <= 0.0) return vm.raise(vm.types.ValueError, "Total of weights must be greater than zero");
  if (!std::isfinite(total)) return vm.raise(vm.types.ValueError, "Total of weights must be finite");
  int64_t k;
  if (!index_of(vm, a[3], k, "k")) return Value::error();
  int64_t hi = n - 1;
  std::vector<Value> result;
  for (int64_t i = 0; i < k; ++i) {
    int64_t index;
    if (!bisect_right(vm, cum, Value::from_double(s->mt.next_double() * total), 0, hi, index)) return Value::error();
    Value item = item_at(vm, population, index);
    if (item.is_error()) return item;
    result.push_back(item);
  }
  return Value::from_object(make_list(vm, std::move(result)));
}

// ---- real-valued distributions ----

Value arith(VM& vm, BinaryOp op, Value a, Value b) { return binary_op(vm, op, a, b, false); }

Value self_uniform(VM& vm, CallArgs args) {
  Value a[2];
  if (!bind_python_args(vm, args, "Random.uniform", true, {{"a"}, {"b"}}, a)) return Value::error();
  STATE_OR_FAIL(s, args[0]);
  Value width = arith(vm, BinaryOp::Sub, a[1], a[0]);
  if (width.is_error()) return width;
  Value scaled = arith(vm, BinaryOp::Mul, width, Value::from_double(s->mt.next_double()));
  if (scaled.is_error()) return scaled;
  return arith(vm, BinaryOp::Add, a[0], scaled);
}

Value self_triangular(VM& vm, CallArgs args) {
  Value a[3];
  if (!bind_python_args(vm, args, "Random.triangular", true,
                        {{"low", Value::from_double(0.0)}, {"high", Value::from_double(1.0)}, {"mode", Value::none()}}, a))
    return Value::error();
  STATE_OR_FAIL(s, args[0]);
  Value low = a[0], high = a[1];
  double u = s->mt.next_double();
  double c = 0.5;
  if (!a[2].is_none()) {
    Value num = arith(vm, BinaryOp::Sub, a[2], low);
    if (num.is_error()) return num;
    Value den = arith(vm, BinaryOp::Sub, high, low);
    if (den.is_error()) return den;
    Value cv = arith(vm, BinaryOp::TrueDiv, num, den);
    if (cv.is_error()) {
      if (vm.pending_exception()->type->is_subtype_of(vm.types.ZeroDivisionError)) {
        vm.clear_pending_exception();
        return low;
      }
      return cv;
    }
    if (!real_arg(vm, cv, c)) return Value::error();
  }
  if (u > c) {
    u = 1.0 - u;
    c = 1.0 - c;
    std::swap(low, high);
  }
  Value width = arith(vm, BinaryOp::Sub, high, low);
  if (width.is_error()) return width;
  Value scaled = arith(vm, BinaryOp::Mul, width, Value::from_double(std::sqrt(u * c)));
  if (scaled.is_error()) return scaled;
  return arith(vm, BinaryOp::Add, low, scaled);
}

// mu + z * sigma, with Python's operators (so the errors are CPython's).
Value shift_scale(VM& vm, Value mu, double z, Value sigma) {
  Value scaled = arith(vm, BinaryOp::Mul, Value::from_double(z), sigma);
  if (scaled.is_error()) return scaled;
  return arith(vm, BinaryOp::Add, mu, scaled);
}

double normal_z(MersenneTwister& mt) {
  double nv = kNvMagic();
  while (true) {
    double u1 = mt.next_double();
    double u2 = 1.0 - mt.next_double();
    double z = nv * (u1 - 0.5) / u2;
    double zz = z * z / 4.0;
    if (zz <= -std::log(u2)) return z;
  }
}

Value self_normalvariate(VM& vm, CallArgs args) {
  Value a[2];
  if (!bind_python_args(vm, args, "Random.normalvariate", true,
                        {{"mu", Value::from_double(0.0)}, {"sigma", Value::from_double(1.0)}}, a))
    return Value::error();
  STATE_OR_FAIL(s, args[0]);
  return shift_scale(vm, a[0], normal_z(s->mt), a[1]);
}

Value self_gauss(VM& vm, CallArgs args) {
  Value a[2];
  if (!bind_python_args(vm, args, "Random.gauss", true, {{"mu", Value::from_double(0.0)}, {"sigma", Value::from_double(1.0)}},
                        a))
    return Value::error();
  STATE_OR_FAIL(s, args[0]);
  Dict* dict = instance_dict(args[0]);
  Str* key = vm.intern("gauss_next");
  Value next = dict->get_str(key);
  dict->set_str(key, Value::none());
  double z;
  if (next.is_null() || next.is_none()) {
    double x2pi = s->mt.next_double() * kTwoPi();
    double g2rad = std::sqrt(-2.0 * std::log(1.0 - s->mt.next_double()));
    z = std::cos(x2pi) * g2rad;
    dict->set_str(key, Value::from_double(std::sin(x2pi) * g2rad));
  } else if (!real_arg(vm, next, z)) {
    return Value::error();
  }
  return shift_scale(vm, a[0], z, a[1]);
}

bool reals(VM& vm, const Value* values, double* out, int n) {
  for (int i = 0; i < n; ++i)
    if (!real_arg(vm, values[i], out[i])) return false;
  return true;
}

Value float_result(VM& vm, double r) { return Value::from_double(r); }

Value self_lognormvariate(VM& vm, CallArgs args) {
  Value a[2];
  if (!bind_python_args(vm, args, "Random.lognormvariate", true, {{"mu"}, {"sigma"}}, a)) return Value::error();
  STATE_OR_FAIL(s, args[0]);
  Value v = shift_scale(vm, a[0], normal_z(s->mt), a[1]);
  if (v.is_error()) return v;
  double x;
  if (!real_arg(vm, v, x)) return Value::error();
  double r = std::exp(x);
  if (std::isinf(r) && std::isfinite(x)) return vm.raise(vm.types.OverflowError, "math range error");
  return float_result(vm, r);
}

Value self_expovariate(VM& vm, CallArgs args) {
  Value a[1];
  if (!bind_python_args(vm, args, "Random.expovariate", true, {{"lambd"}}, a)) return Value::error();
  STATE_OR_FAIL(s, args[0]);
  double lambd;
  double u = s->mt.next_double();
  if (!real_arg(vm, a[0], lambd)) return Value::error();
  if (lambd == 0.0) return vm.raise(vm.types.ZeroDivisionError, "float division by zero");
  return float_result(vm, -std::log(1.0 - u) / lambd);
}

Value self_vonmisesvariate(VM& vm, CallArgs args) {
  Value a[2];
  if (!bind_python_args(vm, args, "Random.vonmisesvariate", true, {{"mu"}, {"kappa"}}, a)) return Value::error();
  STATE_OR_FAIL(s, args[0]);
  double v[2];
  if (!reals(vm, a, v, 2)) return Value::error();
  double mu = v[0], kappa = v[1];
  MersenneTwister& mt = s->mt;
  if (kappa <= 1e-6) return float_result(vm, kTwoPi() * mt.next_double());
  double sv = 0.5 / kappa;
  double r = sv + std::sqrt(1.0 + sv * sv);
  double z;
  while (true) {
    double u1 = mt.next_double();
    z = std::cos(M_PI * u1);
    double d = z / (r + z);
    double u2 = mt.next_double();
    if (u2 < 1.0 - d * d || u2 <= (1.0 - d) * std::exp(d)) break;
  }
  double q = 1.0 / r;
  double f = (q + z) / (1.0 + q * z);
  double u3 = mt.next_double();
  double theta = u3 > 0.5 ? mu + std::acos(f) : mu - std::acos(f);
  // Python's float %: the result has the divisor's sign.
  double m = std::fmod(theta, kTwoPi());
  if (m != 0.0 && m < 0.0) m += kTwoPi();
  else if (m == 0.0) m = std::copysign(0.0, kTwoPi());
  return float_result(vm, m);
}

bool gamma_impl(VM& vm, MersenneTwister& mt, double alpha, double beta, double& out) {
  if (alpha <= 0.0 || beta <= 0.0) {
    vm.raise(vm.types.ValueError, "gammavariate: alpha and beta must be > 0.0");
    return false;
  }
  if (alpha > 1.0) {
    double ainv = std::sqrt(2.0 * alpha - 1.0);
    double bbb = alpha - kLog4();
    double ccc = alpha + ainv;
    while (true) {
      double u1 = mt.next_double();
      if (!(1e-7 < u1 && u1 < 0.9999999)) continue;
      double u2 = 1.0 - mt.next_double();
      double v = std::log(u1 / (1.0 - u1)) / ainv;
      double x = alpha * std::exp(v);
      double z = u1 * u1 * u2;
      double r = bbb + ccc * v - x;
      if (r + kSgMagic() - 4.5 * z >= 0.0 || r >= std::log(z)) {
        out = x * beta;
        return true;
      }
    }
  }
  if (alpha == 1.0) {
    out = -std::log(1.0 - mt.next_double()) * beta;
    return true;
  }
  double x;
  while (true) {
    double u = mt.next_double();
    double b = (M_E + alpha) / M_E;
    double p = b * u;
    if (p <= 1.0) x = std::pow(p, 1.0 / alpha);
    else x = -std::log((b - p) / alpha);
    double u1 = mt.next_double();
    if (p > 1.0) {
      if (u1 <= std::pow(x, alpha - 1.0)) break;
    } else if (u1 <= std::exp(-x)) {
      break;
    }
  }
  out = x * beta;
  return true;
}

Value self_gammavariate(VM& vm, CallArgs args) {
  Value a[2];
  if (!bind_python_args(vm, args, "Random.gammavariate", true, {{"alpha"}, {"beta"}}, a)) return Value::error();
  STATE_OR_FAIL(s, args[0]);
  double v[2], r;
  if (!reals(vm, a, v, 2) || !gamma_impl(vm, s->mt, v[0], v[1], r)) return Value::error();
  return float_result(vm, r);
}

Value self_betavariate(VM& vm, CallArgs args) {
  Value a[2];
  if (!bind_python_args(vm, args, "Random.betavariate", true, {{"alpha"}, {"beta"}}, a)) return Value::error();
  STATE_OR_FAIL(s, args[0]);
  double v[2], y, y2;
  if (!reals(vm, a, v, 2) || !gamma_impl(vm, s->mt, v[0], 1.0, y)) return Value::error();
  if (y == 0.0) return float_result(vm, 0.0);
  if (!gamma_impl(vm, s->mt, v[1], 1.0, y2)) return Value::error();
  return float_result(vm, y / (y + y2));
}

Value self_paretovariate(VM& vm, CallArgs args) {
  Value a[1];
  if (!bind_python_args(vm, args, "Random.paretovariate", true, {{"alpha"}}, a)) return Value::error();
  STATE_OR_FAIL(s, args[0]);
  double u = 1.0 - s->mt.next_double();
  double alpha;
  if (!real_arg(vm, a[0], alpha)) return Value::error();
  if (alpha == 0.0) return vm.raise(vm.types.ZeroDivisionError, "float division by zero");
  return float_result(vm, std::pow(u, -1.0 / alpha));
}

Value self_weibullvariate(VM& vm, CallArgs args) {
  Value a[2];
  if (!bind_python_args(vm, args, "Random.weibullvariate", true, {{"alpha"}, {"beta"}}, a)) return Value::error();
  STATE_OR_FAIL(s, args[0]);
  double u = 1.0 - s->mt.next_double();
  double v[2];
  if (!reals(vm, a, v, 2)) return Value::error();
  if (v[1] == 0.0) return vm.raise(vm.types.ZeroDivisionError, "float division by zero");
  return float_result(vm, v[0] * std::pow(-std::log(u), 1.0 / v[1]));
}

// ---- seeding and state ----

bool seed_impl(VM& vm, Value self, Value a, Value version) {
  RandomState* s = state_of(vm, self);
  if (!s) return false;
  bool is_str = a.is_object() && a.as_object()->type->layout == Layout::Str && !is_python_object(a);
  bool v1 = version.is_int() && version.as_int() == 1;
  bool v2 = version.is_int() && version.as_int() == 2;
  if (v1 && is_str) {
    Str* str = static_cast<Str*>(a.as_object());
    uint64_t x = str->length ? static_cast<uint64_t>(str->at(0)) << 7 : 0;
    for (size_t i = 0; i < str->length; ++i) x = (1000003u * x) ^ str->at(i);
    x ^= str->length;
    seed_from_bigint(s->mt, BigInt::from_uint64(x));
  } else if (v2 && is_str) {
    std::string bytes = static_cast<Str*>(a.as_object())->utf8();
    auto digest = sha512(reinterpret_cast<const uint8_t*>(bytes.data()), bytes.size());
    bytes.append(reinterpret_cast<const char*>(digest.data()), digest.size());
    // int.from_bytes(bytes, 'big'), then its 32-bit chunks from the least significant end.
    std::vector<uint32_t> key((bytes.size() + 3) / 4, 0);
    for (size_t i = 0; i < bytes.size(); ++i) {
      size_t from_end = bytes.size() - 1 - i;
      key[from_end / 4] |= static_cast<uint32_t>(static_cast<uint8_t>(bytes[i])) << (8 * (from_end % 4));
    }
    while (key.size() > 1 && key.back() == 0) key.pop_back();
    s->mt.init_by_array(key.data(), key.size());
  } else if (a.is_none()) {
    seed_from_entropy(s->mt);
  } else if (is_integer(a)) {
    seed_from_bigint(s->mt, to_bigint(a).abs());
  } else if (a.is_double() || is_str) {
    int64_t h;
    if (!hash_value(vm, a, h)) return false;
    seed_from_u64(s->mt, static_cast<uint64_t>(h));
  } else {
    vm.raise(vm.types.TypeError, "The only supported seed types are: None,\nint, float, str, bytes, and bytearray.");
    return false;
  }
  instance_dict(self)->set_str(vm.intern("gauss_next"), Value::none());
  return true;
}

Value self_seed(VM& vm, CallArgs args) {
  Value a[2];
  if (!bind_python_args(vm, args, "Random.seed", true, {{"a", Value::none()}, {"version", Value::from_int(2)}}, a))
    return Value::error();
  if (!seed_impl(vm, args[0], a[0], a[1])) return Value::error();
  return Value::none();
}

Value self_init(VM& vm, CallArgs args) {
  Value a[1];
  if (!bind_python_args(vm, args, "Random.__init__", true, {{"x", Value::none()}}, a)) return Value::error();
  if (!seed_impl(vm, args[0], a[0], Value::from_int(2))) return Value::error();
  return Value::none();
}

Value self_getstate(VM& vm, CallArgs args) {
  Value a[1];
  if (!bind_python_args(vm, args, "Random.getstate", true, {}, a)) return Value::error();
  STATE_OR_FAIL(s, args[0]);
  std::vector<Value> words;
  words.reserve(MersenneTwister::kN + 1);
  for (uint32_t w : s->mt.words()) words.push_back(Value::from_int(w));
  words.push_back(Value::from_int(s->mt.index()));
  Value gauss_next = instance_dict(args[0])->get_str(vm.intern("gauss_next"));
  if (gauss_next.is_null()) gauss_next = Value::none();
  std::vector<Value> state{Value::from_int(3), Value::from_object(make_tuple(vm, std::move(words))), gauss_next};
  return Value::from_object(make_tuple(vm, std::move(state)));
}

bool unpack3(VM& vm, Value state, Value out[3]) {
  Value it = get_iterator(vm, state);
  if (it.is_error()) return false;
  int n = 0;
  while (true) {
    Value item = iterator_next(vm, it);
    if (item.is_error()) return false;
    if (item.is_null()) break;
    if (n < 3) out[n] = item;
    ++n;
  }
  if (n < 3) {
    vm.raise(vm.types.ValueError, "not enough values to unpack (expected 3, got " + std::to_string(n) + ")");
    return false;
  }
  if (n > 3) {
    vm.raise(vm.types.ValueError, "too many values to unpack (expected 3)");
    return false;
  }
  return true;
}

Value self_setstate(VM& vm, CallArgs args) {
  Value a[1];
  if (!bind_python_args(vm, args, "Random.setstate", true, {{"state"}}, a)) return Value::error();
  STATE_OR_FAIL(s, args[0]);
  Value version = get_item(vm, a[0], Value::from_int(0));
  if (version.is_error()) return version;
  bool v3 = version.is_int() && version.as_int() == 3;
  bool v2 = version.is_int() && version.as_int() == 2;
  if (!v3 && !v2) {
    Value r = to_str(vm, version);
    if (r.is_error()) return r;
    return vm.raise(vm.types.ValueError, "state with version " + static_cast<Str*>(r.as_object())->utf8() +
                                             " passed to Random.setstate() of version 3");
  }
  Value parts[3];
  if (!unpack3(vm, a[0], parts)) return Value::error();
  Value internal = parts[1];
  if (!internal.is_object() || internal.as_object()->type->layout != Layout::Tuple)
    return vm.raise(vm.types.TypeError, "state vector must be a tuple");
  const std::vector<Value>& items = static_cast<Tuple*>(internal.as_object())->items;
  if (items.size() != MersenneTwister::kN + 1) return vm.raise(vm.types.ValueError, "state vector is the wrong size");
  std::array<uint32_t, MersenneTwister::kN> words;
  for (int i = 0; i <= MersenneTwister::kN; ++i) {
    if (!is_integer(items[i])) return vm.raise(vm.types.TypeError, "'" + type_name(vm, items[i]) + "' object cannot be interpreted as an integer");
    BigInt v = to_bigint(items[i]);
    if (v2 && i < MersenneTwister::kN) {
      BigIntResult m = mod(v, BigInt::from_int64(int64_t{1} << 32));
      v = std::move(m.value);
    }
    if (i == MersenneTwister::kN) {
      if (!v.fits_int64() || v.to_int64() < 0 || v.to_int64() > MersenneTwister::kN)
        return vm.raise(vm.types.ValueError, "invalid state");
      s->mt.set_state(words, static_cast<int>(v.to_int64()));
      break;
    }
    if (v.is_negative()) return vm.raise(vm.types.OverflowError, "can't convert negative int to unsigned");
    if (v.bit_length() > 32) return vm.raise(vm.types.OverflowError, "Python int too large to convert to C unsigned long");
    words[i] = v.is_zero() ? 0 : v.limbs()[0];
  }
  instance_dict(args[0])->set_str(vm.intern("gauss_next"), parts[2]);
  return Value::none();
}

// copy.copy / copy.deepcopy: an independent generator in the same state.
Value self_copy(VM& vm, CallArgs args) {
  STATE_OR_FAIL(s, args[0]);
  Type* type = args[0].as_object()->type;
  Type* base = random_base(type);
  if (!base) return vm.raise(vm.types.TypeError, "descriptor requires a 'random.Random' object");
  Dict* dict = instance_dict(args[0]);
  Instance* copy = vm.heap.make<Instance>(type, make_dict(vm));
  for (const Dict::Entry& e : dict->entries)
    if (!e.key.is_null() && !copy->dict->set(vm, e.key, e.value)) return Value::error();
  RandomState* state = new_state(vm, base);
  state->mt = s->mt;
  copy->dict->set_str(vm.intern(kStateKey), Value::from_object(state));
  return Value::from_object(copy);
}

Value random_repr(VM& vm, Value self) {
  char address[32];
  std::snprintf(address, sizeof address, "0x%012llx",
                static_cast<unsigned long long>(reinterpret_cast<uintptr_t>(self.as_object())));
  Type* t = self.as_object()->type;
  return Value::from_object(make_str(vm, "<" + t->module + "." + t->name + " object at " + address + ">"));
}

Value new_random(VM& vm, Type* type) {
  Instance* instance = vm.heap.make<Instance>(type, make_dict(vm));
  RandomState* state = new_state(vm, type);
  instance->dict->set_str(vm.intern(kStateKey), Value::from_object(state));
  instance->dict->set_str(vm.intern("gauss_next"), Value::none());
  return Value::from_object(instance);
}

struct MethodEntry {
  const char* name;
  NativeFn fn;
};

const MethodEntry kMethods[] = {
    {"__init__", self_init},
    {"seed", self_seed},
    {"random", self_random},
    {"getrandbits", self_getrandbits},
    {"getstate", self_getstate},
    {"setstate", self_setstate},
    {"randrange", self_randrange_real},
    {"randint", self_randint},
    {"choice", self_choice},
    {"choices", self_choices},
    {"shuffle", self_shuffle},
    {"sample", self_sample},
    {"uniform", self_uniform},
    {"triangular", self_triangular},
    {"gauss", self_gauss},
    {"normalvariate", self_normalvariate},
    {"lognormvariate", self_lognormvariate},
    {"expovariate", self_expovariate},
    {"vonmisesvariate", self_vonmisesvariate},
    {"gammavariate", self_gammavariate},
    {"betavariate", self_betavariate},
    {"paretovariate", self_paretovariate},
    {"weibullvariate", self_weibullvariate},
    {"__copy__", self_copy},
    {"__deepcopy__", self_copy},
};

}  // namespace

bool install_random_module(VM& vm, Module* module) {
  Type* random_type = vm.new_type("Random", vm.types.object, Layout::Instance);
  random_type->module = "random";
  random_type->qualname = "Random";
  random_type->repr = random_repr;
  Type* state_type = vm.new_type("_random_state", vm.types.object, Layout::NativeIterator);
  state_type->module = "random";
  random_type->attributes->set_str(vm.intern(kStateTypeKey), Value::from_object(state_type));
  random_type->construct = [](VM& vm, CallArgs args) -> Value {
    // Random(x=None): the Random type is found again through the module being imported.
    Value a[1];
    if (!bind_python_args(vm, args, "Random", false, {{"x", Value::none()}}, a)) return Value::error();
    Value module = vm.import_module("random");
    if (module.is_error()) return module;
    Value type = static_cast<Module*>(module.as_object())->dict->get_str(vm.intern("Random"));
    if (type.is_null() || !type.is_object() || type.as_object()->type->layout != Layout::Type)
      return vm.raise(vm.types.TypeError, "random.Random is missing");
    Value instance = new_random(vm, static_cast<Type*>(type.as_object()));
    if (!seed_impl(vm, instance, a[0], Value::from_int(2))) return Value::error();
    return instance;
  };
  for (const MethodEntry& m : kMethods) add_method(vm, random_type, m.name, m.fn);
  module_add_value(vm, module, "Random", Value::from_object(random_type));

  Value inst = new_random(vm, random_type);
  seed_from_entropy(static_cast<RandomState*>(instance_dict(inst)->get_str(vm.intern(kStateKey)).as_object())->mt);
  module_add_value(vm, module, "_inst", inst);
  for (const MethodEntry& m : kMethods) {
    if (m.name[0] == '_') continue;
    Value method = random_type->attributes->get_str(vm.intern(m.name));
    module_add_value(vm, module, m.name,
                     Value::from_object(vm.heap.make<BoundMethod>(vm.types.bound_method, inst, method)));
  }
  module_add_value(vm, module, "NV_MAGICCONST", Value::from_double(kNvMagic()));
  module_add_value(vm, module, "TWOPI", Value::from_double(kTwoPi()));
  module_add_value(vm, module, "LOG4", Value::from_double(kLog4()));
  module_add_value(vm, module, "SG_MAGICCONST", Value::from_double(kSgMagic()));
  module_add_value(vm, module, "BPF", Value::from_int(53));
  module_add_value(vm, module, "RECIP_BPF", Value::from_double(std::ldexp(1.0, -53)));
  return true;
}

}  // namespace saessak
