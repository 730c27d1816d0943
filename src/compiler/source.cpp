#include "compiler/source.h"

namespace saessak {

SourceFile::SourceFile(std::string filename_, std::string text_)
    : filename(std::move(filename_)), text(std::move(text_)) {
  line_starts.push_back(0);
  for (size_t i = 0; i < text.size(); ++i)
    if (text[i] == '\n') line_starts.push_back(i + 1);
}

std::string_view SourceFile::line(int number) const {
  if (number < 1 || static_cast<size_t>(number) > line_starts.size()) return {};
  size_t start = line_starts[number - 1];
  size_t end = static_cast<size_t>(number) < line_starts.size() ? line_starts[number] : text.size();
  std::string_view view(text.data() + start, end - start);
  while (!view.empty() && (view.back() == '\n' || view.back() == '\r')) view.remove_suffix(1);
  return view;
}

}  // namespace saessak
