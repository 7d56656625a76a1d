#include "records/UserRecord.h"

#include <array>
#include <string_view>

namespace carecrowd::records {
namespace {

// The one column list of app_user: a column is added here (name and position) and in read_column
// and write_param, and nowhere else.
enum Column : std::size_t {
  id, email, name, password_hash, role, organisation_id, caregiver_id, client_id, created_at, column_count
};
constexpr std::array<std::string_view, column_count> kColumnNames{
    "id", "email", "name", "password_hash", "role", "organisation_id", "caregiver_id", "client_id", "created_at"};

// What a login reads: the hash it checks and what it answers.
constexpr std::array<Column, 7> kLoginColumns{id, password_hash, name, role, organisation_id, caregiver_id, client_id};
// What a list of accounts shows: never the password hash.
constexpr std::array<Column, 7> kListedColumns{id, email, name, role, organisation_id, caregiver_id, client_id};
// What a request's Principal is made of.
constexpr std::array<Column, 6> kSignedInColumns{id, role, name, organisation_id, caregiver_id, client_id};
// What an insert writes: every column but the generated id.
constexpr std::array<Column, 8> kInsertColumns{email,           name,         password_hash, role,
                                              organisation_id, caregiver_id, client_id,     created_at};

template <std::size_t N>
std::string columns_sql(const std::array<Column, N>& columns, std::string_view alias) {
  std::string s;
  for (const Column c : columns) {
    if (!s.empty()) s += ", ";
    s += alias;
    s += kColumnNames[c];
  }
  return s;
}

// The one mapping of a column to the record's field, reading.
void read_column(UserRecord& u, Column c, const store::Row& r, std::size_t at) {
  switch (c) {
    case id: u.id = r.i64(at); break;
    case email: u.email = r.text(at); break;
    case name: u.name = r.text(at); break;
    case password_hash: u.password_hash = r.text(at); break;
    case role: u.role = r.text(at); break;
    case organisation_id: u.organisation_id = r.opt_i64(at); break;
    case caregiver_id: u.caregiver_id = r.opt_i64(at); break;
    case client_id: u.client_id = r.opt_i64(at); break;
    case created_at: u.created_at = r.i64(at); break;
    case column_count: break;
  }
}

store::Param nullable(const std::optional<std::int64_t>& v) {
  if (v) return *v;
  return nullptr;
}

// ... and writing.
store::Param write_param(const UserRecord& u, Column c) {
  switch (c) {
    case id: return u.id;
    case email: return u.email;
    case name: return u.name;
    case password_hash: return u.password_hash;
    case role: return u.role;
    case organisation_id: return nullable(u.organisation_id);
    case caregiver_id: return nullable(u.caregiver_id);
    case client_id: return nullable(u.client_id);
    case created_at: return u.created_at;
    case column_count: break;
  }
  return nullptr;
}

template <std::size_t N>
UserRecord read_columns(const std::array<Column, N>& columns, const store::Row& r) {
  UserRecord u;
  for (std::size_t i = 0; i < N; ++i) read_column(u, columns[i], r, i);
  return u;
}

}  // namespace

std::optional<std::int64_t> user_id_by_email(store::Transaction& tx, const std::string& address) {
  return tx.query_i64("SELECT id FROM app_user WHERE email = ?", {address});
}

std::int64_t insert_user(store::Transaction& tx, const UserRecord& user) {
  static const std::string sql = [] {
    std::string placeholders;
    for (std::size_t i = 0; i < kInsertColumns.size(); ++i) placeholders += i ? ", ?" : "?";
    return "INSERT INTO app_user (" + columns_sql(kInsertColumns, "") + ") VALUES (" + placeholders + ") RETURNING id";
  }();
  std::vector<store::Param> params;
  for (const Column c : kInsertColumns) params.push_back(write_param(user, c));
  return tx.query_i64(sql, params).value();
}

std::optional<UserRecord> read_user_for_login(store::Transaction& tx, const std::string& address) {
  static const std::string sql = "SELECT " + columns_sql(kLoginColumns, "") + " FROM app_user WHERE email = ?";
  const auto rows = tx.query(sql, {address});
  if (rows.empty()) return std::nullopt;
  return read_columns(kLoginColumns, rows[0]);
}

std::optional<std::string> user_email(store::Transaction& tx, std::int64_t user_id) {
  const auto rows = tx.query("SELECT email FROM app_user WHERE id = ?", {user_id});
  if (rows.empty()) return std::nullopt;
  return rows[0].text(0);
}

std::vector<UserRecord> users_of_organisation(store::Transaction& tx, std::int64_t organisation) {
  static const std::string sql =
      "SELECT " + columns_sql(kListedColumns, "") + " FROM app_user WHERE organisation_id = ? ORDER BY id";
  std::vector<UserRecord> out;
  for (const auto& r : tx.query(sql, {organisation})) out.push_back(read_columns(kListedColumns, r));
  return out;
}

const std::string& signed_in_user_columns() {
  static const std::string columns = columns_sql(kSignedInColumns, "u.");
  return columns;
}

std::size_t signed_in_user_column_count() { return kSignedInColumns.size(); }

UserRecord read_signed_in_user(const store::Row& r) { return read_columns(kSignedInColumns, r); }

}  // namespace carecrowd::records
