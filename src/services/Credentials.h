// Credentials: password hashing (argon2id through libsodium) and opaque bearer tokens.
//
// A token is 32 random bytes, base64url; the database keeps only its SHA-256, so a leaked database
// does not leak usable tokens. Password hashes are libsodium's self-describing argon2id strings, so
// the cost can change without invalidating stored hashes.
// Thread safety: all functions are thread-safe (libsodium is initialised once).
#pragma once

#include <string>
#include <string_view>

namespace carecrowd::services {

enum class HashCost { interactive, minimum };

std::string hash_password(std::string_view password, HashCost cost);
bool password_matches(std::string_view stored_hash, std::string_view password);

std::string new_token();
std::string token_digest(std::string_view token);  // hex SHA-256
std::string sha256_hex(std::string_view text);
// HMAC-SHA256 of `text` under `key` (any length), hex.
std::string hmac_sha256_hex(std::string_view key, std::string_view text);

}  // namespace carecrowd::services
