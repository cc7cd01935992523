// report/span_json: the "span" object of every JSON report
// ({start, end, line, column}; UTF-8 byte offsets into the file on disk,
// 1-based line, code-point column), shared by check and diff reports.
#ifndef CROSSCHECK_REPORT_SPAN_JSON_H_
#define CROSSCHECK_REPORT_SPAN_JSON_H_

#include <nlohmann/json.hpp>

#include "load/load.h"

namespace crosscheck {

inline nlohmann::json SpanJson(const Document& doc, Span s) {
  LineCol lc = doc.lines.At(doc.bytes, s.begin);
  return nlohmann::json{
      {"start", s.begin}, {"end", s.end}, {"line", lc.line}, {"column", lc.column}};
}

}  // namespace crosscheck

#endif  // CROSSCHECK_REPORT_SPAN_JSON_H_
