#include "records/ClientRecord.h"

#include <algorithm>
#include <cctype>

namespace carecrowd::records {
namespace {

// The one column list of the client table (created_at is written once and never read back).
constexpr const char* kClientColumns = "id, organisation_id, name, address, postcode, lat, lon, notes";

ClientRecord client_of(const store::Row& r) {
  return {r.i64(0), r.i64(1), r.text(2), r.text(3), r.text(4), r.f64(5), r.f64(6), r.text(7)};
}

std::optional<ClientRecord> first(const store::Rows& rows) {
  if (rows.empty()) return std::nullopt;
  return client_of(rows[0]);
}

}  // namespace

std::optional<ClientRecord> read_client(store::Transaction& tx, std::int64_t client_id) {
  return first(tx.query(std::string("SELECT ") + kClientColumns + " FROM client WHERE id = ?", {client_id}));
}

std::optional<ClientRecord> read_client_of(store::Transaction& tx, std::int64_t organisation_id, std::int64_t client_id) {
  return first(tx.query(std::string("SELECT ") + kClientColumns + " FROM client WHERE id = ? AND organisation_id = ?",
                        {client_id, organisation_id}));
}

std::vector<ClientRecord> list_clients(store::Transaction& tx, std::int64_t organisation_id, std::int64_t after,
                                       const std::optional<std::string>& name_part, std::int64_t limit) {
  std::string sql = std::string("SELECT ") + kClientColumns + " FROM client WHERE organisation_id = ? AND id > ?";
  std::vector<store::Param> params{organisation_id, after};
  if (name_part) {
    sql += " AND LOWER(name) LIKE ?";
    std::string needle = *name_part;
    std::transform(needle.begin(), needle.end(), needle.begin(),
                   [](unsigned char ch) { return static_cast<char>(std::tolower(ch)); });
    params.emplace_back("%" + needle + "%");
  }
  sql += " ORDER BY id LIMIT ?";
  params.emplace_back(limit);
  std::vector<ClientRecord> out;
  for (const auto& r : tx.query(sql, params)) out.push_back(client_of(r));
  return out;
}

std::int64_t insert_client(store::Transaction& tx, std::int64_t organisation_id, const ClientDetails& c,
                           LocalMinute created_at) {
  return *tx.query_i64(
      "INSERT INTO client (organisation_id, name, address, postcode, lat, lon, notes, created_at) "
      "VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id",
      {organisation_id, c.name, c.address, c.postcode, c.lat, c.lon, c.notes, created_at});
}

bool update_client(store::Transaction& tx, std::int64_t client_id, const ClientDetails& c) {
  return tx.exec("UPDATE client SET name = ?, address = ?, postcode = ?, lat = ?, lon = ?, notes = ? WHERE id = ?",
                 {c.name, c.address, c.postcode, c.lat, c.lon, c.notes, client_id}) == 1;
}

}  // namespace carecrowd::records
