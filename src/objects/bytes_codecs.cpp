// Where bytes meet text and numbers: str.encode and bytes.decode (utf-8, ascii, latin-1 with the
// error handlers strict, replace, ignore, backslashreplace and, for encoding,
// xmlcharrefreplace), the messages of UnicodeEncodeError/UnicodeDecodeError, int.to_bytes and
// int.from_bytes, and printf-style `bytes % args`.
#include <algorithm>

#include "objects/arguments.h"
#include "objects/bytes.h"
#include "objects/dict.h"
#include "objects/dunders.h"
#include "objects/exception.h"
#include "objects/format.h"
#include "objects/function.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/protocols.h"
#include "objects/str.h"
#include "vm/vm.h"

namespace saessak {

namespace {

enum class Codec { Utf8, Ascii, Latin1 };

// CPython's normalisation, reduced to the three codecs we carry: case, '_' and ' ' don't matter.
bool find_codec(VM& vm, Value name, Codec& codec, std::string& canonical) {
  std::string key = static_cast<Str*>(name.as_object())->utf8();
  std::string n;
  for (char c : key) n.push_back(c == '_' || c == ' ' ? '-' : static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c));
  static const char* kUtf8[] = {"utf-8", "utf8", "u8", "utf", "cp65001"};
  static const char* kAscii[] = {"ascii", "us-ascii", "646", "us"};
  static const char* kLatin1[] = {"latin-1", "latin1", "iso-8859-1", "iso8859-1", "8859", "cp819", "latin", "l1",
                                  "iso-ir-100", "csisolatin1"};
  for (const char* a : kUtf8)
    if (n == a) return codec = Codec::Utf8, canonical = "utf-8", true;
  for (const char* a : kAscii)
    if (n == a) return codec = Codec::Ascii, canonical = "ascii", true;
  for (const char* a : kLatin1)
    if (n == a) return codec = Codec::Latin1, canonical = "latin-1", true;
  vm.raise(vm.types.LookupError, "unknown encoding: " + key);
  return false;
}

bool unknown_handler(VM& vm, const std::string& errors) {
  vm.raise(vm.types.LookupError, "unknown error handler name '" + errors + "'");
  return false;
}

Value raise_unicode_error(VM& vm, Type* type, const std::string& encoding, Value object, int64_t start, int64_t end,
                          const std::string& reason) {
  std::vector<Value> items = {Value::from_object(make_str(vm, encoding)), object, Value::from_int(start),
                              Value::from_int(end), Value::from_object(make_str(vm, reason))};
  return vm.raise_object(vm.heap.make<ExceptionObject>(type, make_tuple(vm, std::move(items))));
}

void append_hex_escape(std::string& out, uint32_t c) {
  static const char* kHex = "0123456789abcdef";
  int digits = c < 0x100 ? 2 : c < 0x10000 ? 4 : 8;
  out += c < 0x100 ? "\\x" : c < 0x10000 ? "\\u" : "\\U";
  for (int shift = (digits - 1) * 4; shift >= 0; shift -= 4) out.push_back(kHex[(c >> shift) & 15]);
}

std::string text_arg(Value v, const char* fallback) {
  return v.is_null() ? fallback : static_cast<Str*>(v.as_object())->utf8();
}

}  // namespace

// str -> bytes. `encoding` and `errors` are Str or null.
Value encode_str(VM& vm, Str* s, Value encoding, Value errors, std::string& out) {
  Codec codec = Codec::Utf8;
  std::string name = "utf-8";
  if (!encoding.is_null() && !find_codec(vm, encoding, codec, name)) return Value::error();
  std::string handler = text_arg(errors, "strict");
  uint32_t limit = codec == Codec::Ascii ? 0x80 : codec == Codec::Latin1 ? 0x100 : 0x110000;
  auto encodable = [&](uint32_t c) { return codec == Codec::Utf8 ? !(c >= 0xD800 && c <= 0xDFFF) : c < limit; };
  size_t n = s->length;
  if (s->is_ascii()) {  // every codec here writes ASCII as itself
    out += s->storage;
    return Value::none();
  }
  out.reserve(out.size() + n * (codec == Codec::Utf8 ? s->kind + 1 : 1));
  for (size_t i = 0; i < n;) {
    uint32_t c = s->at(i);
    if (encodable(c)) {
      if (codec == Codec::Utf8) append_utf8(out, c);
      else out.push_back(static_cast<char>(c));
      ++i;
      continue;
    }
    // A run of characters the codec cannot encode is reported as one error, as CPython does.
    size_t j = i;
    while (j < n && !encodable(s->at(j))) ++j;
    if (handler == "strict") {
      std::string reason = codec == Codec::Utf8 ? "surrogates not allowed"
                                                : std::string("ordinal not in range(") + (codec == Codec::Ascii ? "128)" : "256)");
      return raise_unicode_error(vm, vm.types.UnicodeEncodeError, name, Value::from_object(s), static_cast<int64_t>(i),
                                 static_cast<int64_t>(j), reason);
    }
    for (size_t k = i; k < j; ++k) {
      uint32_t bad = s->at(k);
      if (handler == "replace") out.push_back('?');
      else if (handler == "ignore") {
      } else if (handler == "backslashreplace") append_hex_escape(out, bad);
      else if (handler == "xmlcharrefreplace") out += "&#" + std::to_string(bad) + ";";
      else return unknown_handler(vm, handler), Value::error();
    }
    i = j;
  }
  if (out.size() > static_cast<size_t>(kMaxSequenceLength)) return vm.raise_memory_error();
  return Value::none();
}

// bytes -> str. `encoding` and `errors` are Str or null.
Value decode_bytes(VM& vm, std::string_view data, Value encoding, Value errors) {
  Codec codec = Codec::Utf8;
  std::string name = "utf-8";
  if (!encoding.is_null() && !find_codec(vm, encoding, codec, name)) return Value::error();
  std::string handler = text_arg(errors, "strict");
  std::vector<uint32_t> out;
  out.reserve(data.size());
  auto byte = [&](size_t i) { return static_cast<uint8_t>(data[i]); };
  // Reports bytes [start, end) as undecodable; false when the handler is strict (or unknown).
  auto bad = [&](size_t start, size_t end, const char* reason) {
    if (handler == "strict") {
      raise_unicode_error(vm, vm.types.UnicodeDecodeError, name, Value::from_object(make_bytes(vm, std::string(data))),
                          static_cast<int64_t>(start), static_cast<int64_t>(end), reason);
      return false;
    }
    if (handler == "replace") out.push_back(0xFFFD);
    else if (handler == "ignore") {
    } else if (handler == "backslashreplace") {
      std::string escaped;
      for (size_t k = start; k < end; ++k) append_hex_escape(escaped, byte(k));
      for (char c : escaped) out.push_back(static_cast<uint8_t>(c));
    } else {
      return unknown_handler(vm, handler);
    }
    return true;
  };
  size_t n = data.size();
  for (size_t i = 0; i < n;) {
    uint8_t c = byte(i);
    if (c < 0x80 || codec == Codec::Latin1) {
      out.push_back(c);
      ++i;
      continue;
    }
    if (codec == Codec::Ascii) {
      if (!bad(i, i + 1, "ordinal not in range(128)")) return Value::error();
      ++i;
      continue;
    }
    // UTF-8, with CPython's (and Unicode's) "maximal subpart" error ranges.
    int need;
    uint8_t low = 0x80, high = 0xBF;  // the allowed range of the second byte
    uint32_t cp;
    if (c >= 0xC2 && c <= 0xDF) need = 1, cp = c & 0x1F;
    else if (c >= 0xE0 && c <= 0xEF) {
      need = 2, cp = c & 0x0F;
      if (c == 0xE0) low = 0xA0;
      if (c == 0xED) high = 0x9F;  // no surrogates
    } else if (c >= 0xF0 && c <= 0xF4) {
      need = 3, cp = c & 0x07;
      if (c == 0xF0) low = 0x90;
      if (c == 0xF4) high = 0x8F;
    } else {
      if (!bad(i, i + 1, "invalid start byte")) return Value::error();
      ++i;
      continue;
    }
    size_t k = 1;
    bool ok = true;
    for (; k <= static_cast<size_t>(need); ++k) {
      if (i + k >= n) {
        ok = false;
        break;
      }
      uint8_t b = byte(i + k);
      uint8_t lo = k == 1 ? low : 0x80, hi = k == 1 ? high : 0xBF;
      if (b < lo || b > hi) {
        ok = false;
        break;
      }
      cp = (cp << 6) | (b & 0x3F);
    }
    if (!ok) {
      const char* reason = i + k >= n ? "unexpected end of data" : "invalid continuation byte";
      if (!bad(i, i + k, reason)) return Value::error();
      i += k;
      continue;
    }
    out.push_back(cp);
    i += need + 1;
  }
  return Value::from_object(make_str_from_code_points(vm, out.data(), out.size()));
}

// The text of a UnicodeEncodeError/UnicodeDecodeError made from its five arguments; false
// when the exception is not one of those or its arguments are not the expected ones.
bool unicode_error_text(VM& vm, ExceptionObject* e, std::string& out) {
  bool decoding = e->type->is_subtype_of(vm.types.UnicodeDecodeError);
  if (!decoding && !e->type->is_subtype_of(vm.types.UnicodeEncodeError)) return false;
  const std::vector<Value>& a = e->args->items;
  if (a.size() != 5 || !is_text(a[0]) || !a[2].is_int() || !a[3].is_int() || !is_text(a[4])) return false;
  std::string encoding = static_cast<Str*>(a[0].as_object())->utf8();
  std::string reason = static_cast<Str*>(a[4].as_object())->utf8();
  int64_t start = a[2].as_int(), end = a[3].as_int();
  if (decoding) {
    if (!is_bytes_or_bytearray(a[1])) return false;
    const std::string& data = as_bytes(a[1])->data;
    if (end == start + 1 && start >= 0 && start < static_cast<int64_t>(data.size())) {
      static const char* kHex = "0123456789abcdef";
      uint8_t b = static_cast<uint8_t>(data[start]);
      out = "'" + encoding + "' codec can't decode byte 0x" + kHex[b >> 4] + kHex[b & 15] + " in position " +
            std::to_string(start) + ": " + reason;
    } else {
      out = "'" + encoding + "' codec can't decode bytes in position " + std::to_string(start) + "-" +
            std::to_string(end - 1) + ": " + reason;
    }
    return true;
  }
  if (!is_text(a[1])) return false;
  Str* s = static_cast<Str*>(a[1].as_object());
  if (end == start + 1 && start >= 0 && start < static_cast<int64_t>(s->length)) {
    std::string escaped;
    append_hex_escape(escaped, s->at(start));
    out = "'" + encoding + "' codec can't encode character '" + escaped + "' in position " + std::to_string(start) +
          ": " + reason;
  } else {
    out = "'" + encoding + "' codec can't encode characters in position " + std::to_string(start) + "-" +
          std::to_string(end - 1) + ": " + reason;
  }
  return true;
}

namespace {

bool text_args(VM& vm, const char* fname, Value* bound) {
  static const char* kNames[] = {"encoding", "errors"};
  for (int i = 0; i < 2; ++i) {
    if (!bound[i].is_null() && !is_text(bound[i])) {
      vm.raise(vm.types.TypeError, std::string(fname) + "() argument '" + kNames[i] + "' must be str, not " +
                                       (bound[i].is_none() ? std::string("None") : type_name(vm, bound[i])));
      return false;
    }
  }
  return true;
}

Value str_encode(VM& vm, CallArgs args) {
  Value bound[2];
  if (!bind_arguments(vm, args, "encode", {"encoding", "errors"}, 0, bound, 1) || !text_args(vm, "encode", bound))
    return Value::error();
  std::string out;
  if (encode_str(vm, static_cast<Str*>(args[0].as_object()), bound[0], bound[1], out).is_error()) return Value::error();
  return Value::from_object(make_bytes(vm, std::move(out)));
}

}  // namespace

Value construct_str_decoding(VM& vm, CallArgs args) {
  Value bound[3];
  if (!bind_arguments(vm, args, "str", {"object", "encoding", "errors"}, 0, bound, 0) || !text_args(vm, "str", bound + 1))
    return Value::error();
  if (bound[0].is_null()) return Value::from_object(make_str(vm, ""));
  std::string scratch;
  std::string_view data;
  if (!buffer_of(vm, bound[0], scratch, data)) {
    if (is_text(bound[0])) return vm.raise(vm.types.TypeError, "decoding str is not supported");
    return vm.raise(vm.types.TypeError, "decoding to str: need a bytes-like object, " + type_name(vm, bound[0]) + " found");
  }
  return decode_bytes(vm, data, bound[1], bound[2]);
}

namespace {

Value bytes_decode(VM& vm, CallArgs args) {
  Value bound[2];
  if (!bind_arguments(vm, args, "decode", {"encoding", "errors"}, 0, bound, 1) || !text_args(vm, "decode", bound))
    return Value::error();
  return decode_bytes(vm, as_bytes(args[0])->data, bound[0], bound[1]);
}

// (length, byteorder, *, signed): the shared arguments of to_bytes and from_bytes.
bool byteorder_arg(VM& vm, Value v, const char* fname, bool& little) {
  if (v.is_null()) {
    little = false;
    return true;
  }
  if (!is_text(v)) {
    vm.raise(vm.types.TypeError, std::string(fname) + "() argument 'byteorder' must be str, not " + type_name(vm, v));
    return false;
  }
  std::string order = static_cast<Str*>(v.as_object())->utf8();
  if (order != "little" && order != "big") {
    vm.raise(vm.types.ValueError, "byteorder must be either 'little' or 'big'");
    return false;
  }
  little = order == "little";
  return true;
}

bool signed_arg(VM& vm, CallArgs args, bool& is_signed) {
  Value v = keyword_argument(args, "signed");
  is_signed = false;
  if (v.is_null()) return true;
  int t = truthiness(vm, v);
  if (t < 0) return false;
  is_signed = t == 1;
  return true;
}

// Keyword-only `signed` is taken out before binding the others.
CallArgs without_signed(CallArgs args, std::vector<Value>& values, Tuple*& kwnames, VM& vm) {
  values.assign(args.values, args.values + args.count);
  std::vector<Value> names;
  for (int k = 0; k < args.keyword_count(); ++k) {
    Value key = args.kwnames->items[k];
    if (static_cast<Str*>(key.as_object())->utf8() == "signed") continue;
    names.push_back(key);
    values.push_back(args.values[args.count + k]);
  }
  kwnames = names.empty() ? nullptr : make_tuple(vm, std::move(names));
  return CallArgs{values.data(), args.count, kwnames};
}

Value int_to_bytes(VM& vm, CallArgs args) {
  std::vector<Value> values;
  Tuple* kwnames;
  CallArgs rest = without_signed(args, values, kwnames, vm);
  Value bound[2];
  if (!bind_arguments(vm, rest, "to_bytes", {"length", "byteorder"}, 0, bound, 1)) return Value::error();
  bool is_signed, little;
  if (!signed_arg(vm, args, is_signed) || !byteorder_arg(vm, bound[1], "to_bytes", little)) return Value::error();
  int64_t length = 1;
  if (!bound[0].is_null()) {
    if (!bound[0].is_int() && !bound[0].is_bool()) {
      if (is_big_int(bound[0])) return vm.raise(vm.types.OverflowError, "Python int too large to convert to C ssize_t");
      return vm.raise(vm.types.TypeError, "'" + type_name(vm, bound[0]) + "' object cannot be interpreted as an integer");
    }
    length = bound[0].is_bool() ? bound[0].as_bool() : bound[0].as_int();
  }
  if (length < 0) return vm.raise(vm.types.ValueError, "length argument must be non-negative");
  if (length > kMaxSequenceLength) return vm.raise_memory_error();
  std::vector<uint8_t> out;
  BigIntError error = to_bigint(args[0]).to_bytes(static_cast<size_t>(length), little, is_signed, out);
  if (error == BigIntError::kOverflow) return vm.raise(vm.types.OverflowError, "int too big to convert");
  if (error == BigIntError::kNegativeArgument)
    return vm.raise(vm.types.OverflowError, "can't convert negative int to unsigned");
  return Value::from_object(make_bytes(vm, std::string(out.begin(), out.end())));
}

// int.from_bytes(bytes, byteorder='big', *, signed=False): a class-level method, so called
// without self (int.from_bytes and (5).from_bytes alike).
Value int_from_bytes(VM& vm, CallArgs args) {
  std::vector<Value> values;
  Tuple* kwnames;
  CallArgs rest = without_signed(args, values, kwnames, vm);
  Value bound[2];
  if (!bind_arguments(vm, rest, "from_bytes", {"bytes", "byteorder"}, 1, bound, 0)) return Value::error();
  bool is_signed, little;
  if (!signed_arg(vm, args, is_signed) || !byteorder_arg(vm, bound[1], "from_bytes", little)) return Value::error();
  std::string data;
  std::string scratch;
  std::string_view view;
  if (buffer_of(vm, bound[0], scratch, view)) {
    data.assign(view);
  } else {
    // Anything bytes() accepts, as CPython converts it with bytes(x).
    if (is_text(bound[0]))
      return vm.raise(vm.types.TypeError, "cannot convert '" + type_name(vm, bound[0]) + "' object to bytes");
    Value made = vm.call(Value::from_object(vm.types.bytes), CallArgs{&bound[0], 1, nullptr});
    if (made.is_error()) return made;
    data = as_bytes(made)->data;
  }
  BigIntResult r = BigInt::from_bytes(reinterpret_cast<const uint8_t*>(data.data()), data.size(), little, is_signed);
  if (!r.ok()) return raise_bigint_error(vm, r.error, "from_bytes");
  return make_int(vm, std::move(r.value));
}

// ---- bytes % args ----

struct PercentSpec {
  std::string flags;
  std::string width, precision;  // digits as written ('*' already resolved)
  char conversion = 0;
};

// A width or precision as written; huge ones are capped (their output could not be built anyway).
size_t spec_number(const std::string& digits) {
  size_t n = 0;
  for (char c : digits) n = std::min<size_t>(n * 10 + static_cast<size_t>(c - '0'), size_t{1} << 28);
  return n;
}

Value pad_bytes(std::string body, const PercentSpec& spec, std::string& out) {
  if (!spec.precision.empty()) {
    size_t p = spec_number(spec.precision);
    if (body.size() > p) body.resize(p);
  }
  size_t width = spec_number(spec.width);
  bool left = spec.flags.find('-') != std::string::npos;
  if (body.size() < width && !left) out.append(width - body.size(), ' ');
  out += body;
  if (body.size() < width && left) out.append(width - body.size(), ' ');
  return Value::none();
}

}  // namespace

Value bytes_percent_format(VM& vm, Value format, Value args) {
  const std::string fmt = as_bytes(format)->data;  // a copy: formatting may run Python code
  std::vector<Value> items;
  bool tuple = args.is_object() && args.as_object()->type->layout == Layout::Tuple;
  if (tuple) items = static_cast<Tuple*>(args.as_object())->items;
  else items.push_back(args);
  bool is_mapping = !tuple && args.is_object() && args.as_object()->type->layout == Layout::Dict;
  size_t next = 0;
  bool used_mapping = false;
  std::string out;
  auto next_arg = [&](Value& v) {
    if (next >= items.size()) {
      vm.raise(vm.types.TypeError, "not enough arguments for format string");
      return false;
    }
    v = items[next++];
    return true;
  };
  for (size_t i = 0; i < fmt.size(); ++i) {
    if (fmt[i] != '%') {
      out.push_back(fmt[i]);
      continue;
    }
    size_t spec_start = i;
    if (++i >= fmt.size()) return vm.raise(vm.types.ValueError, "incomplete format");
    Value mapped = Value::null();
    if (fmt[i] == '(') {
      if (!is_mapping) return vm.raise(vm.types.TypeError, "format requires a mapping");
      int depth = 1;
      size_t key_start = ++i;
      while (i < fmt.size() && depth > 0) {
        if (fmt[i] == '(') ++depth;
        else if (fmt[i] == ')') --depth;
        if (depth > 0) ++i;
      }
      if (i >= fmt.size()) return vm.raise(vm.types.ValueError, "incomplete format key");
      Value key = Value::from_object(make_bytes(vm, fmt.substr(key_start, i - key_start)));
      mapped = get_item(vm, args, key);
      if (mapped.is_error()) return mapped;
      used_mapping = true;
      ++i;
    }
    PercentSpec spec;
    while (i < fmt.size() && std::string_view("-+ #0").find(fmt[i]) != std::string_view::npos) spec.flags.push_back(fmt[i++]);
    auto number = [&](std::string& field) {
      if (i < fmt.size() && fmt[i] == '*') {
        ++i;
        Value v;
        if (!next_arg(v)) return false;
        if (!v.is_int()) {
          vm.raise(vm.types.TypeError, "* wants int");
          return false;
        }
        int64_t n = v.as_int();
        if (n < 0 && &field == &spec.width) {
          spec.flags.push_back('-');
          n = -n;
        }
        field = std::to_string(std::max<int64_t>(n, 0));
        return true;
      }
      while (i < fmt.size() && fmt[i] >= '0' && fmt[i] <= '9') field.push_back(fmt[i++]);
      return true;
    };
    if (!number(spec.width)) return Value::error();
    if (i < fmt.size() && fmt[i] == '.') {
      ++i;
      if (!number(spec.precision)) return Value::error();
      if (spec.precision.empty()) spec.precision = "0";
    }
    while (i < fmt.size() && (fmt[i] == 'h' || fmt[i] == 'l' || fmt[i] == 'L')) ++i;
    if (i >= fmt.size()) return vm.raise(vm.types.ValueError, "incomplete format");
    char conv = fmt[i];
    if (conv == '%') {
      out.push_back('%');
      continue;
    }
    Value value = mapped;
    if (value.is_null() && !next_arg(value)) return Value::error();
    switch (conv) {
      case 's':
      case 'b': {
        std::string scratch;
        std::string_view view;
        std::string body;
        if (buffer_of(vm, value, scratch, view)) {
          body.assign(view);
        } else {
          Value method = is_python_object(value) ? get_attribute(vm, value, vm.intern("__bytes__")) : Value::null();
          if (method.is_error()) vm.clear_pending_exception();
          if (method.is_null() || method.is_error())
            return vm.raise(vm.types.TypeError, "%b requires a bytes-like object, or an object that implements __bytes__, not '" +
                                                    type_name(vm, value) + "'");
          Value made = vm.call(method, CallArgs{});
          if (made.is_error()) return made;
          if (!is_bytes_or_bytearray(made))
            return vm.raise(vm.types.TypeError, "__bytes__ returned non-bytes (type " + type_name(vm, made) + ")");
          body = as_bytes(made)->data;
        }
        pad_bytes(std::move(body), spec, out);
        break;
      }
      case 'r':
      case 'a': {
        Value text = ascii_of(vm, value);
        if (text.is_error()) return text;
        pad_bytes(static_cast<Str*>(text.as_object())->utf8(), spec, out);
        break;
      }
      case 'c': {
        std::string body;
        std::string scratch;
        std::string_view view;
        if (is_integer(value)) {
          int64_t n = value.is_int() ? value.as_int() : value.is_bool() ? value.as_bool() : -1;
          if (n < 0 || n > 255) return vm.raise(vm.types.OverflowError, "%c arg not in range(256)");
          body.push_back(static_cast<char>(n));
        } else if (buffer_of(vm, value, scratch, view) && view.size() == 1) {
          body.assign(view);
        } else {
          return vm.raise(vm.types.TypeError, "%c requires an integer in range(256) or a single byte");
        }
        PercentSpec no_precision = spec;
        no_precision.precision.clear();
        pad_bytes(std::move(body), no_precision, out);
        break;
      }
      case 'd': case 'i': case 'u': case 'o': case 'x': case 'X':
      case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': {
        // Numbers format exactly as in str % args, whose output is ASCII.
        std::string piece = "%" + spec.flags + spec.width + (spec.precision.empty() ? "" : "." + spec.precision) + conv;
        Value one = Value::from_object(make_tuple(vm, {value}));
        Value text = str_percent_format(vm, Value::from_object(make_str(vm, piece)), one);
        if (text.is_error()) return text;
        out += static_cast<Str*>(text.as_object())->utf8();
        break;
      }
      default: {
        static const char* kHex = "0123456789abcdef";
        uint8_t c = static_cast<uint8_t>(conv);
        std::string shown = c >= 0x20 && c < 0x7F ? std::string(1, conv) : "?";
        return vm.raise(vm.types.ValueError, "unsupported format character '" + shown + "' (0x" + kHex[c >> 4] +
                                                 kHex[c & 15] + ") at index " + std::to_string(i));
      }
    }
    (void)spec_start;
  }
  if (!used_mapping && !is_mapping && next < items.size())
    return vm.raise(vm.types.TypeError, "not all arguments converted during bytes formatting");
  return Value::from_object(make_bytes_like(vm, format, std::move(out)));
}

void install_bytes_codecs(VM& vm) {
  add_method(vm, vm.types.str, "encode", str_encode);
  add_method(vm, vm.types.bytes, "decode", bytes_decode);
  add_method(vm, vm.types.bytearray, "decode", bytes_decode);
  add_method(vm, vm.types.int_, "to_bytes", int_to_bytes);
  vm.types.int_->attributes->set_str(vm.intern("from_bytes"),
                                     Value::from_object(make_native(vm, "from_bytes", int_from_bytes)));
}

}  // namespace saessak
