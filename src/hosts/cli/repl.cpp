#include "hosts/cli/repl.h"

#include <cstdio>
#include <string>

#include "hosts/cli/session.h"
#include "syntax/parser.h"

namespace saessak::cli {

bool needs_more_input(const std::string& source) {
  ParseResult parsed = parse(source);
  if (!parsed.error) return false;
  const std::string& m = parsed.error->message;
  return m.find("was never closed") != std::string::npos ||
         m.find("unterminated triple-quoted") != std::string::npos ||
         m.find("expected an indented block") != std::string::npos || m == "unexpected EOF while parsing";
}

static bool prompt_line(const char* prompt, std::string& line) {
  std::fputs(prompt, stdout);
  std::fflush(stdout);
  line.clear();
  int c;
  bool any = false;
  while ((c = std::fgetc(stdin)) != EOF) {
    any = true;
    if (c == '\n') return true;
    line.push_back(static_cast<char>(c));
  }
  return any;
}

int run_repl(VM& vm) {
  std::printf("Saessak %s (Python 3.11 for learners)\nType Ctrl+D to leave.\n", SAESSAK_VERSION);
  std::string line;
  while (true) {
    if (!prompt_line(">>> ", line)) {
      std::fputs("\n", stdout);
      return 0;
    }
    std::string source = line + "\n";
    bool block = false;
    {
      std::string trimmed = line;
      while (!trimmed.empty() && (trimmed.back() == ' ' || trimmed.back() == '\t')) trimmed.pop_back();
      block = !trimmed.empty() && trimmed.back() == ':';
    }
    while (block || needs_more_input(source)) {
      if (!prompt_line("... ", line)) break;
      if (block && line.find_first_not_of(" \t") == std::string::npos) break;
      source += line + "\n";
    }
    if (source.find_first_not_of(" \t\n") == std::string::npos) continue;
    run_to_completion(vm, source, "<stdin>", CompileMode::Single);
  }
}

}  // namespace saessak::cli
