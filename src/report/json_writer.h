// report/json_writer: the few JSON primitives the hot paths need.
//
// The mention stream (`extract --format json`) writes one object per figure;
// building an nlohmann::json per mention would cost more than recognizing it,
// so these append straight into a std::string. Everything else uses nlohmann.
#ifndef CROSSCHECK_REPORT_JSON_WRITER_H_
#define CROSSCHECK_REPORT_JSON_WRITER_H_

#include <string>
#include <string_view>

namespace crosscheck::json {

// Appends s as a JSON string literal (quotes included). Control characters,
// quotes and backslashes are escaped; U+2028/2029 too, for JavaScript readers.
void AppendString(std::string& out, std::string_view s);
// Shortest decimal form that reads back as the same double; non-finite -> null.
void AppendNumber(std::string& out, double v);
void AppendInt(std::string& out, long long v);
std::string FormatNumber(double v);

}  // namespace crosscheck::json

#endif  // CROSSCHECK_REPORT_JSON_WRITER_H_
