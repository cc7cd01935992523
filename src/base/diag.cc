#include "base/diag.h"

#include <string>

namespace crosscheck {

const char* SeverityName(Severity s) {
  switch (s) {
    case Severity::kError:
      return "error";
    case Severity::kWarning:
      return "warning";
    case Severity::kNote:
      return "note";
  }
  return "error";
}

std::string Diagnostic::Render() const {
  std::string out;
  if (!path.empty()) {
    out += path;
    if (line > 0) out += ":" + std::to_string(line) + ":" + std::to_string(column > 0 ? column : 1);
    out += ": ";
  }
  out += SeverityName(severity);
  out += ": ";
  out += message;
  if (!source_line.empty() && line > 0) {
    std::string num = std::to_string(line);
    out += "\n " + num + " | " + source_line + "\n " + std::string(num.size(), ' ') + " | ";
    for (int i = 1; i < column; ++i) out += ' ';
    out += '^';
  }
  return out;
}

bool DiagSink::HasErrors() const {
  for (const auto& d : items_)
    if (d.severity == Severity::kError) return true;
  return false;
}

}  // namespace crosscheck
