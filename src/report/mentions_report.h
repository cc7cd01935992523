// report/mentions_report: Mentions -> text for people and machines.
//
// The only code that turns mentions into text. JSON Lines follows "Mentions"
// in docs/report-format.md exactly; the table is for people. DumpValue() is
// the compact one-line form the tests compare against.
#ifndef CROSSCHECK_REPORT_MENTIONS_REPORT_H_
#define CROSSCHECK_REPORT_MENTIONS_REPORT_H_

#include <functional>
#include <string>
#include <vector>

#include "load/load.h"
#include "recognize/recognize.h"

namespace crosscheck {

// "money USD [8.5e+09, 9.5e+09] ~9e+09", "date 2025-03-09..2025-03-13/day",
// with flags appended (" q='more than'", " weekday=3", ...). Stable: tests use it.
std::string DumpValue(const Mention& m);

// Appends the "value" object of the report contract.
void AppendValueJson(std::string& out, const Mention& m);

// Once `out` holds this many bytes, the writers below call `drain`, which
// should write them out and clear `out`: a large document then streams
// through one small buffer instead of building its whole report in memory.
constexpr size_t kDrainBytes = 1 << 20;
using Drain = std::function<void()>;

// One JSON object per mention, one per line.
void AppendMentionsJsonl(std::string& out, const Document& doc,
                         const std::vector<Mention>& mentions, const Drain& drain = nullptr);
// A readable table: path:line:col, kind, text, value.
void AppendMentionsTable(std::string& out, const Document& doc,
                         const std::vector<Mention>& mentions, const Drain& drain = nullptr);

}  // namespace crosscheck

#endif  // CROSSCHECK_REPORT_MENTIONS_REPORT_H_
