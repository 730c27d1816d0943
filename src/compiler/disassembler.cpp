#include "compiler/disassembler.h"

#include "compiler/opcodes.h"

namespace saessak {

static void list(const Code* code, std::string& out) {
  out += "code " + code->qualname->utf8() + " (args " + std::to_string(code->argcount) + ", slots " +
         std::to_string(code->local_names.size()) + ", stack " + std::to_string(code->max_stack) + ")\n";
  int last_line = -1;
  for (uint32_t i = 0; i < code->words.size(); ++i) {
    uint32_t word = code->words[i];
    int line = code->line_at(i);
    std::string prefix = line != last_line ? std::to_string(line) : "";
    last_line = line;
    prefix.resize(6, ' ');
    std::string index = std::to_string(i);
    index.insert(0, 5 - std::min<size_t>(5, index.size()), ' ');
    out += prefix + index + " " + kOpNames[static_cast<int>(op_of(word))] + " " + std::to_string(arg_of(word)) + "\n";
  }
  for (const HandlerEntry& e : code->exception_table)
    out += "  handler [" + std::to_string(e.start) + ", " + std::to_string(e.end) + ") -> " + std::to_string(e.target) +
           " depth " + std::to_string(e.depth) + "\n";
  for (Value c : code->constants)
    if (c.is_object() && c.as_object()->type->layout == Layout::Code) {
      out += "\n";
      list(static_cast<const Code*>(c.as_object()), out);
    }
}

std::string disassemble(const Code* code) {
  std::string out;
  list(code, out);
  return out;
}

}  // namespace saessak
