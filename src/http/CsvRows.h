// CsvRows: RFC 4180 rows for the downloads a spreadsheet opens (invoices, key figures). Text a
// spreadsheet would evaluate as a formula (=, +, -, @ first) is defused with a leading quote.
#pragma once

#include <initializer_list>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

namespace carecrowd::http {

// One cell: null is empty, strings quoted when needed, numbers as JSON writes them.
std::string csv_cell(const nlohmann::json& value);
// One line, CRLF-terminated.
// `more` cells follow `cells` (columns a report adds to a fixed row).
std::string csv_row(std::initializer_list<nlohmann::json> cells, const std::vector<nlohmann::json>& more = {});

}  // namespace carecrowd::http
