#include "vm/traceback.h"

#include <algorithm>
#include <climits>

#include "objects/exception.h"
#include "support/utf8.h"

namespace saessak {

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

void append_entry(std::string& out, const TracebackEntry& entry) {
  const Code* code = entry.code;
  out += "  File \"" + code->source->filename + "\", line " + std::to_string(entry.line) + ", in " + code->name->utf8() + "\n";
  std::string_view line = code->source->line(entry.line);
  int removed;
  line = strip_leading(line, removed);
  while (!line.empty() && (line.back() == ' ' || line.back() == '\t')) line.remove_suffix(1);
  if (!line.empty()) out += "    " + std::string(line) + "\n";
}

size_t code_points_in(std::string_view text) {
  size_t count = 0;
  for (size_t i = 0; i < text.size();) {
    decode_utf8(text, i);
    ++count;
  }
  return count;
}

}  // namespace

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
  std::string last = exception->type->name;
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
  std::string out = "  File \"" + source.filename + "\", line " + std::to_string(error.line) + "\n";
  std::string_view line = source.line(error.line);
  int removed;
  std::string_view shown = strip_leading(line, removed);
  while (!shown.empty() && (shown.back() == ' ' || shown.back() == '\t')) shown.remove_suffix(1);
  if (!shown.empty()) {
    out += "    " + std::string(shown) + "\n";
    int start_byte = std::max(error.column - removed, 0);
    start_byte = std::min<int>(start_byte, static_cast<int>(shown.size()));
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
