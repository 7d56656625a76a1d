#include "http/CsvRows.h"

namespace carecrowd::http {
namespace {

std::string csv_text(const std::string& value) {
  std::string cell = value;
  if (!cell.empty() && (cell[0] == '=' || cell[0] == '+' || cell[0] == '-' || cell[0] == '@')) cell = "'" + cell;
  if (cell.find_first_of(",\"\r\n") == std::string::npos) return cell;
  std::string quoted = "\"";
  for (char c : cell) {
    if (c == '"') quoted += '"';
    quoted += c;
  }
  return quoted + "\"";
}

}  // namespace

std::string csv_cell(const nlohmann::json& value) {
  if (value.is_null()) return "";
  if (value.is_string()) return csv_text(value.get<std::string>());
  return value.dump();
}

std::string csv_row(std::initializer_list<nlohmann::json> cells) { return csv_row(std::vector<nlohmann::json>(cells)); }

std::string csv_row(const std::vector<nlohmann::json>& cells) {
  std::string row;
  bool first = true;
  const auto add = [&](const nlohmann::json& cell) {
    if (!first) row += ',';
    row += csv_cell(cell);
    first = false;
  };
  for (const auto& cell : cells) add(cell);
  return row + "\r\n";
}

}  // namespace carecrowd::http
