// A program's source text, shared by every code object compiled from it, so tracebacks can
// quote lines (CPython reads them back from the file; a notebook cell has no file).
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace saessak {

struct SourceFile {
  SourceFile(std::string filename, std::string text);
  // Line `number` (1-based) without its line break; empty when out of range.
  std::string_view line(int number) const;

  std::string filename;
  std::string text;
  std::vector<size_t> line_starts;
};

}  // namespace saessak
