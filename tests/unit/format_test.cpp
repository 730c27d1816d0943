// The format-spec mini-language, str.format and printf-style %, checked against results
// taken from CPython 3.11.
#include <gtest/gtest.h>

#include <cmath>
#include <functional>
#include <limits>
#include <string>
#include <vector>

#include "objects/dict.h"
#include "objects/exception.h"
#include "objects/format.h"
#include "objects/list.h"
#include "objects/str.h"
#include "vm/vm.h"

namespace saessak {
namespace {

class NullHost final : public Host {
 public:
  void write_stdout(std::string_view) override {}
  void write_stderr(std::string_view) override {}
};

// "Type: message" for the pending exception.
std::string pending(VM& vm) {
  ExceptionObject* e = vm.pending_exception();
  if (!e) return "<no exception pending>";
  return e->type->name + ": " + exception_message(vm, e);
}

// format(value, spec) in a fresh VM, or "Type: message" when it raises.
std::string fmt(const std::function<Value(VM&)>& make, std::string_view spec) {
  NullHost host;
  VM vm(host);
  std::string out;
  if (!format_value(vm, make(vm), spec, out)) return pending(vm);
  return out;
}
std::string F(double d, std::string_view spec) {
  return fmt([d](VM&) { return Value::from_double(d); }, spec);
}
std::string I(int64_t i, std::string_view spec) {
  return fmt([i](VM&) { return Value::from_int(i); }, spec);
}
std::string B(bool b, std::string_view spec) {
  return fmt([b](VM&) { return Value::from_bool(b); }, spec);
}
std::string S(std::string_view s, std::string_view spec) {
  return fmt([s](VM& vm) { return Value::from_object(make_str(vm, s)); }, spec);
}

std::string text_of(VM& vm, Value v) {
  if (v.is_error()) return pending(vm);
  return static_cast<Str*>(v.as_object())->utf8();
}

// 'format_string' % args, where `make_args` builds the right operand.
std::string percent(std::string_view format_string, const std::function<Value(VM&)>& make_args) {
  NullHost host;
  VM vm(host);
  Value f = Value::from_object(make_str(vm, format_string));
  return text_of(vm, str_percent_format(vm, f, make_args(vm)));
}
Value tuple_of(VM& vm, std::vector<Value> items) { return Value::from_object(make_tuple(vm, std::move(items))); }
Value str_value(VM& vm, std::string_view s) { return Value::from_object(make_str(vm, s)); }

TEST(FormatSpec, Integers) {
  EXPECT_EQ(I(42, ""), "42");
  EXPECT_EQ(I(42, "d"), "42");
  EXPECT_EQ(I(-42, "+"), "-42");
  EXPECT_EQ(I(42, "+"), "+42");
  EXPECT_EQ(I(42, " "), " 42");
  EXPECT_EQ(I(255, "x"), "ff");
  EXPECT_EQ(I(255, "#X"), "0XFF");
  EXPECT_EQ(I(5, "#b"), "0b101");
  EXPECT_EQ(I(8, "#o"), "0o10");
  EXPECT_EQ(I(-5, "#010x"), "-0x0000005");
  EXPECT_EQ(I(1234567, ","), "1,234,567");
  EXPECT_EQ(I(-1234567, "_"), "-1_234_567");
  EXPECT_EQ(I(12345678, "_x"), "bc_614e");
  EXPECT_EQ(I(12345678, "#_b"), "0b1011_1100_0110_0001_0100_1110");
  EXPECT_EQ(I(65, "c"), "A");
  EXPECT_EQ(I(0xD55C, "c"), "한");
  EXPECT_EQ(I(7, "n"), "7");
  EXPECT_EQ(I(12345, "*>+8,"), "*+12,345");
  EXPECT_EQ(I(5, "<05"), "50000");
}

TEST(FormatSpec, ZeroPaddingIsGroupedToo) {
  EXPECT_EQ(I(1234, "09,"), "0,001,234");
  EXPECT_EQ(I(1234, "010,"), "00,001,234");
  EXPECT_EQ(I(-3, "05"), "-0003");
  EXPECT_EQ(I(255, "08_x"), "000_00ff");
  EXPECT_EQ(I(255, "09_x"), "0000_00ff");
}

TEST(FormatSpec, Alignment) {
  EXPECT_EQ(I(7, "5"), "    7");
  EXPECT_EQ(I(7, "<5"), "7    ");
  EXPECT_EQ(I(7, "^5"), "  7  ");
  EXPECT_EQ(I(7, "^6"), "  7   ");
  EXPECT_EQ(I(-7, "=6"), "-    7");
  EXPECT_EQ(I(-7, "0=+6"), "-00007");
  EXPECT_EQ(I(3, "★^5"), "★★3★★");
}

TEST(FormatSpec, BoolsAreIntsOnlyWithASpec) {
  EXPECT_EQ(B(true, ""), "True");
  EXPECT_EQ(B(true, ">5"), "    1");
  EXPECT_EQ(B(false, "d"), "0");
  EXPECT_EQ(B(true, ".2f"), "1.00");
  EXPECT_EQ(B(true, "s"), "ValueError: Unknown format code 's' for object of type 'bool'");
}

TEST(FormatSpec, FloatsWithoutATypeAreRepr) {
  EXPECT_EQ(F(0.1, ""), "0.1");
  EXPECT_EQ(F(1e16, ""), "1e+16");
  EXPECT_EQ(F(1e-5, ""), "1e-05");
  EXPECT_EQ(F(-0.0, ""), "-0.0");
  EXPECT_EQ(F(2.5, "10"), "       2.5");
  EXPECT_EQ(F(1234567.891, "_"), "1_234_567.891");
  EXPECT_EQ(F(12.0, "08.3"), "000012.0");
  // With a precision: 'g' that keeps a digit after the point and switches to exponents one
  // digit earlier.
  EXPECT_EQ(F(1.0, ".3"), "1.0");
  EXPECT_EQ(F(100.0, ".3"), "1e+02");
  EXPECT_EQ(F(1234.5, ".3"), "1.23e+03");
  EXPECT_EQ(F(1.5, ".0"), "2e+00");
  EXPECT_EQ(F(1e16, "#"), "1.e+16");
}

TEST(FormatSpec, FloatTypes) {
  EXPECT_EQ(F(3.14159, ".2f"), "3.14");
  EXPECT_EQ(F(2.5, ".0f"), "2");
  EXPECT_EQ(F(3.5, ".0f"), "4");
  EXPECT_EQ(F(2.675, ".2f"), "2.67");  // the binary value is below 2.675
  EXPECT_EQ(F(1.0, "#.0f"), "1.");
  EXPECT_EQ(F(12345.678, "e"), "1.234568e+04");
  EXPECT_EQ(F(1e-10, "E"), "1.000000E-10");
  EXPECT_EQ(F(1.0, "#.0e"), "1.e+00");
  EXPECT_EQ(F(1e100, ".2e"), "1.00e+100");
  EXPECT_EQ(F(0.0001, "g"), "0.0001");
  EXPECT_EQ(F(0.00001, "g"), "1e-05");
  EXPECT_EQ(F(123456789.0, "g"), "1.23457e+08");
  EXPECT_EQ(F(100000.0, "g"), "100000");
  EXPECT_EQ(F(1000000.0, "g"), "1e+06");
  EXPECT_EQ(F(1.0, "#g"), "1.00000");
  EXPECT_EQ(F(123.0, "#.0g"), "1.e+02");
  EXPECT_EQ(F(123456789.0, "n"), "1.23457e+08");
  EXPECT_EQ(F(0.256, ".1%"), "25.6%");
  EXPECT_EQ(F(3.5, "%"), "350.000000%");
  EXPECT_EQ(F(1234567.891, ",.2f"), "1,234,567.89");
  EXPECT_EQ(F(-3.14159, "=^+10.2f"), "==-3.14===");
  EXPECT_EQ(F(1e300, ".20f").size(), 322u);
  EXPECT_EQ(F(5e-324, ".3g"), "4.94e-324");
  EXPECT_EQ(F(1.7976931348623157e308, ""), "1.7976931348623157e+308");
}

TEST(FormatSpec, IntsWithFloatTypes) {
  EXPECT_EQ(I(3, ".2f"), "3.00");
  EXPECT_EQ(I(1, "%"), "100.000000%");
  EXPECT_EQ(I(1234567, ",.1f"), "1,234,567.0");
  EXPECT_EQ(I(10, "e"), "1.000000e+01");
}

TEST(FormatSpec, NegativeZero) {
  EXPECT_EQ(F(-0.0, "z"), "0.0");
  EXPECT_EQ(F(-0.0001, ".2f"), "-0.00");
  EXPECT_EQ(F(-0.0001, "z.2f"), "0.00");
  EXPECT_EQ(F(-0.0001, "z.1e"), "-1.0e-04");
  EXPECT_EQ(F(-0.00001, "z.1%"), "0.0%");
  EXPECT_EQ(F(-1.0, "z.0f"), "-1");
}

TEST(FormatSpec, InfinityAndNaN) {
  const double inf = std::numeric_limits<double>::infinity();
  EXPECT_EQ(F(inf, ""), "inf");
  EXPECT_EQ(F(-inf, ".2f"), "-inf");
  EXPECT_EQ(F(inf, "F"), "INF");
  EXPECT_EQ(F(std::nan(""), "+"), "+nan");
  EXPECT_EQ(F(std::nan(""), "E"), "NAN");
  EXPECT_EQ(F(inf, "010"), "0000000inf");
  EXPECT_EQ(F(-inf, "010,"), "-000000inf");
  EXPECT_EQ(F(inf, "^9"), "   inf   ");
}

TEST(FormatSpec, Strings) {
  EXPECT_EQ(S("abc", ""), "abc");
  EXPECT_EQ(S("abc", "s"), "abc");
  EXPECT_EQ(S("ab", "5"), "ab   ");
  EXPECT_EQ(S("ab", ">5"), "   ab");
  EXPECT_EQ(S("ab", "^5"), " ab  ");
  EXPECT_EQ(S("ab", "05"), "ab000");
  EXPECT_EQ(S("abcdef", ".2"), "ab");
  EXPECT_EQ(S("abcdef", "5.2"), "ab   ");
  // Widths count code points: each Hangul syllable is one.
  EXPECT_EQ(S("한글", "^6"), "  한글  ");
  EXPECT_EQ(S("안녕하세요", ".2"), "안녕");
  EXPECT_EQ(S("가", "★>3"), "★★가");
}

TEST(FormatSpec, Errors) {
  EXPECT_EQ(I(1, "1."), "ValueError: Format specifier missing precision");
  EXPECT_EQ(I(1, ".1"), "ValueError: Precision not allowed in integer format specifier");
  EXPECT_EQ(F(1.5, "d"), "ValueError: Unknown format code 'd' for object of type 'float'");
  EXPECT_EQ(S("x", ","), "ValueError: Cannot specify ',' with 's'.");
  EXPECT_EQ(S("x", "+"), "ValueError: Sign not allowed in string format specifier");
  EXPECT_EQ(S("x", "=5"), "ValueError: '=' alignment not allowed in string format specifier");
  EXPECT_EQ(S("x", "#"), "ValueError: Alternate form (#) not allowed in string format specifier");
  EXPECT_EQ(S("x", "z"), "ValueError: Negative zero coercion (z) not allowed in string format specifier");
  EXPECT_EQ(S("x", "d"), "ValueError: Unknown format code 'd' for object of type 'str'");
  EXPECT_EQ(I(1, "z"), "ValueError: Negative zero coercion (z) not allowed in integer format specifier");
  EXPECT_EQ(I(1, "+c"), "ValueError: Sign not allowed with integer format specifier 'c'");
  EXPECT_EQ(I(1, "#c"), "ValueError: Alternate form (#) not allowed with integer format specifier 'c'");
  EXPECT_EQ(I(-1, "c"), "OverflowError: %c arg not in range(0x110000)");
  EXPECT_EQ(I(1, "xx"), "ValueError: Invalid format specifier 'xx' for object of type 'int'");
  EXPECT_EQ(I(1, ",_"), "ValueError: Cannot specify both ',' and '_'.");
  EXPECT_EQ(I(1, "_,"), "ValueError: Cannot specify both ',' and '_'.");
  EXPECT_EQ(I(1, ",c"), "ValueError: Cannot specify ',' with 'c'.");
  EXPECT_EQ(I(1, ",x"), "ValueError: Cannot specify ',' with 'x'.");
  EXPECT_EQ(F(1.5, "_n"), "ValueError: Cannot specify '_' with 'n'.");
  EXPECT_EQ(I(1, "é"), "ValueError: Unknown format code '\\xe9' for object of type 'int'");
  EXPECT_EQ(I(1, "99999999999999999999"), "ValueError: Too many decimal digits in format string");
  EXPECT_EQ(fmt([](VM&) { return Value::none(); }, ""), "None");
  EXPECT_EQ(fmt([](VM&) { return Value::none(); }, "x"),
            "TypeError: unsupported format string passed to NoneType.__format__");
}

TEST(FormatDouble, MatchesPyOSDoubleToString) {
  EXPECT_EQ(format_double(0.5, 'f', 0, false, false, false), "0");
  EXPECT_EQ(format_double(1.5, 'f', 0, false, false, false), "2");
  EXPECT_EQ(format_double(0.1, 'r', 0, false, true, false), "0.1");
  EXPECT_EQ(format_double(1e22, 'g', 17, false, false, false), "1e+22");
  EXPECT_EQ(format_double(123456.0, 'g', 7, false, true, false), "123456.0");
  EXPECT_EQ(format_double(123456.0, 'g', 6, false, true, false), "1.23456e+05");
  EXPECT_EQ(format_double(-0.0, 'g', 6, false, false, true), "0");
}

TEST(PercentFormat, Conversions) {
  EXPECT_EQ(percent("%d items, %s", [](VM& vm) { return tuple_of(vm, {Value::from_int(3), str_value(vm, "x")}); }),
            "3 items, x");
  EXPECT_EQ(percent("%5.1f%%", [](VM&) { return Value::from_double(12.345); }), " 12.3%");
  EXPECT_EQ(percent("%-05d|%+#08x|% d", [](VM& vm) {
              return tuple_of(vm, {Value::from_int(3), Value::from_int(255), Value::from_int(5)});
            }),
            "3    |+0x000ff| 5");
  EXPECT_EQ(percent("%*d|%-*s|%.*f", [](VM& vm) {
              return tuple_of(vm, {Value::from_int(5), Value::from_int(3), Value::from_int(4), str_value(vm, "a"),
                                   Value::from_int(2), Value::from_double(3.14159)});
            }),
            "    3|a   |3.14");
  EXPECT_EQ(percent("%.3d|%#.3x|%010.3f", [](VM& vm) {
              return tuple_of(vm, {Value::from_int(5), Value::from_int(5), Value::from_double(-3.14159)});
            }),
            "005|0x005|-00003.142");
  EXPECT_EQ(percent("%c|%3c|%5s|", [](VM& vm) {
              return tuple_of(vm, {Value::from_int(65), str_value(vm, "한"), str_value(vm, "한글")});
            }),
            "A|  한|   한글|");
  EXPECT_EQ(percent("%r %a", [](VM& vm) { return tuple_of(vm, {str_value(vm, "é"), str_value(vm, "é")}); }),
            "'é' '\\xe9'");
  EXPECT_EQ(percent("%d", [](VM&) { return Value::from_double(3.99); }), "3");
  EXPECT_EQ(percent("%s", [](VM&) { return Value::from_bool(true); }), "True");
}

TEST(PercentFormat, Mappings) {
  auto scores = [](VM& vm) {
    Dict* d = make_dict(vm);
    EXPECT_TRUE(d->set(vm, str_value(vm, "이름"), str_value(vm, "철수")));
    EXPECT_TRUE(d->set(vm, str_value(vm, "점수"), Value::from_int(95)));
    return Value::from_object(d);
  };
  EXPECT_EQ(percent("%(이름)s: %(점수)3d점", scores), "철수:  95점");
  EXPECT_EQ(percent("%(없음)s", scores), "KeyError: '없음'");
  EXPECT_EQ(percent("no fields", scores), "no fields");
  // A list counts as a mapping, so leftover arguments are not an error (as in CPython).
  EXPECT_EQ(percent("hello", [](VM& vm) { return Value::from_object(make_list(vm, {Value::from_int(1)})); }),
            "hello");
}

TEST(PercentFormat, Errors) {
  auto one = [](VM&) { return Value::from_int(1); };
  auto empty = [](VM& vm) { return tuple_of(vm, {}); };
  EXPECT_EQ(percent("%d %d", [](VM& vm) { return tuple_of(vm, {Value::from_int(1)}); }),
            "TypeError: not enough arguments for format string");
  EXPECT_EQ(percent("hello", one), "TypeError: not all arguments converted during string formatting");
  EXPECT_EQ(percent("%d", [](VM& vm) { return str_value(vm, "x"); }),
            "TypeError: %d format: a real number is required, not str");
  EXPECT_EQ(percent("%x", [](VM&) { return Value::from_double(3.0); }),
            "TypeError: %x format: an integer is required, not float");
  EXPECT_EQ(percent("%f", [](VM& vm) { return str_value(vm, "x"); }), "TypeError: must be real number, not str");
  EXPECT_EQ(percent("%y", one), "ValueError: unsupported format character 'y' (0x79) at index 1");
  EXPECT_EQ(percent("%5%", [](VM& vm) { return tuple_of(vm, {Value::from_int(1)}); }),
            "ValueError: unsupported format character '%' (0x25) at index 2");
  EXPECT_EQ(percent("%5%", empty), "TypeError: not enough arguments for format string");
  EXPECT_EQ(percent("%", empty), "ValueError: incomplete format");
  EXPECT_EQ(percent("%(a)s", one), "TypeError: format requires a mapping");
  EXPECT_EQ(percent("%c", [](VM& vm) { return str_value(vm, "ab"); }), "TypeError: %c requires int or char");
  EXPECT_EQ(percent("%c", [](VM&) { return Value::from_int(0x110000); }),
            "OverflowError: %c arg not in range(0x110000)");
  EXPECT_EQ(percent("%*d", [](VM& vm) { return tuple_of(vm, {str_value(vm, "a"), Value::from_int(3)}); }),
            "TypeError: * wants int");
  EXPECT_EQ(percent("%d", [](VM&) { return Value::from_double(NAN); }),
            "ValueError: cannot convert float NaN to integer");
}

// '...'.format(*positional, **keywords) called as the native is: self first, then the
// positional values, then one value per keyword name.
std::string str_format_call(std::string_view format_string, const std::function<std::vector<Value>(VM&)>& make_positional,
                            std::vector<std::pair<std::string, std::function<Value(VM&)>>> keywords = {}) {
  NullHost host;
  VM vm(host);
  std::vector<Value> values{Value::from_object(make_str(vm, format_string))};
  for (Value v : make_positional(vm)) values.push_back(v);
  CallArgs args;
  args.count = static_cast<int>(values.size());
  std::vector<Value> names;
  for (auto& [name, make] : keywords) {
    names.push_back(Value::from_object(vm.intern(name)));
    values.push_back(make(vm));
  }
  if (!names.empty()) args.kwnames = make_tuple(vm, names);
  args.values = values.data();
  return text_of(vm, str_format(vm, args));
}

std::vector<Value> none(VM&) { return {}; }

TEST(StrFormat, Fields) {
  auto ab = [](VM& vm) { return std::vector<Value>{str_value(vm, "a"), str_value(vm, "b")}; };
  EXPECT_EQ(str_format_call("{} {}", ab), "a b");
  EXPECT_EQ(str_format_call("{1}{0}{1}", ab), "bab");
  EXPECT_EQ(str_format_call("{{}} {{{0}}}", ab), "{} {a}");
  EXPECT_EQ(str_format_call("{0!r:>5}|{1!s:^5}|", ab), "  'a'|  b  |");
  EXPECT_EQ(str_format_call("{name}님, {age}살", none,
                            {{"name", [](VM& vm) { return str_value(vm, "민지"); }},
                             {"age", [](VM&) { return Value::from_int(9); }}}),
            "민지님, 9살");
  EXPECT_EQ(str_format_call("{:>{w}.{p}f}|", [](VM&) { return std::vector<Value>{Value::from_double(3.14159)}; },
                            {{"w", [](VM&) { return Value::from_int(8); }}, {"p", [](VM&) { return Value::from_int(2); }}}),
            "    3.14|");
  EXPECT_EQ(str_format_call("{0[1]}{0[0]}", [](VM& vm) {
              return std::vector<Value>{Value::from_object(make_list(vm, {Value::from_int(1), Value::from_int(2)}))};
            }),
            "21");
}

TEST(StrFormat, Errors) {
  auto one = [](VM&) { return std::vector<Value>{Value::from_int(1)}; };
  auto two = [](VM&) { return std::vector<Value>{Value::from_int(1), Value::from_int(2)}; };
  EXPECT_EQ(str_format_call("{}{1}", two),
            "ValueError: cannot switch from automatic field numbering to manual field specification");
  EXPECT_EQ(str_format_call("{1}{}", two),
            "ValueError: cannot switch from manual field specification to automatic field numbering");
  EXPECT_EQ(str_format_call("{1}", one), "IndexError: Replacement index 1 out of range for positional args tuple");
  EXPECT_EQ(str_format_call("{x}", one), "KeyError: 'x'");
  EXPECT_EQ(str_format_call("a}b", one), "ValueError: Single '}' encountered in format string");
  EXPECT_EQ(str_format_call("{", one), "ValueError: Single '{' encountered in format string");
  EXPECT_EQ(str_format_call("{0", one), "ValueError: expected '}' before end of string");
  EXPECT_EQ(str_format_call("{0:", one), "ValueError: unmatched '{' in format spec");
  EXPECT_EQ(str_format_call("{0!x}", one), "ValueError: Unknown conversion specifier x");
  EXPECT_EQ(str_format_call("{0!rr}", one), "ValueError: expected ':' after conversion specifier");
  EXPECT_EQ(str_format_call("{0.}", one), "ValueError: Empty attribute in format string");
  EXPECT_EQ(str_format_call("{0[0]x}", [](VM& vm) { return std::vector<Value>{Value::from_object(make_list(vm, {Value::from_int(1)}))}; }), "ValueError: Only '.' or '[' may follow ']' in format field specifier");
  EXPECT_EQ(str_format_call("{a{}", one), "ValueError: unexpected '{' in field name");
  EXPECT_EQ(str_format_call("{:{:{}}}", two), "ValueError: Max string recursion exceeded");
  EXPECT_EQ(str_format_call("{:d}", [](VM& vm) { return std::vector<Value>{str_value(vm, "x")}; }),
            "ValueError: Unknown format code 'd' for object of type 'str'");
}

}  // namespace
}  // namespace saessak
