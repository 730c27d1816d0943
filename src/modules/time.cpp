// The `time` module: clocks, sleep (a suspension of the VM, so the browser never blocks),
// struct_time, and conversions between timestamps and calendar fields, as CPython 3.11 on Linux.
//
// struct_time is a real tuple (so indexing, len, unpacking, iteration and comparisons are the
// tuple's) whose class is a hidden subclass of the public `time.struct_time` with the tm_*
// attributes as properties and a CPython-style repr. There are three hidden variants for what
// tm_zone/tm_gmtoff report: local time, UTC (gmtime) and "unknown" (built from a sequence).
#include <cmath>
#include <cstdio>
#include <ctime>
#include <string>
#include <vector>

#include "modules/number_args.h"
#include "modules/registry.h"
#include "objects/arguments.h"
#include "objects/classes.h"
#include "objects/dict.h"
#include "objects/function.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/numbers.h"
#include "objects/protocols.h"
#include "objects/str.h"
#include "vm/vm.h"

namespace saessak {

namespace {

enum ZoneKind { kLocal = 0, kUtc = 1, kUnknown = 2 };

constexpr const char* kFieldNames[] = {"tm_year", "tm_mon",  "tm_mday", "tm_hour", "tm_min",
                                       "tm_sec",  "tm_wday", "tm_yday", "tm_isdst"};
constexpr const char* kVariantKey[] = {"__saessak_struct_time_local__", "__saessak_struct_time_utc__",
                                       "__saessak_struct_time_unknown__"};

bool is_str(Value v) { return v.is_object() && v.as_object()->type->layout == Layout::Str; }
Value text(VM& vm, const std::string& s) { return Value::from_object(make_str(vm, s)); }

// ---- clocks ----

int64_t clock_ns(clockid_t id) {
  struct timespec ts;
  if (clock_gettime(id, &ts) != 0) return 0;
  return static_cast<int64_t>(ts.tv_sec) * 1000000000 + ts.tv_nsec;
}

int64_t process_ns() {
  struct timespec ts;
  if (clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts) == 0) return static_cast<int64_t>(ts.tv_sec) * 1000000000 + ts.tv_nsec;
  return clock_ns(CLOCK_MONOTONIC);  // hosts without a CPU clock (the browser)
}

Value seconds(int64_t ns) { return Value::from_double(static_cast<double>(ns) / 1e9); }

Value time_time(VM& vm, CallArgs args) {
  if (!check_none(vm, args, "time.time")) return Value::error();
  return seconds(clock_ns(CLOCK_REALTIME));
}
Value time_time_ns(VM& vm, CallArgs args) {
  if (!check_none(vm, args, "time.time_ns")) return Value::error();
  return make_int(vm, clock_ns(CLOCK_REALTIME));
}
Value time_monotonic(VM& vm, CallArgs args) {
  if (!check_none(vm, args, "time.monotonic")) return Value::error();
  return seconds(clock_ns(CLOCK_MONOTONIC));
}
Value time_monotonic_ns(VM& vm, CallArgs args) {
  if (!check_none(vm, args, "time.monotonic_ns")) return Value::error();
  return make_int(vm, clock_ns(CLOCK_MONOTONIC));
}
Value time_perf_counter(VM& vm, CallArgs args) {
  if (!check_none(vm, args, "time.perf_counter")) return Value::error();
  return seconds(clock_ns(CLOCK_MONOTONIC));
}
Value time_perf_counter_ns(VM& vm, CallArgs args) {
  if (!check_none(vm, args, "time.perf_counter_ns")) return Value::error();
  return make_int(vm, clock_ns(CLOCK_MONOTONIC));
}
Value time_process_time(VM& vm, CallArgs args) {
  if (!check_none(vm, args, "time.process_time")) return Value::error();
  return seconds(process_ns());
}
Value time_process_time_ns(VM& vm, CallArgs args) {
  if (!check_none(vm, args, "time.process_time_ns")) return Value::error();
  return make_int(vm, process_ns());
}

Value time_sleep(VM& vm, CallArgs args) {
  if (!check_exactly_one(vm, args, "time.sleep")) return Value::error();
  double secs;
  Value v = args[0];
  if (v.is_double()) {
    secs = v.as_double();
    if (std::isnan(secs)) return vm.raise(vm.types.ValueError, "Invalid value NaN (not a number)");
  } else {
    BigInt n;
    if (!index_arg(vm, v, n)) return Value::error();
    bool overflow = false;
    secs = n.to_double(overflow);
    if (overflow) return vm.raise(vm.types.OverflowError, "timestamp too large to convert to C _PyTime_t");
  }
  if (secs < 0) return vm.raise(vm.types.ValueError, "sleep length must be non-negative");
  return vm.suspend_for_sleep(secs);
}

// ---- struct_time ----

Type* variant_type(VM& vm, ZoneKind kind) {
  Value module = vm.import_module("time");
  if (module.is_error()) return nullptr;
  Value t = static_cast<Module*>(module.as_object())->dict->get_str(vm.intern("struct_time"));
  if (t.is_null() || !t.is_object() || t.as_object()->type->layout != Layout::Type) {
    vm.raise(vm.types.TypeError, "time.struct_time is missing");
    return nullptr;
  }
  Value v = static_cast<Type*>(t.as_object())->attributes->get_str(vm.intern(kVariantKey[kind]));
  return static_cast<Type*>(v.as_object());
}

Value make_struct_time(VM& vm, const struct tm& tm, ZoneKind kind) {
  Type* type = variant_type(vm, kind);
  if (!type) return Value::error();
  std::vector<Value> items = {
      make_int(vm, static_cast<int64_t>(tm.tm_year) + 1900), Value::from_int(tm.tm_mon + 1), Value::from_int(tm.tm_mday),
      Value::from_int(tm.tm_hour), Value::from_int(tm.tm_min), Value::from_int(tm.tm_sec),
      Value::from_int((tm.tm_wday + 6) % 7), Value::from_int(tm.tm_yday + 1), Value::from_int(tm.tm_isdst)};
  return Value::from_object(vm.heap.make<Tuple>(type, std::move(items)));
}

Tuple* as_tuple(Value v) { return static_cast<Tuple*>(v.as_object()); }
Value plain_copy(VM& vm, Value self) { return Value::from_object(make_tuple(vm, as_tuple(self)->items)); }

Value st_repr(VM& vm, CallArgs args) {
  std::string out = "time.struct_time(";
  const std::vector<Value>& items = as_tuple(args[0])->items;
  for (size_t i = 0; i < items.size() && i < 9; ++i) {
    Value r = repr(vm, items[i]);
    if (r.is_error()) return r;
    if (i) out += ", ";
    out += std::string(kFieldNames[i]) + "=" + static_cast<Str*>(r.as_object())->utf8();
  }
  return text(vm, out + ")");
}
Value st_getitem(VM& vm, CallArgs args) {
  if (!check_exactly_one(vm, args, "__getitem__", 1)) return Value::error();
  return get_item(vm, plain_copy(vm, args[0]), args[1]);
}
Value st_len(VM& vm, CallArgs args) { return Value::from_int(static_cast<int64_t>(as_tuple(args[0])->items.size())); }
Value st_iter(VM& vm, CallArgs args) { return get_iterator(vm, plain_copy(vm, args[0])); }
Value st_compare(VM& vm, CallArgs args, CompareOp op) {
  if (!check_exactly_one(vm, args, "__eq__", 1)) return Value::error();
  Value other = args[1];
  if (!other.is_object() || other.as_object()->type->layout != Layout::Tuple) return Value::not_implemented();
  Value o = other.as_object()->type->is_heap_type ? plain_copy(vm, other) : other;
  return compare(vm, op, plain_copy(vm, args[0]), o);
}
Value st_eq(VM& vm, CallArgs args) { return st_compare(vm, args, CompareOp::Eq); }
Value st_ne(VM& vm, CallArgs args) { return st_compare(vm, args, CompareOp::Ne); }
Value st_lt(VM& vm, CallArgs args) { return st_compare(vm, args, CompareOp::Lt); }
Value st_le(VM& vm, CallArgs args) { return st_compare(vm, args, CompareOp::Le); }
Value st_gt(VM& vm, CallArgs args) { return st_compare(vm, args, CompareOp::Gt); }
Value st_ge(VM& vm, CallArgs args) { return st_compare(vm, args, CompareOp::Ge); }
Value st_hash(VM& vm, CallArgs args) {
  int64_t h;
  if (!hash_value(vm, plain_copy(vm, args[0]), h)) return Value::error();
  return make_int(vm, h);
}

// struct_time is immutable: copy.copy and copy.deepcopy may return it as it is.
Value st_copy(VM& vm, CallArgs args) { return args[0]; }

template <int kIndex>
Value st_field(VM& vm, CallArgs args) {
  return as_tuple(args[0])->items[kIndex];
}

// The calendar fields of a struct_time or 9-tuple, as CPython's gettmarg (tm_wday Monday=0 in
// Python becomes Sunday=0 in C).
bool tuple_to_tm(VM& vm, Value v, const char* context, struct tm& out) {
  if (!v.is_object() || v.as_object()->type->layout != Layout::Tuple) {
    vm.raise(vm.types.TypeError, "Tuple or struct_time argument required");
    return false;
  }
  const std::vector<Value>& items = as_tuple(v)->items;
  if (items.size() != 9) {
    vm.raise(vm.types.TypeError, std::string(context) + ": illegal time tuple argument");
    return false;
  }
  int64_t f[9];
  for (int i = 0; i < 9; ++i) {
    if (items[i].is_double()) {
      vm.raise(vm.types.TypeError, "'float' object cannot be interpreted as an integer");
      return false;
    }
    if (!index_of(vm, items[i], f[i], "")) return false;
    if (f[i] > INT32_MAX || f[i] < INT32_MIN) {
      vm.raise(vm.types.OverflowError, "signed integer is greater than maximum");
      return false;
    }
  }
  out = {};
  out.tm_year = static_cast<int>(f[0] - 1900);
  out.tm_mon = static_cast<int>(f[1] - 1);
  out.tm_mday = static_cast<int>(f[2]);
  out.tm_hour = static_cast<int>(f[3]);
  out.tm_min = static_cast<int>(f[4]);
  out.tm_sec = static_cast<int>(f[5]);
  out.tm_wday = static_cast<int>((f[6] + 1) % 7);
  if (f[6] < 0) {
    vm.raise(vm.types.ValueError, "day of week out of range");
    return false;
  }
  out.tm_yday = static_cast<int>(f[7] - 1);
  out.tm_isdst = static_cast<int>(f[8]);
  return true;
}

// CPython's checktm for strftime/asctime (with its forgiving zeros).
bool check_tm(VM& vm, struct tm& buf) {
  const char* error = nullptr;
  if (buf.tm_mon == -1) buf.tm_mon = 0;
  else if (buf.tm_mon < 0 || buf.tm_mon > 11) error = "month out of range";
  if (!error) {
    if (buf.tm_mday == 0) buf.tm_mday = 1;
    else if (buf.tm_mday < 0 || buf.tm_mday > 31) error = "day of month out of range";
  }
  if (!error && (buf.tm_hour < 0 || buf.tm_hour > 23)) error = "hour out of range";
  if (!error && (buf.tm_min < 0 || buf.tm_min > 59)) error = "minute out of range";
  if (!error && (buf.tm_sec < 0 || buf.tm_sec > 61)) error = "seconds out of range";
  if (!error && buf.tm_wday < 0) error = "day of week out of range";
  if (!error) {
    if (buf.tm_yday == -1) buf.tm_yday = 0;
    else if (buf.tm_yday < 0 || buf.tm_yday > 365) error = "day of year out of range";
  }
  if (error) {
    vm.raise(vm.types.ValueError, error);
    return false;
  }
  return true;
}

// The zone name and UTC offset for a local time.
void local_zone(const struct tm& local, std::string& name, long& gmtoff) {
#if defined(__wasi__)
  (void)local;
  name = "UTC";
  gmtoff = 0;
#else
  name = local.tm_zone ? local.tm_zone : "";
  gmtoff = local.tm_gmtoff;
#endif
}

ZoneKind zone_kind_of(Value v) {
  if (!v.is_object() || !v.as_object()->type->is_heap_type) return kUnknown;
  Type* t = v.as_object()->type;
  if (!t->attributes) return kUnknown;
  // Each variant records its kind as a small int under this name.
  for (const Type* c = t; c; c = c->base) {
    if (!c->attributes) continue;
    for (const Dict::Entry& e : c->attributes->entries) {
      if (e.key.is_null()) continue;
      if (static_cast<Str*>(e.key.as_object())->utf8() == "__saessak_zone_kind__")
        return static_cast<ZoneKind>(e.value.as_int());
    }
  }
  return kUnknown;
}

Value st_zone(VM& vm, CallArgs args) {
  ZoneKind kind = zone_kind_of(args[0]);
  if (kind == kUtc) return text(vm, "GMT");
  if (kind == kUnknown) return Value::none();
  struct tm tm;
  if (!tuple_to_tm(vm, args[0], "struct_time", tm)) return Value::error();
  time_t t = mktime(&tm);
  struct tm local;
  localtime_r(&t, &local);
  std::string name;
  long off;
  local_zone(local, name, off);
  return text(vm, name);
}

Value st_gmtoff(VM& vm, CallArgs args) {
  ZoneKind kind = zone_kind_of(args[0]);
  if (kind == kUtc) return Value::from_int(0);
  if (kind == kUnknown) return Value::none();
  struct tm tm;
  if (!tuple_to_tm(vm, args[0], "struct_time", tm)) return Value::error();
  time_t t = mktime(&tm);
  struct tm local;
  localtime_r(&t, &local);
  std::string name;
  long off;
  local_zone(local, name, off);
  return Value::from_int(off);
}

Value construct_struct_time(VM& vm, CallArgs args) {
  if (args.count != 1 || args.keyword_count() != 0)
    return vm.raise(vm.types.TypeError, "time.struct_time() takes exactly 1 argument (" + std::to_string(args.count) + " given)");
  std::vector<Value> items;
  Value it = get_iterator(vm, args[0]);
  if (it.is_error()) return it;
  while (true) {
    Value item = iterator_next(vm, it);
    if (item.is_error()) return item;
    if (item.is_null()) break;
    items.push_back(item);
  }
  if (items.size() < 9)
    return vm.raise(vm.types.TypeError, "time.struct_time() takes an at least 9-sequence (" + std::to_string(items.size()) +
                                            "-sequence given)");
  if (items.size() > 11)
    return vm.raise(vm.types.TypeError, "time.struct_time() takes an at most 11-sequence (" + std::to_string(items.size()) +
                                            "-sequence given)");
  items.resize(9);
  Type* type = variant_type(vm, kUnknown);
  if (!type) return Value::error();
  return Value::from_object(vm.heap.make<Tuple>(type, std::move(items)));
}

// ---- conversions ----

// A timestamp argument (None: now), floored to whole seconds as CPython.
bool timestamp_arg(VM& vm, CallArgs args, const char* name, time_t& out) {
  if (!check_between(vm, args, name, 0, 1)) return false;
  if (args.count == 0 || args[0].is_none()) {
    out = static_cast<time_t>(clock_ns(CLOCK_REALTIME) / 1000000000);
    return true;
  }
  Value v = args[0];
  if (v.is_double()) {
    double d = v.as_double();
    if (std::isnan(d)) {
      vm.raise(vm.types.ValueError, "Invalid value NaN (not a number)");
      return false;
    }
    d = std::floor(d);
    if (!(d >= -9.2e18 && d <= 9.2e18)) {
      vm.raise(vm.types.OverflowError, "timestamp out of range for platform time_t");
      return false;
    }
    out = static_cast<time_t>(d);
    return true;
  }
  BigInt n;
  if (!index_arg(vm, v, n)) return false;
  if (!n.fits_int64()) {
    vm.raise(vm.types.OverflowError, "timestamp out of range for platform time_t");
    return false;
  }
  out = static_cast<time_t>(n.to_int64());
  return true;
}

Value time_gmtime(VM& vm, CallArgs args) {
  time_t t;
  if (!timestamp_arg(vm, args, "gmtime", t)) return Value::error();
  struct tm tm;
  if (!gmtime_r(&t, &tm)) return vm.raise(vm.types.OverflowError, "timestamp out of range for platform time_t");
  return make_struct_time(vm, tm, kUtc);
}

Value time_localtime(VM& vm, CallArgs args) {
  time_t t;
  if (!timestamp_arg(vm, args, "localtime", t)) return Value::error();
  struct tm tm;
  if (!localtime_r(&t, &tm)) return vm.raise(vm.types.OverflowError, "timestamp out of range for platform time_t");
  return make_struct_time(vm, tm, kLocal);
}

Value time_mktime(VM& vm, CallArgs args) {
  if (!check_exactly_one(vm, args, "time.mktime")) return Value::error();
  struct tm tm;
  if (!tuple_to_tm(vm, args[0], "mktime()", tm)) return Value::error();
  tm.tm_wday = -1;
  time_t t = mktime(&tm);
  if (t == static_cast<time_t>(-1) && tm.tm_wday == -1) return vm.raise(vm.types.OverflowError, "mktime argument out of range");
  return Value::from_double(static_cast<double>(t));
}

// The time to format: the argument, or localtime() when absent.
bool time_arg(VM& vm, CallArgs args, int index, const char* context, struct tm& tm, ZoneKind& kind) {
  if (args.count <= index) {
    time_t t = static_cast<time_t>(clock_ns(CLOCK_REALTIME) / 1000000000);
    localtime_r(&t, &tm);
    kind = kLocal;
    return true;
  }
  kind = zone_kind_of(args[index]);
  if (!tuple_to_tm(vm, args[index], context, tm)) return false;
  return check_tm(vm, tm);
}

const char* kDays[] = {"Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"};
const char* kMonths[] = {"January", "February", "March",     "April",   "May",      "June",
                         "July",    "August",   "September", "October", "November", "December"};

std::string pad(int64_t v, int width, char fill = '0') {
  std::string digits = std::to_string(v < 0 ? -v : v);
  std::string out = v < 0 ? "-" : "";
  if (static_cast<int>(digits.size()) < width) out += std::string(width - digits.size(), fill);
  return out + digits;
}

// ISO 8601 week-based year and week number.
void iso_week(const struct tm& tm, int& iso_year, int& week) {
  int year = tm.tm_year + 1900;
  int wday = (tm.tm_wday + 6) % 7;  // Monday = 0
  int yday = tm.tm_yday;
  week = (yday - wday + 10) / 7;
  auto is_leap = [](int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; };
  iso_year = year;
  if (week < 1) {
    iso_year = year - 1;
    int prev_days = is_leap(iso_year) ? 366 : 365;
    week = (yday + prev_days - wday + 10) / 7;
  } else {
    int days = is_leap(year) ? 366 : 365;
    if (week == 53 && (yday - wday + 3) >= days) {  // Thursday of this week is next year
      iso_year = year + 1;
      week = 1;
    }
  }
}

// strftime in the C locale, with glibc's output for the directives it knows; unknown
// directives are copied as they are.
std::string format_time(const std::string& fmt, const struct tm& tm, ZoneKind kind) {
  std::string out;
  int wday = ((tm.tm_wday % 7) + 7) % 7;
  int mon = ((tm.tm_mon % 12) + 12) % 12;
  int year = tm.tm_year + 1900;
  int hour12 = tm.tm_hour % 12 == 0 ? 12 : tm.tm_hour % 12;
  for (size_t i = 0; i < fmt.size(); ++i) {
    char c = fmt[i];
    if (c != '%' || i + 1 >= fmt.size()) {
      out += c;
      continue;
    }
    char d = fmt[++i];
    switch (d) {
      case 'a': out += std::string(kDays[wday]).substr(0, 3); break;
      case 'A': out += kDays[wday]; break;
      case 'b':
      case 'h': out += std::string(kMonths[mon]).substr(0, 3); break;
      case 'B': out += kMonths[mon]; break;
      case 'c':
        out += format_time("%a %b %e %H:%M:%S %Y", tm, kind);
        break;
      case 'C': out += pad(year / 100, 2); break;
      case 'd': out += pad(tm.tm_mday, 2); break;
      case 'D': out += format_time("%m/%d/%y", tm, kind); break;
      case 'e': out += pad(tm.tm_mday, 2, ' '); break;
      case 'F': out += format_time("%Y-%m-%d", tm, kind); break;
      case 'G': {
        int y, w;
        iso_week(tm, y, w);
        out += std::to_string(y);
        break;
      }
      case 'g': {
        int y, w;
        iso_week(tm, y, w);
        out += pad(((y % 100) + 100) % 100, 2);
        break;
      }
      case 'H': out += pad(tm.tm_hour, 2); break;
      case 'I': out += pad(hour12, 2); break;
      case 'j': out += pad(tm.tm_yday + 1, 3); break;
      case 'k': out += pad(tm.tm_hour, 2, ' '); break;
      case 'l': out += pad(hour12, 2, ' '); break;
      case 'm': out += pad(tm.tm_mon + 1, 2); break;
      case 'M': out += pad(tm.tm_min, 2); break;
      case 'n': out += '\n'; break;
      case 'p': out += tm.tm_hour < 12 ? "AM" : "PM"; break;
      case 'P': out += tm.tm_hour < 12 ? "am" : "pm"; break;
      case 'r': out += format_time("%I:%M:%S %p", tm, kind); break;
      case 'R': out += format_time("%H:%M", tm, kind); break;
      case 'S': out += pad(tm.tm_sec, 2); break;
      case 't': out += '\t'; break;
      case 'T': out += format_time("%H:%M:%S", tm, kind); break;
      case 'u': out += std::to_string(wday == 0 ? 7 : wday); break;
      case 'U': out += pad((tm.tm_yday + 7 - wday) / 7, 2); break;
      case 'V': {
        int y, w;
        iso_week(tm, y, w);
        out += pad(w, 2);
        break;
      }
      case 'w': out += std::to_string(wday); break;
      case 'W': out += pad((tm.tm_yday + 7 - (wday + 6) % 7) / 7, 2); break;
      case 'x': out += format_time("%m/%d/%y", tm, kind); break;
      case 'X': out += format_time("%H:%M:%S", tm, kind); break;
      case 'y': out += pad(((year % 100) + 100) % 100, 2); break;
      case 'Y': out += std::to_string(year); break;
      case 'z':
      case 'Z': {
        if (kind == kUtc) {
          out += d == 'z' ? "+0000" : "GMT";
          break;
        }
        if (tm.tm_isdst < 0) break;
        struct tm copy = tm;
        time_t t = mktime(&copy);
        struct tm local;
        localtime_r(&t, &local);
        std::string name;
        long off;
        local_zone(local, name, off);
        if (kind == kUnknown) off = 0;
        if (d == 'Z') {
          out += name;
        } else {
          long a = off < 0 ? -off : off;
          out += (off < 0 ? "-" : "+") + pad(a / 3600, 2) + pad((a / 60) % 60, 2);
        }
        break;
      }
      case 's': {
        struct tm copy = tm;
        out += std::to_string(static_cast<long long>(mktime(&copy)));
        break;
      }
      case '%': out += '%'; break;
      default:
        out += '%';
        out += d;
        break;
    }
  }
  return out;
}

Value time_strftime(VM& vm, CallArgs args) {
  if (!check_between(vm, args, "strftime", 1, 2)) return Value::error();
  if (!is_str(args[0]))
    return vm.raise(vm.types.TypeError, "strftime() argument 1 must be str, not " + type_name(vm, args[0]));
  struct tm tm;
  ZoneKind kind;
  if (!time_arg(vm, args, 1, "strftime()", tm, kind)) return Value::error();
  return text(vm, format_time(static_cast<Str*>(args[0].as_object())->utf8(), tm, kind));
}

std::string asctime_text(const struct tm& tm) {
  char buf[64];
  std::snprintf(buf, sizeof buf, "%s %s %2d %02d:%02d:%02d %d", std::string(kDays[((tm.tm_wday % 7) + 7) % 7]).substr(0, 3).c_str(),
                std::string(kMonths[((tm.tm_mon % 12) + 12) % 12]).substr(0, 3).c_str(), tm.tm_mday, tm.tm_hour, tm.tm_min,
                tm.tm_sec, tm.tm_year + 1900);
  return buf;
}

Value time_asctime(VM& vm, CallArgs args) {
  if (!check_between(vm, args, "asctime", 0, 1)) return Value::error();
  struct tm tm;
  ZoneKind kind;
  if (!time_arg(vm, args, 0, "asctime()", tm, kind)) return Value::error();
  return text(vm, asctime_text(tm));
}

Value time_ctime(VM& vm, CallArgs args) {
  time_t t;
  if (!timestamp_arg(vm, args, "ctime", t)) return Value::error();
  struct tm tm;
  if (!localtime_r(&t, &tm)) return vm.raise(vm.types.OverflowError, "timestamp out of range for platform time_t");
  return text(vm, asctime_text(tm));
}

struct Entry {
  const char* name;
  NativeFn fn;
};

const Entry kFunctions[] = {
    {"time", time_time},
    {"time_ns", time_time_ns},
    {"sleep", time_sleep},
    {"monotonic", time_monotonic},
    {"monotonic_ns", time_monotonic_ns},
    {"perf_counter", time_perf_counter},
    {"perf_counter_ns", time_perf_counter_ns},
    {"process_time", time_process_time},
    {"process_time_ns", time_process_time_ns},
    {"gmtime", time_gmtime},
    {"localtime", time_localtime},
    {"mktime", time_mktime},
    {"strftime", time_strftime},
    {"asctime", time_asctime},
    {"ctime", time_ctime},
};

void add_property(VM& vm, Type* type, const char* name, NativeFn fget) {
  Value getter = Value::from_object(make_native(vm, name, fget, type));
  Property* p = vm.heap.make<Property>(vm.types.property, getter, Value::none(), Value::none(), Value::none());
  type->attributes->set_str(vm.intern(name), Value::from_object(p));
}

Type* make_hidden_type(VM& vm, Type* base, std::vector<Type*> tail) {
  Type* t = vm.new_type("struct_time", base, Layout::Tuple);
  t->module = "time";
  t->qualname = "struct_time";
  t->is_heap_type = true;
  t->bases = {base};
  t->mro = {t};
  for (Type* x : tail) t->mro.push_back(x);
  return t;
}

}  // namespace

bool install_time_module(VM& vm, Module* module) {
  for (const Entry& e : kFunctions) module_add_function(vm, module, e.name, e.fn);

  // The public class, and the hidden classes of actual struct_time values.
  Type* public_type = vm.new_type("struct_time", vm.types.tuple, Layout::Tuple);
  public_type->module = "time";
  public_type->qualname = "struct_time";
  public_type->construct = construct_struct_time;
  ensure_mro(vm.types.tuple);
  ensure_mro(public_type);
  Type* common = make_hidden_type(vm, public_type, {public_type, vm.types.tuple, vm.types.object});
  static constexpr NativeFn kFields[] = {st_field<0>, st_field<1>, st_field<2>, st_field<3>, st_field<4>,
                                         st_field<5>, st_field<6>, st_field<7>, st_field<8>};
  for (int i = 0; i < 9; ++i) add_property(vm, common, kFieldNames[i], kFields[i]);
  add_property(vm, common, "tm_zone", st_zone);
  add_property(vm, common, "tm_gmtoff", st_gmtoff);
  const Entry dunders[] = {{"__repr__", st_repr}, {"__getitem__", st_getitem}, {"__len__", st_len},
                           {"__iter__", st_iter}, {"__eq__", st_eq},           {"__ne__", st_ne},
                           {"__lt__", st_lt},     {"__le__", st_le},           {"__gt__", st_gt},
                           {"__ge__", st_ge},     {"__hash__", st_hash},       {"__copy__", st_copy},
                           {"__deepcopy__", st_copy}};
  for (const Entry& e : dunders) add_method(vm, common, e.name, e.fn);
  for (int kind = 0; kind < 3; ++kind) {
    Type* variant = make_hidden_type(vm, common, {common, public_type, vm.types.tuple, vm.types.object});
    variant->attributes->set_str(vm.intern("__saessak_zone_kind__"), Value::from_int(kind));
    public_type->attributes->set_str(vm.intern(kVariantKey[kind]), Value::from_object(variant));
  }
  module_add_value(vm, module, "struct_time", Value::from_object(public_type));

  // The local time zone, as CPython's init_timezone computes it (January and July of this year).
  time_t now = static_cast<time_t>(clock_ns(CLOCK_REALTIME) / 1000000000);
  struct tm tm_now;
  gmtime_r(&now, &tm_now);
  int year = tm_now.tm_year;
  struct tm jan = {}, jul = {};
  jan.tm_year = jul.tm_year = year;
  jan.tm_mday = jul.tm_mday = 1;
  jul.tm_mon = 6;
  jan.tm_isdst = jul.tm_isdst = -1;
  time_t t_jan = mktime(&jan), t_jul = mktime(&jul);
  struct tm l_jan, l_jul;
  localtime_r(&t_jan, &l_jan);
  localtime_r(&t_jul, &l_jul);
  std::string jan_name, jul_name;
  long jan_off, jul_off;
  local_zone(l_jan, jan_name, jan_off);
  local_zone(l_jul, jul_name, jul_off);
  long timezone_s = -jan_off, altzone_s = -jul_off;
  std::string std_name = jan_name, dst_name = jul_name;
  if (jan_off > jul_off) {  // southern hemisphere: DST in January
    std::swap(timezone_s, altzone_s);
    std::swap(std_name, dst_name);
  }
  module_add_value(vm, module, "timezone", Value::from_int(timezone_s));
  module_add_value(vm, module, "altzone", Value::from_int(altzone_s));
  module_add_value(vm, module, "daylight", Value::from_int(jan_off != jul_off ? 1 : 0));
  module_add_value(vm, module, "tzname", Value::from_object(make_tuple(vm, {text(vm, std_name), text(vm, dst_name)})));
  return true;
}

}  // namespace saessak
