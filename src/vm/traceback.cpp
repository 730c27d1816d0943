#include "vm/traceback.h"

#include <algorithm>
#include <climits>
#include <optional>
#include <vector>

#include "objects/classes.h"
#include "objects/exception.h"
#include "objects/protocols.h"
#include "objects/str.h"
#include "vm/vm.h"
#include "syntax/parser.h"
#include "support/utf8.h"

namespace saessak {

size_t code_points_in(std::string_view text);

namespace {

// Shown once a frame repeats this many times in a row ("[Previous line repeated N more times]").
constexpr int kRecursiveCutoff = 3;

std::string_view strip_leading(std::string_view line, int& removed) {
  removed = 0;
  while (!line.empty() && (line.front() == ' ' || line.front() == '\t' || line.front() == '\f')) {
    line.remove_prefix(1);
    ++removed;
  }
  return line;
}

// CPython 3.11's anchors inside an expression's source: for `a + b` the operator, for
// `a[i]` the subscript, drawn with '^' while the rest of the expression gets '~'.
struct Anchors {
  size_t left, right;  // code point offsets in the segment
};

int display_width(uint32_t c) {
  bool wide = (c >= 0x1100 && c <= 0x115F) || (c >= 0x2E80 && c <= 0x303E) || (c >= 0x3041 && c <= 0x33FF) ||
              (c >= 0x3400 && c <= 0x4DBF) || (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0xA000 && c <= 0xA4CF) ||
              (c >= 0xAC00 && c <= 0xD7A3) || (c >= 0xF900 && c <= 0xFAFF) || (c >= 0xFE30 && c <= 0xFE4F) ||
              (c >= 0xFF00 && c <= 0xFF60) || (c >= 0xFFE0 && c <= 0xFFE6) || (c >= 0x1F300 && c <= 0x1F64F) ||
              (c >= 0x1F900 && c <= 0x1F9FF) || (c >= 0x20000 && c <= 0x3FFFD);
  return wide ? 2 : 1;
}

bool is_space_char(char c) { return c == ' ' || c == '\t' || c == '\f'; }

std::optional<Anchors> caret_anchors(std::string_view segment) {
  ParseResult parsed = parse(segment);
  if (parsed.error || parsed.module.body.size() != 1 || parsed.module.body[0]->kind != StmtKind::Expr) return std::nullopt;
  const Expr* e = static_cast<const ExprStmt*>(parsed.module.body[0])->value;
  auto chars = [&](size_t byte) { return code_points_in(segment.substr(0, std::min(byte, segment.size()))); };
  if (e->loc.line != 1) return std::nullopt;
  if (e->kind == ExprKind::BinOp) {
    const BinOpExpr* b = static_cast<const BinOpExpr*>(e);
    if (b->left->loc.end_line != 1 || b->right->loc.line != 1) return std::nullopt;
    size_t op_start = static_cast<size_t>(b->left->loc.end_column);
    size_t op_end = static_cast<size_t>(b->right->loc.column);
    if (op_start > op_end || op_end > segment.size()) return std::nullopt;
    std::string_view op = segment.substr(op_start, op_end - op_start);
    size_t offset = 0;
    while (offset < op.size() && is_space_char(op[offset])) ++offset;
    size_t left = op_start + offset, right = left + 1;
    if (offset + 1 < op.size() && !is_space_char(op[offset + 1])) ++right;
    while (left < segment.size() && (is_space_char(segment[left]) || segment[left] == ')' || segment[left] == '#')) {
      ++left;
      ++right;
    }
    return Anchors{chars(left), chars(right)};
  }
  if (e->kind == ExprKind::Subscript) {
    const SubscriptExpr* sub = static_cast<const SubscriptExpr*>(e);
    if (sub->value->loc.end_line != 1 || sub->index->loc.end_line != 1) return std::nullopt;
    size_t left = static_cast<size_t>(sub->value->loc.end_column);
    size_t right = static_cast<size_t>(sub->index->loc.end_column) + 1;
    while (left < segment.size() && segment[left] != '[') ++left;
    while (right < segment.size() && segment[right] != ']') ++right;
    if (right < segment.size()) ++right;
    return Anchors{chars(left), chars(right)};
  }
  return std::nullopt;
}

// A notebook cell's code is named "<cell N>"; tracebacks show it as IPython does.
bool cell_number(const std::string& filename, std::string& number) {
  if (filename.rfind("<cell ", 0) != 0 || filename.back() != '>') return false;
  number = filename.substr(6, filename.size() - 7);
  return !number.empty();
}

void append_entry(std::string& out, const TracebackEntry& entry) {
  const Code* code = entry.code;
  std::string number;
  std::string name = code->name->utf8();
  if (cell_number(code->source->filename, number))
    out += "  Cell In[" + number + "], line " + std::to_string(entry.line) + (name == "<module>" ? "" : ", in " + name) + "\n";
  else
    out += "  File \"" + code->source->filename + "\", line " + std::to_string(entry.line) + ", in " + name + "\n";
  std::string_view full = code->source->line(entry.line);
  int removed;
  std::string_view line = strip_leading(full, removed);
  while (!line.empty() && (line.back() == ' ' || line.back() == '\t')) line.remove_suffix(1);
  if (line.empty()) return;
  out += "    " + std::string(line) + "\n";
  // The carets under the failing expression, when they tell more than the line does.
  if (entry.ip >= code->positions.size()) return;
  const Position& pos = code->positions[entry.ip];
  if (pos.column < 0 || pos.end_column < pos.column) return;
  size_t start_byte = std::min<size_t>(static_cast<size_t>(pos.column), full.size());
  size_t end_byte = pos.end_line == entry.line ? std::min<size_t>(static_cast<size_t>(pos.end_column), full.size())
                                                : static_cast<size_t>(removed) + line.size();
  if (start_byte < static_cast<size_t>(removed) || end_byte <= start_byte) return;
  size_t start = code_points_in(full.substr(0, start_byte));
  size_t end = code_points_in(full.substr(0, end_byte));
  size_t stripped_chars = code_points_in(full.substr(0, static_cast<size_t>(removed)));
  size_t line_chars = code_points_in(line);
  std::optional<Anchors> anchors;
  if (pos.end_line == entry.line) anchors = caret_anchors(full.substr(start_byte, end_byte - start_byte));
  bool shorter = end - start < line_chars;
  if (!shorter && !(anchors && anchors->right > anchors->left)) return;
  // CPython 3.11.7 measures in display columns: wide (East Asian) characters take two.
  std::vector<uint32_t> chars;
  for (size_t i = 0; i < full.size();) chars.push_back(decode_utf8(full, i));
  size_t indent = 0;
  for (size_t i = stripped_chars; i < start && i < chars.size(); ++i) indent += display_width(chars[i]);
  std::string carets = "    " + std::string(indent, ' ');
  for (size_t i = start; i < end && i < chars.size(); ++i) {
    char mark = '^';
    if (anchors) mark = (i - start >= anchors->left && i - start < anchors->right) ? '^' : '~';
    carets.append(display_width(chars[i]), mark);
  }
  out += carets + "\n";
}

}  // namespace

size_t code_points_in(std::string_view text) {
  size_t count = 0;
  for (size_t i = 0; i < text.size();) {
    decode_utf8(text, i);
    ++count;
  }
  return count;
}

static void render_one(VM& vm, ExceptionObject* exception, std::string& out, int depth) {
  // The cause or context first, as CPython prints chains (bounded, in case of long chains).
  if (depth < 100) {
    if (exception->cause) {
      render_one(vm, exception->cause, out, depth + 1);
      out += "\nThe above exception was the direct cause of the following exception:\n\n";
    } else if (exception->context && !exception->suppress_context) {
      render_one(vm, exception->context, out, depth + 1);
      out += "\nDuring handling of the above exception, another exception occurred:\n\n";
    }
  }
  if (!exception->traceback.empty()) {
    out += "Traceback (most recent call last):\n";
    const Code* last_code = nullptr;
    int last_line = -1;
    int count = 0;
    for (const TracebackEntry& entry : exception->traceback) {
      if (entry.code != last_code || entry.line != last_line) {
        if (count > kRecursiveCutoff)
          out += "  [Previous line repeated " + std::to_string(count - kRecursiveCutoff) + " more times]\n";
        last_code = entry.code;
        last_line = entry.line;
        count = 0;
      }
      ++count;
      if (count <= kRecursiveCutoff) append_entry(out, entry);
    }
    if (count > kRecursiveCutoff)
      out += "  [Previous line repeated " + std::to_string(count - kRecursiveCutoff) + " more times]\n";
  }
  std::string message = exception_message(vm, exception);
  if (exception->type->is_heap_type && !lookup_python_dunder(exception->type, vm.intern("__str__")).is_null()) {
    // A class's own __str__ gives the last line, as CPython prints it.
    ExceptionObject* pending = vm.pending_exception();
    vm.clear_pending_exception();
    Value text = to_str(vm, Value::from_object(exception));
    if (text.is_error()) {
      vm.clear_pending_exception();
      message = "<exception str() failed>";
    } else {
      message = static_cast<Str*>(text.as_object())->utf8();
    }
    if (pending) vm.raise_object(pending);
  }
  const std::vector<Value>& args = exception->args->items;
  if (exception->type->is_subtype_of(vm.types.SyntaxError) && args.size() == 2 && args[1].is_object() &&
      args[1].as_object()->type->layout == Layout::Tuple) {
    // A SyntaxError from eval/exec/compile: its location block, then the bare message.
    const std::vector<Value>& d = static_cast<Tuple*>(args[1].as_object())->items;
    auto text_of = [](Value v) {
      return v.is_object() && v.as_object()->type->layout == Layout::Str ? static_cast<Str*>(v.as_object())->utf8() : std::string();
    };
    CompileError ce;
    ce.type = exception->type->name;
    ce.message = text_of(args[0]);
    ce.line = d.size() > 1 && d[1].is_int() ? static_cast<int>(d[1].as_int()) : 1;
    ce.column = d.size() > 2 && d[2].is_int() ? static_cast<int>(d[2].as_int()) - 1 : 0;
    ce.end_line = d.size() > 4 && d[4].is_int() ? static_cast<int>(d[4].as_int()) : 0;
    ce.end_column = d.size() > 5 && d[5].is_int() ? static_cast<int>(d[5].as_int()) - 1 : -1;
    SourceFile file(text_of(d[0]), std::string(ce.line > 1 ? ce.line - 1 : 0, '\n') + text_of(d.size() > 3 ? d[3] : Value::none()));
    out += render_compile_error(ce, file).traceback;
    return;
  }
  // Exceptions defined in a module other than builtins and __main__ print with its name.
  const Type* t = exception->type;
  std::string last = t->qualname.empty() ? t->name : t->qualname;
  if (t->module != "builtins" && t->module != "__main__") last = t->module + "." + last;
  if (!message.empty()) last += ": " + message;
  if (!exception->suggestion.empty()) last += ". Did you mean: '" + exception->suggestion + "'?";
  out += last + "\n";
}

ErrorReport render_uncaught(VM& vm, ExceptionObject* exception) {
  ErrorReport report;
  report.ename = exception->type->name;
  report.evalue = exception_message(vm, exception);
  render_one(vm, exception, report.traceback, 0);
  return report;
}

ErrorReport render_compile_error(const CompileError& error, const SourceFile& source) {
  ErrorReport report;
  report.ename = error.type;
  report.evalue = error.message;
  std::string number;
  std::string out = cell_number(source.filename, number)
                        ? "  Cell In[" + number + "], line " + std::to_string(error.line) + "\n"
                        : "  File \"" + source.filename + "\", line " + std::to_string(error.line) + "\n";
  std::string_view line = source.line(error.line);
  int removed;
  std::string_view shown = strip_leading(line, removed);
  while (!shown.empty() && (shown.back() == ' ' || shown.back() == '\t')) shown.remove_suffix(1);
  if (!shown.empty()) {
    out += "    " + std::string(shown) + "\n";
    int start_byte = std::max(error.column - removed, 0);
    // One past the end of a line is shown only when the line had its newline (CPython
    // compares the offset with the text's length, newline included).
    size_t line_start = error.line >= 1 && static_cast<size_t>(error.line) <= source.line_starts.size()
                            ? source.line_starts[error.line - 1] : 0;
    size_t newline_at = source.text.find('\n', line_start);
    int trailing = newline_at != std::string::npos ? 1 : 0;
    int visible_end = static_cast<int>(shown.size()) + trailing;
    if (start_byte >= visible_end) {
      out += error.type + ": " + error.message + "\n";
      report.traceback = std::move(out);
      return report;
    }
    size_t caret_column = code_points_in(shown.substr(0, start_byte));
    size_t width = 1;
    if ((error.end_line == 0 || error.end_line == error.line) && error.end_column > error.column) {
      int end_byte = std::min<int>(std::max(error.end_column - removed, start_byte), static_cast<int>(shown.size()));
      width = std::max<size_t>(1, code_points_in(shown.substr(start_byte, end_byte - start_byte)));
    }
    out += "    " + std::string(caret_column, ' ') + std::string(width, '^') + "\n";
  }
  out += error.type + ": " + error.message + "\n";
  report.traceback = std::move(out);
  return report;
}

namespace {

constexpr int kMoveCost = 2;
constexpr int kCaseCost = 1;
constexpr size_t kMaxStringSize = 40;
constexpr size_t kMaxCandidates = 750;

int substitution_cost(char a, char b) {
  if (a == b) return 0;
  auto lower = [](char c) { return static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c); };
  return lower(a) == lower(b) ? kCaseCost : kMoveCost;
}

// Weighted edit distance with CPython's costs (a case change is cheaper than a typo), giving
// up once it exceeds `max_cost`.
int levenshtein(std::string_view a, std::string_view b, int max_cost) {
  if (a == b) return 0;
  while (!a.empty() && !b.empty() && a.front() == b.front()) {
    a.remove_prefix(1);
    b.remove_prefix(1);
  }
  while (!a.empty() && !b.empty() && a.back() == b.back()) {
    a.remove_suffix(1);
    b.remove_suffix(1);
  }
  if (a.empty() || b.empty()) return kMoveCost * static_cast<int>(a.size() + b.size());
  if (a.size() > kMaxStringSize || b.size() > kMaxStringSize) return max_cost + 1;
  if (b.size() < a.size()) std::swap(a, b);
  if (static_cast<int>(b.size() - a.size()) * kMoveCost > max_cost) return max_cost + 1;
  std::vector<int> row(a.size());
  for (size_t i = 0; i < a.size(); ++i) row[i] = static_cast<int>(i + 1) * kMoveCost;
  int result = 0;
  for (size_t bi = 0; bi < b.size(); ++bi) {
    int distance = result = static_cast<int>(bi) * kMoveCost;
    int minimum = INT_MAX;
    for (size_t ai = 0; ai < a.size(); ++ai) {
      int substitute = distance + substitution_cost(b[bi], a[ai]);
      distance = row[ai];
      int insert_delete = std::min(result, distance) + kMoveCost;
      result = std::min(insert_delete, substitute);
      row[ai] = result;
      minimum = std::min(minimum, result);
    }
    if (minimum > max_cost) return max_cost + 1;
  }
  return result;
}

}  // namespace

std::string closest_name(const std::string& wrong, const std::vector<std::string>& candidates) {
  if (candidates.size() > kMaxCandidates || wrong.size() > kMaxStringSize) return "";
  int best_distance = static_cast<int>(wrong.size());
  std::string suggestion;
  for (const std::string& name : candidates) {
    if (name == wrong) continue;
    int max_distance = (static_cast<int>(name.size() + wrong.size()) + 3) * kMoveCost / 6;
    max_distance = std::min(max_distance, best_distance - 1);
    int distance = levenshtein(wrong, name, max_distance);
    if (distance > max_distance) continue;
    if (suggestion.empty() || distance < best_distance) {
      suggestion = name;
      best_distance = distance;
    }
  }
  return suggestion;
}

}  // namespace saessak
